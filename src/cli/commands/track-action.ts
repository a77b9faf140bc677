import { dirname, resolve } from 'node:path';
import { UserError } from '../../core/errors.js';
import { chooseLocale, type Locale } from '../../core/i18n/locale.js';
import { sanitize } from '../../core/strategy/sanitize.js';
import { checkSchema } from '../../core/strategy/schema-check.js';
import type { LintStrategy } from '../../core/lint/define-rule.js';
import { parseSource } from '../../core/strategy/parse.js';
import { buildScorecard, parseResults, STATUS_ORDER, type ResultProblem, type ResultRow, type Scorecard, type Status } from '../../core/results/index.js';
import { CATALOG_MESSAGES } from '../../core/catalog/labels.js';
import { TRACK_MESSAGES, type TrackTranslator } from '../../core/results/messages.js';
import { scorecardMarkdown, scorecardTable } from '../../core/results/report.js';
import { chalkFor } from '../color.js';
import { readStrategyFile } from '../files.js';
import { useColor, type Io } from '../io.js';
import { loadTranslator } from '../messages.js';
import { problemLines } from '../results-files.js';
import { readResults } from './brief-reason.js';
import type { TrackFlags } from './track.js';

/** The strategy as the scorecard reads it: what the schema rejected is left out, as for the rules. */
export function loadStrategy(file: string, io: Io, t: TrackTranslator): LintStrategy {
  const source = parseSource(readStrategyFile(resolve(io.cwd, file), file));
  if (source.value === undefined) throw new UserError(t.t('cli.notStrategy', { file }));
  return sanitize(source.value, checkSchema(source.value));
}

/** The language of a track run: --locale, MCM_LOCALE, the strategy's `locale:`, the system's language, English. */
export async function trackTranslator(flag: string | undefined, io: Io, strategy?: unknown): Promise<TrackTranslator> {
  const locale: Locale = chooseLocale({ flag, env: io.env, strategy });
  return loadTranslator(TRACK_MESSAGES, 'track', locale);
}

/** The strategy's own `locale:` key, when it is a string. */
export function strategyLocale(strategy: LintStrategy): unknown {
  return (strategy as { locale?: unknown }).locale;
}

export async function trackCommand(file: string, flags: TrackFlags, io: Io): Promise<number> {
  // A --locale or MCM_LOCALE mcm does not speak stops the run before any file is read.
  const early = await trackTranslator(flags.locale, io);
  if (!flags.results?.length) throw new UserError(early.t('cli.needsResults'));
  const strategy = loadStrategy(file, io, early);
  const translator = await trackTranslator(flags.locale, io, strategyLocale(strategy));
  const { t } = translator;
  const rows: ResultRow[] = [];
  const problems: ResultProblem[] = [];
  let readable = 0;
  for (const results of flags.results) {
    const read = await readResults(resolve(io.cwd, results), results, translator);
    if ('problem' in read) {
      problems.push({ file: results, row: 1, column: 1, message: `${read.problem}.` });
      continue;
    }
    const parsed = parseResults(read.text, results, strategy, translator);
    rows.push(...parsed.rows);
    problems.push(...parsed.problems);
    if (parsed.readable) readable++;
  }
  if (readable === 0) {
    io.stderr(problemLines(problems, translator));
    throw new UserError(t('cli.nothingRead', { files: flags.results.join(', ') }));
  }
  const card = buildScorecard(strategy, rows, { asOf: flags.asOf, problems });
  const name = strategy.name ?? dirname(file);
  const currency = strategy.budget?.currency ?? null;
  if (flags.format === 'html') {
    // The client's page: the strategy, every brief and this scorecard, printed for "> scorecard.html".
    const [{ htmlReport }, { loadStrategy: load }] = await Promise.all([import('./brief-html.js'), import('../../core/strategy/load.js')]);
    const input = load(readStrategyFile(resolve(io.cwd, file), file));
    io.stdout(await htmlReport({ input, path: resolve(io.cwd, file), named: file, diagnostics: [], audience: 'client', scorecard: card, io, locale: translator.locale as Locale }));
  } else if (flags.format === 'json') {
    io.stdout(`${JSON.stringify(card, null, 2)}\n`);
  } else if (flags.format === 'markdown') {
    const catalog = await loadTranslator(CATALOG_MESSAGES, 'catalog', translator.locale as Locale);
    io.stdout(scorecardMarkdown(card, { name, currency, translator, catalog }));
  } else {
    const chalk = chalkFor(useColor(io, flags.color === false ? false : undefined));
    const paint: Record<Status, (t: string) => string> = {
      met: chalk.green, 'on-track': chalk.green, 'at-risk': chalk.yellow, 'off-track': chalk.red, 'no-data': chalk.dim,
    };
    const catalog = await loadTranslator(CATALOG_MESSAGES, 'catalog', translator.locale as Locale);
    io.stdout(scorecardTable(card, { name, currency, translator, catalog, styles: { status: (s, text) => paint[s](text), dim: chalk.dim, bold: chalk.bold } }));
  }
  if (problems.length) io.stderr(`${problemLines(problems, translator)}${t('cli.problems', { count: problems.length })}\n`);
  return failed(card, flags.failOn) ? 1 : 0;
}

function failed(card: Scorecard, failOn: TrackFlags['failOn']): boolean {
  if (!failOn) return false;
  const limit = STATUS_ORDER.indexOf(failOn as Status);
  return card.kpis.some((k) => STATUS_ORDER.indexOf(k.status) >= limit);
}
