import { lstatSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic, LintResult } from '../../core/lint/diagnostic.js';
import { UserError } from '../../core/errors.js';
import { briefError } from '../../core/messages/brief-errors.js';
import { reasonRef } from './brief-reason.js';
import { isBrandColor } from '../../core/report/brand.js';
import { reportModel, type Audience } from '../../core/report/model.js';
import { renderReport, type ReportTemplates } from '../../core/report/render.js';
import type { LoadedStrategy } from '../../core/strategy/load.js';
import type { ResultProblem, ResultRow, Scorecard as ResultsScorecard } from '../../core/results/index.js';
import type { Scorecard } from '../../core/report/scorecard.js';
import { writeFileAtomic } from '../files.js';
import type { Io } from '../io.js';
import type { BriefFlags } from './brief.js';
import { chooseLocale, type Locale } from '../../core/i18n/locale.js';

const TEMPLATES = fileURLToPath(new URL('../../../templates/report/', import.meta.url));
const LOGO_TYPES: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp', '.svg': 'image/svg+xml' };
const MAX_LOGO = 1 << 20;

export interface HtmlBriefInput {
  input: LoadedStrategy;
  /** The strategy file: its path, and its name as the report shows it. */
  path: string;
  named: string;
  result: LintResult;
  flags: BriefFlags;
  io: Io;
}

/** mcm brief --format html: one self-contained index.html in --out. */
export async function htmlBrief({ input, path, named, result, flags, io }: HtmlBriefInput): Promise<number> {
  const markdownOnly = (['only', 'templates', 'clean'] as const).find((k) => flags[k] !== undefined);
  if (markdownOnly) throw briefError('brief.markdownOnly', { option: markdownOnly });
  const audience: Audience = flags.for ?? 'client';
  if (flags.brandColor !== undefined && !isBrandColor(flags.brandColor)) {
    throw briefError('brief.brandColor', { value: flags.brandColor });
  }
  // The language as for every command: --locale, MCM_LOCALE, the strategy's `locale:`, the system's, English.
  const locale = chooseLocale({ flag: flags.locale, env: io.env, strategy: (input.strategy as { locale?: unknown } | undefined)?.locale });
  const html = await htmlReport({
    input, path, named, diagnostics: result.diagnostics, audience, io, locale,
    scorecard: flags.results?.length ? await readScorecard(input, flags.results, io, locale) : null,
    brandColor: flags.brandColor, logo: flags.logo,
  });
  const out = resolve(io.cwd, flags.out);
  const target = join(out, 'index.html');
  prepare(out, target, flags.out);
  try {
    writeFileAtomic(target, html);
  } catch (error) {
    throw briefError('brief.cannotWrite', { file: shown(io.cwd, target), reason: reasonRef(error) });
  }
  const kb = Math.ceil(Buffer.byteLength(html) / 1024);
  const [{ BRIEF_MESSAGES }, { loadTranslator }, { formatNumber }] = await Promise.all([import('../../core/brief/messages.js'), import('../messages.js'), import('../../core/i18n/format.js')]);
  const { t } = await loadTranslator(BRIEF_MESSAGES, 'brief', locale);
  // English writes the size as it always did (no thousands separator); another language writes it its own way.
  const size = locale === 'en' ? String(kb) : formatNumber(kb, locale);
  io.stdout(`${t('cli.wroteReport', { file: shown(io.cwd, target), size, audience })}\n${t('cli.openReport')}\n`);
  return 0;
}

export interface HtmlReportInput {
  input: LoadedStrategy;
  path: string;
  named: string;
  diagnostics: Diagnostic[];
  audience: Audience;
  scorecard: Scorecard | null;
  brandColor?: string | undefined;
  logo?: string | undefined;
  io: Io;
  /** The language of the page; English by default. */
  locale?: Locale;
}

