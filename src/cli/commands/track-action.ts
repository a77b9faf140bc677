import { dirname, resolve } from 'node:path';
import { UserError } from '../../core/errors.js';
import { sanitize } from '../../core/strategy/sanitize.js';
import { checkSchema } from '../../core/strategy/schema-check.js';
import type { LintStrategy } from '../../core/lint/define-rule.js';
import { MAX_BYTES, parseSource } from '../../core/strategy/parse.js';
import { buildScorecard, parseResults, STATUS_ORDER, type ResultProblem, type ResultRow, type Scorecard, type Status } from '../../core/results/index.js';
import { scorecardMarkdown, scorecardTable } from '../../core/results/report.js';
import { chalkFor } from '../color.js';
import { readStrategyFile } from '../files.js';
import { useColor, type Io } from '../io.js';
import type { TrackFlags } from './track.js';

/** The strategy as the scorecard reads it: what the schema rejected is left out, as for the rules. */
export function loadStrategy(file: string, io: Io): LintStrategy {
  const source = parseSource(readStrategyFile(resolve(io.cwd, file), file));
  if (source.value === undefined) throw new UserError(`${file} cannot be read as a strategy: run mcm lint ${file} to see why.`);
  return sanitize(source.value, checkSchema(source.value));
}

/** A results file's text: UTF-8 (with or without a byte order mark) or UTF-16 as spreadsheets save it. */
export function readResultsText(path: string, shown: string): { text: string } | { problem: string } {
  let bytes: Buffer;
  try {
    bytes = readStrategyFile(path, shown);
  } catch (error) {
    return { problem: error instanceof Error ? error.message.replace(/\.$/, '') : String(error) };
  }
  if (bytes.length > MAX_BYTES) return { problem: `"${shown}" is larger than ${MAX_BYTES / 1024 / 1024} MB: split it into several files` };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: bytes.subarray(2).toString('utf16le') };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.includes('\0')) return { problem: `"${shown}" holds binary data, not CSV text` };
    return { text };
  } catch {
    return { problem: `"${shown}" is not UTF-8 text: save it as "CSV UTF-8" in your spreadsheet` };
  }
}

/** The problems as file:row:column lines, at most 50 of them. */
export function problemLines(problems: ResultProblem[]): string {
  const shown = problems.slice(0, 50).map((p) => `${p.file}:${p.row}:${p.column}: ${p.message}\n`);
  if (problems.length > 50) shown.push(`… and ${problems.length - 50} more problems (--format json lists them all).\n`);
  return shown.join('');
}

export async function trackCommand(file: string, flags: TrackFlags, io: Io): Promise<number> {
  if (!flags.results?.length) throw new UserError('mcm track needs results: --results FILE.csv (date,channel,metric,value), one or more files.');
  const strategy = loadStrategy(file, io);
  const rows: ResultRow[] = [];
  const problems: ResultProblem[] = [];
  let readable = 0;
  for (const results of flags.results) {
    const read = readResultsText(resolve(io.cwd, results), results);
    if ('problem' in read) {
      problems.push({ file: results, row: 1, column: 1, message: `${read.problem}.` });
      continue;
    }
    const parsed = parseResults(read.text, results, strategy);
    rows.push(...parsed.rows);
    problems.push(...parsed.problems);
    if (parsed.readable) readable++;
  }
  if (readable === 0) {
    io.stderr(problemLines(problems));
    throw new UserError(`No results could be read from ${flags.results.join(', ')}.`);
  }
  const card = buildScorecard(strategy, rows, { asOf: flags.asOf, problems });
  const name = strategy.name ?? dirname(file);
  const currency = strategy.budget?.currency ?? null;
  if (flags.format === 'html') {
    // The client's page: the strategy, every brief and this scorecard, printed for "> scorecard.html".
    const [{ htmlReport }, { loadStrategy: load }] = await Promise.all([import('./brief-html.js'), import('../../core/strategy/load.js')]);
    const input = load(readStrategyFile(resolve(io.cwd, file), file));
    io.stdout(await htmlReport({ input, path: resolve(io.cwd, file), named: file, diagnostics: [], audience: 'client', scorecard: card, io }));
  } else if (flags.format === 'json') {
    io.stdout(`${JSON.stringify(card, null, 2)}\n`);
  } else if (flags.format === 'markdown') {
    io.stdout(scorecardMarkdown(card, { name, currency }));
  } else {
    const chalk = chalkFor(useColor(io, flags.color === false ? false : undefined));
    const paint: Record<Status, (t: string) => string> = {
      met: chalk.green, 'on-track': chalk.green, 'at-risk': chalk.yellow, 'off-track': chalk.red, 'no-data': chalk.dim,
    };
    io.stdout(scorecardTable(card, { name, currency, styles: { status: (s, t) => paint[s](t), dim: chalk.dim, bold: chalk.bold } }));
  }
  if (problems.length) io.stderr(`${problemLines(problems)}${problems.length === 1 ? 'One problem' : `${problems.length} problems`} in the results: those rows are left out of the scorecard.\n`);
  return failed(card, flags.failOn) ? 1 : 0;
}

function failed(card: Scorecard, failOn: TrackFlags['failOn']): boolean {
  if (!failOn) return false;
  const limit = STATUS_ORDER.indexOf(failOn as Status);
  return card.kpis.some((k) => STATUS_ORDER.indexOf(k.status) >= limit);
}
