import { lstatSync, mkdirSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { renderBrief, type BriefFile } from '../../core/brief/render.js';
import { loadTemplates } from '../../core/brief/templates.js';
import { findConfigFile, readConfigFile } from '../../core/lint/config.js';
import { UserError } from '../../core/errors.js';
import { lint } from '../../core/lint/engine.js';
import { createRuleset } from '../../core/lint/ruleset.js';
import { stylish } from '../../core/formatters/stylish.js';
import { plural } from '../../core/i18n/format.js';
import { rules } from '../../core/rules/index.js';
import { loadStrategy } from '../../core/strategy/load.js';
import { readStrategyFile, writeFileAtomic } from '../files.js';
import { useColor, type Io } from '../io.js';
import { version } from '../context.js';
import type { BriefFlags } from './brief.js';
import { today } from '../today.js';

// Only files named like the briefs mcm writes are ever reported as stale or removed.
const BRIEF_FOLDERS = ['channels', 'personas'];
const BRIEF_NAME = /^[a-z0-9]+(-[a-z0-9]+)*\.md$/;

export async function briefCommand(file: string, flags: BriefFlags, io: Io): Promise<number> {
  const path = resolve(io.cwd, file);
  const input = readStrategyFile(path, file);
  const configFile = flags.config ? resolve(io.cwd, flags.config) : findConfigFile(dirname(path));
  const config = configFile ? readConfigFile(configFile) : {};
  const ruleset = createRuleset(rules, config, {}, configFile ? relative(io.cwd, configFile) || configFile : 'configuration');
  const loaded = loadStrategy(input);
  const result = lint(loaded, { file, ruleset, today: today() });
  // Briefs are often committed: they name the strategy by its path in the project, never by a path on one machine.
  const fromCwd = relative(io.cwd, path);
  const named = fromCwd.startsWith('..') || isAbsolute(fromCwd) ? basename(path) : fromCwd;
  if (result.errorCount > 0) {
    io.stderr(stylish([result], { color: useColor(io, flags.color === false ? false : undefined), cwd: io.cwd, version }));
    io.stderr(`mcm: no briefs written: ${file} has ${plural(result.errorCount, 'lint error')}. Fix ${result.errorCount === 1 ? 'it' : 'them'}, then run mcm brief again.\n`);
    return 1;
  }

  const htmlOnly = (['for', 'results', 'brandColor', 'logo'] as const).filter((k) => flags[k] !== undefined);
  if (flags.format !== 'html' && htmlOnly.length) throw new UserError(`--${htmlOnly[0]!.replace('brandColor', 'brand-color')} belongs to the HTML report: add --format html.`);
  if (flags.format === 'html') {
    const { htmlBrief } = await import('./brief-html.js');
    return htmlBrief({ input: loaded, path, named, result, flags, io });
  }

  const templates = loadTemplates(flags.templates ? { dir: resolve(io.cwd, flags.templates), shown: flags.templates } : undefined);
  const { files, expected } = renderBrief(loaded, { file: named, diagnostics: result.diagnostics, templates, only: flags.only });

  const out = resolve(io.cwd, flags.out);
  const shown = (target: string) => {
    const rel = relative(io.cwd, target);
    return rel.startsWith('..') || isAbsolute(rel) ? target : rel || '.';
  };
  const root = prepareFolder(out, flags.out);
  const targets = files.map((brief) => ({ brief, target: placeInside(root, out, brief, flags.out) }));
  for (const { brief, target } of targets) {
    try {
      writeFileAtomic(target, brief.content);
    } catch (error) {
      throw new UserError(`Cannot write ${shown(target)}: ${error instanceof Error ? error.message : String(error)}.`);
    }
  }
  io.stdout(`Wrote ${plural(targets.length, 'brief')} to ${shown(out)}/:\n${targets.map(({ target }) => `  ${shown(target)}\n`).join('')}`);
  const open = result.warningCount + result.infoCount;
  if (open > 0 && files.some((f) => f.path === 'overview.md')) {
    io.stdout(`The overview lists ${plural(result.warningCount, 'warning')} and ${plural(result.infoCount, 'note')} that mcm lint leaves open.\n`);
  }

  const stale = findStale(root, new Set(expected)).map((name) => join(out, name));
  if (stale.length > 0 && flags.clean) {
    for (const target of stale) rmSync(target);
    io.stdout(`Removed ${plural(stale.length, 'stale brief')}:\n${stale.map((t) => `  ${shown(t)}\n`).join('')}`);
  } else if (stale.length > 0) {
    io.stderr(`${stale.length === 1 ? 'This brief belongs' : 'These briefs belong'} to a channel or persona no longer in the strategy:\n`
      + `${stale.map((t) => `  ${shown(t)}\n`).join('')}Run mcm brief --clean to remove ${stale.length === 1 ? 'it' : 'them'}.\n`);
  }
  return 0;
}

/** Creates the output folder if needed and returns its real path, which every write must stay under. */
function prepareFolder(out: string, shown: string): string {
  const existing = lstatSync(out, { throwIfNoEntry: false });
  if (existing && !existing.isDirectory() && !existing.isSymbolicLink()) throw new UserError(`--out: "${shown}" is a file, not a folder.`);
  try {
    mkdirSync(out, { recursive: true });
    return realpathSync(out);
  } catch (error) {
    throw new UserError(`Cannot create the folder "${shown}": ${error instanceof Error ? error.message : String(error)}.`);
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
  if (outside(out, target)) throw new UserError(`The brief "${brief.path}" would be written outside "${shown}": its id must be kebab-case (lowercase letters, digits and hyphens).`);
  let folder: string;
  try {
    mkdirSync(dirname(target), { recursive: true });
    folder = realpathSync(dirname(target));
  } catch (error) {
    throw new UserError(`Cannot create the folder of "${brief.path}" in "${shown}": ${error instanceof Error ? error.message : String(error)}.`);
  }
  if (outside(root, join(folder, 'x'))) {
    throw new UserError(`The folder of "${brief.path}" leads outside "${shown}" (a symbolic link?): mcm writes briefs only inside --out.`);
  }
  return target;
}

/** Briefs in channels/ and personas/ that the strategy no longer has. */
function findStale(root: string, expected: Set<string>): string[] {
  const stale: string[] = [];
  for (const folder of BRIEF_FOLDERS) {
    const dir = join(root, folder);
    if (!lstatSync(dir, { throwIfNoEntry: false })?.isDirectory()) continue;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const name = `${folder}/${entry.name}`;
      if (entry.isFile() && BRIEF_NAME.test(entry.name) && !expected.has(name)) stale.push(name);
    }
  }
  return stale.sort();
}
