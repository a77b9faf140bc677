import { lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { renderBrief, type BriefFile } from '../../core/brief/render.js';
import { loadTemplates } from '../templates.js';
import { parseConfig } from '../../core/lint/config.js';
import { findConfigFile } from '../config-find.js';
import { createRuleset } from '../../core/lint/ruleset.js';
import { briefError } from '../../core/messages/brief-errors.js';
import { cliError } from '../messages-cli.js';
import { reasonRef } from './brief-reason.js';
import { lint } from '../../core/lint/engine.js';
import { stylish } from '../../core/formatters/stylish.js';
import { formatNumber } from '../../core/i18n/format.js';
import { chooseLocale, LOCALES, type Locale } from '../../core/i18n/locale.js';
import { CATALOG_MESSAGES } from '../../core/catalog/labels.js';
import { BRIEF_MESSAGES, type BriefTranslator } from '../../core/brief/messages.js';
import type { BriefLanguage } from '../../core/brief/model.js';
import { loadCatalogue, loadTable, loadTranslator, strategyLocaleKey } from '../messages.js';
import { rules } from '../../core/rules/index.js';
import { loadStrategy, type LoadedStrategy } from '../../core/strategy/load.js';
import { readInput, writeFileSafe } from '../files.js';
import { useColor, type Io } from '../io.js';
import { version } from '../context.js';
import type { BriefFlags } from './brief.js';
import { today } from '../today.js';

// Only files named like the briefs mcm writes are ever reported as stale or removed.
const BRIEF_FOLDERS = ['channels', 'personas'];
const BRIEF_NAME = /^[a-z0-9]+(-[a-z0-9]+)*\.md$/;

export async function briefCommand(file: string, flags: BriefFlags, io: Io): Promise<number> {
  // A --locale or MCM_LOCALE mcm does not speak stops the run before any file is read.
  chooseLocale({ flag: flags.locale, env: io.env });
  const path = resolve(io.cwd, file);
  const input = await readInput(path, {
    shown: file, overLimit: 'truncate', timeoutMs: io.readTimeoutMs,
    missing: file === 'strategy.yaml' ? cliError('read.notFoundStrategy', { file }) : cliError('lint.notFound', { file }),
  });
  const configFile = flags.config ? resolve(io.cwd, flags.config) : findConfigFile(dirname(path));
  const configShown = configFile ? relative(io.cwd, configFile) || configFile : '';
  const config = configFile
    ? parseConfig((await readInput(configFile, { shown: configShown, what: 'the configuration file', timeoutMs: io.readTimeoutMs })).toString('utf8'), configShown)
    : {};
  const ruleset = createRuleset(rules, config, {}, configFile ? relative(io.cwd, configFile) || configFile : 'configuration');
  const loaded = loadStrategy(input);
  // As for lint: --locale, MCM_LOCALE, the strategy's own locale: key, the system's language, then English.
  const locale = chooseLocale({ flag: flags.locale, env: io.env, strategy: strategyLocaleKey(input) });
  const messages = await loadCatalogue(locale);
  const language: BriefLanguage = { locale, t: await loadTranslator(BRIEF_MESSAGES, 'brief', locale), catalog: await loadTranslator(CATALOG_MESSAGES, 'catalog', locale) };
  const { t } = language;
  const result = lint(loaded, { file, ruleset, today: today(), ...(messages ? { messages } : {}) });
  // Briefs are often committed: they name the strategy by its path in the project, never by a path on one machine.
  const fromCwd = relative(io.cwd, path);
  const named = fromCwd.startsWith('..') || isAbsolute(fromCwd) ? basename(path) : fromCwd;
  if (result.errorCount > 0) {
    io.stderr(stylish([result], { color: useColor(io, flags.color === false ? false : undefined, 'stderr'), cwd: io.cwd, version, ...(messages ? { messages } : {}) }));
    io.stderr(`${t.t('cli.lintErrors', { file, ...counted(result.errorCount, locale) })}\n`);
    return 1;
  }

  const htmlOnly = (['for', 'brandColor', 'logo'] as const).filter((k) => flags[k] !== undefined);
  if (flags.format !== 'html' && htmlOnly.length) throw briefError('brief.htmlOnly', { option: htmlOnly[0]!.replace('brandColor', 'brand-color') });
  if (flags.format === 'html') {
    const { htmlBrief } = await import('./brief-html.js');
    return htmlBrief({ input: loaded, path, named, result, flags, io });
  }

  const templates = loadTemplates(flags.templates ? { dir: resolve(io.cwd, flags.templates), shown: flags.templates } : undefined);
  const scorecard = flags.results?.length ? await markdownScorecard(loaded, flags.results, io, locale, language.catalog) : null;
  const { files, expected } = renderBrief(loaded, { file: named, diagnostics: result.diagnostics, templates, only: flags.only, scorecard, language });

  const out = resolve(io.cwd, flags.out);
  const shown = (target: string) => {
    const rel = relative(io.cwd, target);
    return rel.startsWith('..') || isAbsolute(rel) ? target : rel || '.';
  };
  const root = prepareFolder(out, flags.out, io.cwd, flags.outGiven !== false);
  const written = readManifest(root);
  const targets = files.map((brief) => ({ brief, target: placeInside(root, out, brief, flags.out) }));
  for (const { brief, target } of targets) {
    try {
      writeFileSafe(target, brief.content, { within: root, shown: shown(target) });
    } catch (error) {
      throw briefError('brief.cannotWrite', { file: shown(target), reason: reasonRef(error) });
    }
  }
  io.stdout(`${t.t('cli.wrote', { ...counted(targets.length, locale), folder: shown(out) })}\n${targets.map(({ target }) => `  ${shown(target)}\n`).join('')}`);
  const open = result.warningCount + result.infoCount;
  if (open > 0 && files.some((f) => f.path === 'overview.md')) {
    io.stdout(`${openFindings(t, result.warningCount, result.infoCount)}\n`);
  }

  const staleNames = findStale(root, new Set(expected), new Set(written));
  const stale = staleNames.map((name) => join(out, name));
  const record = new Set([...written, ...files.map((f) => f.path)]);
  if (stale.length > 0 && flags.clean) {
    for (const target of stale) rmSync(target);
    for (const name of staleNames) record.delete(name);
    io.stdout(`${t.t('cli.removed', counted(stale.length, locale))}\n${stale.map((target) => `  ${shown(target)}\n`).join('')}`);
  } else if (stale.length > 0) {
    io.stderr(`${t.t('cli.stale', { count: stale.length })}\n`
      + `${stale.map((target) => `  ${shown(target)}\n`).join('')}${t.t('cli.staleHint', { count: stale.length })}\n`);
  }
  writeManifest(root, [...record].filter((name) => lstatSync(join(root, name), { throwIfNoEntry: false })?.isFile()));
  return 0;
}

/** A count for a message: the number for its plural, and as the locale writes it. */
function counted(count: number, locale: string): { count: number; number: string } {
  return { count, number: formatNumber(count, locale) };
}

function openFindings(t: BriefTranslator, warnings: number, notes: number): string {
  return t.t('cli.openFindings', { warningCount: warnings, warnings: formatNumber(warnings, t.locale), noteCount: notes, notes: formatNumber(notes, t.locale) });
}

/**
 * Creates the output folder if needed and returns its real path, which every write must stay under. The default
 * folder (briefs/) that is a link leading out of the working folder is refused: only --out named on the command
 * line may point elsewhere.
 */
function prepareFolder(out: string, shown: string, cwd: string, explicit: boolean): string {
  const existing = lstatSync(out, { throwIfNoEntry: false });
  if (existing && !existing.isDirectory() && !existing.isSymbolicLink()) throw briefError('brief.outIsFile', { folder: shown });
  let root: string;
  try {
    mkdirSync(out, { recursive: true });
    root = realpathSync(out);
  } catch (error) {
    throw briefError('brief.cannotCreateFolder', { folder: shown, reason: reasonRef(error) });
  }
  if (!explicit) {
    const rel = relative(realpathSync(cwd), root);
    if (rel.startsWith('..') || isAbsolute(rel)) {
      throw briefError('brief.outLinkOutside', { folder: shown, target: root });
    }
  }
  return root;
}

/** The record of the briefs mcm wrote into a folder: --clean removes only those, never a note someone put there. */
const MANIFEST = '.mcm-brief.json';

function readManifest(root: string): string[] {
  try {
    const data = JSON.parse(readFileSync(join(root, MANIFEST), 'utf8')) as { files?: unknown };
    return Array.isArray(data.files) ? data.files.filter((f): f is string => typeof f === 'string') : [];
  } catch {
    return [];
  }
}

function writeManifest(root: string, files: string[]): void {
  const text = `${JSON.stringify({ about: 'The briefs mcm brief wrote into this folder; mcm brief --clean removes only these.', files: files.sort() }, null, 2)}\n`;
  try {
    writeFileSafe(join(root, MANIFEST), text, { within: root });
  } catch {
    // Without the record, --clean still recognises the briefs by their footer.
  }
}

/**
 * The file a brief is written to. Ids are restricted by the schema, but a configuration can turn the schema
 * off, and a folder inside --out can be a link to elsewhere: both are checked before anything is written.
 */
function placeInside(root: string, out: string, brief: BriefFile, shown: string): string {
  const target = resolve(out, brief.path);
  const outside = (base: string, path: string) => {
    const rel = relative(base, path);
    return rel === '' || rel.startsWith('..') || isAbsolute(rel);
  };
  if (outside(out, target)) throw briefError('brief.pathOutside', { brief: brief.path, folder: shown });
  let folder: string;
  try {
    mkdirSync(dirname(target), { recursive: true });
    folder = realpathSync(dirname(target));
  } catch (error) {
    throw briefError('brief.cannotCreateBriefFolder', { brief: brief.path, folder: shown, reason: reasonRef(error) });
  }
  if (outside(root, join(folder, 'x'))) {
    throw briefError('brief.folderLeadsOutside', { brief: brief.path, folder: shown });
  }
  return target;
}

/**
 * Briefs in channels/ and personas/ that the strategy no longer has: files mcm wrote, as its record says, or as
 * their footer says for briefs written before the record existed. A note someone wrote there is never one.
 */
function findStale(root: string, expected: Set<string>, written: Set<string>): string[] {
  const stale: string[] = [];
  for (const folder of BRIEF_FOLDERS) {
    const dir = join(root, folder);
    if (!lstatSync(dir, { throwIfNoEntry: false })?.isDirectory()) continue;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const name = `${folder}/${entry.name}`;
      if (!entry.isFile() || !BRIEF_NAME.test(entry.name) || expected.has(name)) continue;
      if (written.has(name) || hasFooter(join(dir, entry.name))) stale.push(name);
    }
  }
  return stale.sort();
}