/** The report as one self-contained page: what mcm brief --format html writes and mcm track --format html prints. */
export async function htmlReport({ input, path, named, diagnostics, audience, scorecard, brandColor, logo, io, locale = 'en' }: HtmlReportInput): Promise<string> {
  const [{ REPORT_MESSAGES }, { BRIEF_MESSAGES }, { CATALOG_MESSAGES }, { loadTranslator }] = await Promise.all([
    import('../../core/report/messages.js'), import('../../core/brief/messages.js'), import('../../core/catalog/labels.js'), import('../messages.js'),
  ]);
  const [translator, t, catalog] = await Promise.all([loadTranslator(REPORT_MESSAGES, 'report', locale), loadTranslator(BRIEF_MESSAGES, 'brief', locale), loadTranslator(CATALOG_MESSAGES, 'catalog', locale)]);
  const model = reportModel(input, {
    translator,
    language: { locale, t, catalog },
    file: named,
    diagnostics,
    audience,
    scorecard,
    brand: { color: brandColor ?? null, logo: logo ? readLogo(resolve(io.cwd, logo), logo) : null },
    resolveLogo: (written) => readLogo(resolve(dirname(path), written), written),
  });
  for (const note of model.notes) io.stderr(`mcm: ${note}\n`);
  return renderReport(model, readTemplates());
}

/** The scorecard of the results files, as mcm track computes it; their problems are listed on stderr. */
export async function readScorecard(input: LoadedStrategy, files: string[], io: Io, locale: Locale = 'en'): Promise<ResultsScorecard> {
  const [{ buildScorecard, parseResults }, { problemLines }, { TRACK_MESSAGES }, { loadTranslator }, { readResults }] = await Promise.all([
    import('../../core/results/index.js'), import('../results-files.js'), import('../../core/results/messages.js'), import('../messages.js'), import('./brief-reason.js'),
  ]);
  const translator = await loadTranslator(TRACK_MESSAGES, 'track', locale);
  const strategy = input.strategy!;
  const rows: ResultRow[] = [];
  const problems: ResultProblem[] = [];
  let readable = 0;
  for (const file of files) {
    const read = await readResults(resolve(io.cwd, file), file, translator);
    if ('problem' in read) {
      problems.push({ file, row: 1, column: 1, message: `${read.problem}.` });
      continue;
    }
    const parsed = parseResults(read.text, file, strategy, translator);
    rows.push(...parsed.rows);
    problems.push(...parsed.problems);
    if (parsed.readable) readable++;
  }
  io.stderr(problemLines(problems, translator));
  if (readable === 0) throw new UserError(translator.t('cli.nothingReadReport', { files: files.join(', ') }));
  return buildScorecard(strategy, rows, { problems });
}

function shown(cwd: string, target: string): string {
  const rel = relative(cwd, target);
  return rel.startsWith('..') || isAbsolute(rel) ? target : rel;
}

/** The output folder exists (or is made), and index.html in it is absent or a regular file to replace. */
function prepare(out: string, target: string, named: string): void {
  const folder = lstatSync(out, { throwIfNoEntry: false });
  if (folder && !folder.isDirectory() && !folder.isSymbolicLink()) throw briefError('brief.outIsFile', { folder: named });
  try {
    mkdirSync(out, { recursive: true });
  } catch (error) {
    throw briefError('brief.cannotCreateFolder', { folder: named, reason: reasonRef(error) });
  }
  const existing = lstatSync(target, { throwIfNoEntry: false });
  if (existing && !existing.isFile()) throw briefError('brief.indexNotFile', { file: join(named, 'index.html') });
}

function readTemplates(): ReportTemplates {
  const read = (name: string) => readFileSync(join(TEMPLATES, name), 'utf8');
  const partials = Object.fromEntries(readdirSync(join(TEMPLATES, 'partials')).filter((n) => n.endsWith('.hbs')).sort().map((n) => [n.slice(0, -4), read(join('partials', n))]));
  return { page: read('index.html.hbs'), partials, css: read('report.css') };
}

/** A logo file as a data: URI, so the page needs nothing beside it. */
function readLogo(file: string, written: string): string {
  const type = LOGO_TYPES[extname(file).toLowerCase()];
  if (!type) throw briefError('brief.logoType', { logo: written });
  const stat = lstatSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile()) throw briefError(stat ? 'brief.logoNotFile' : 'brief.logoMissing', { logo: written });
  if (stat.size > MAX_LOGO) throw briefError('brief.logoTooLarge', { logo: written, size: Math.ceil(stat.size / 1024) });
  return `data:${type};base64,${readFileSync(file).toString('base64')}`;
}