let footers: RegExp[] | undefined;

/** The footer of a brief in each language mcm speaks, as a pattern over text with its line breaks made spaces. */
function footerPatterns(): RegExp[] {
  footers ??= LOCALES.map((locale) => {
    const footer = (locale === 'en' ? undefined : loadTable('brief', locale)?.footer) ?? BRIEF_MESSAGES.footer;
    const [before, after] = footer.split('{file}').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, ' '));
    return new RegExp(`(^| )${before}.*${after ?? ''}$`);
  });
  return footers;
}

/** A brief mcm wrote, in any of its languages, whatever the wrapping: its last paragraph is mcm's footer. */
function hasFooter(path: string): boolean {
  try {
    const tail = readFileSync(path, 'utf8').slice(-2000).replace(/\s+/g, ' ').trimEnd();
    return footerPatterns().some((footer) => footer.test(tail));
  } catch {
    return false;
  }
}

/** The scorecard of the results as the overview shows it; rows mcm cannot use are listed on stderr. */
async function markdownScorecard(loaded: LoadedStrategy, results: string[], io: Io, locale: Locale, catalog: BriefLanguage['catalog']): Promise<string> {
  const [{ readScorecard }, { scorecardMarkdown }, { TRACK_MESSAGES }] = await Promise.all([
    import('./brief-html.js'), import('../../core/results/report.js'), import('../../core/results/messages.js'),
  ]);
  const card = await readScorecard(loaded, results, io, locale);
  const translator = await loadTranslator(TRACK_MESSAGES, 'track', locale);
  return scorecardMarkdown(card, { name: loaded.strategy?.name ?? 'the strategy', currency: loaded.strategy?.budget?.currency ?? null, translator, catalog }).trimEnd();
}
