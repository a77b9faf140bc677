import { existsSync, lstatSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../../core/errors.js';
import type { LintStrategy } from '../../core/lint/define-rule.js';
import { closest } from '../../core/text/suggest.js';
import { importExport, toLongCsv } from '../../core/results/import.js';
import { writeFileAtomic } from '../files.js';
import type { Io } from '../io.js';
import type { TrackImportFlags } from './track.js';
import { loadStrategy } from './track-action.js';
import { readResultsText } from '../results-files.js';

export async function trackImportCommand(file: string, flags: TrackImportFlags, io: Io): Promise<number> {
  const map: Record<string, string> = {};
  for (const entry of flags.map) {
    const at = entry.lastIndexOf('=');
    const [column, metric] = at === -1 ? ['', ''] : [entry.slice(0, at).trim(), entry.slice(at + 1).trim()];
    if (!column || !/^[a-z][a-z0-9_]*$/.test(metric)) throw new UserError(`--map takes "Column name=metric_id", for example --map "Landing page views=sessions"; got "${entry}".`);
    map[column] = metric;
  }
  const strategyPath = resolve(io.cwd, flags.strategy);
  // The strategy is optional where the default one is missing: the channel is then taken as given.
  const strategy: LintStrategy | undefined = flags.strategy === 'strategy.yaml' && !existsSync(strategyPath) ? undefined : loadStrategy(flags.strategy, io);
  const ids = strategy?.channels.filter(Boolean).map((c) => c.id) ?? [];
  if (flags.channel !== undefined && strategy && !ids.includes(flags.channel)) {
    const near = closest(flags.channel, ids);
    throw new UserError(`--channel: "${flags.channel}" is not a channel of ${flags.strategy}${near ? `; did you mean "${near}"?` : ` (its channels: ${ids.join(', ')}).`}`);
  }
  if (flags.channel === undefined && flags.from !== 'ga4') throw new UserError(`--channel is needed: which channel of the strategy ran these ${flags.from} results? For example --channel ${ids[0] ?? 'instagram'}.`);
  if (flags.channel === undefined && !strategy) throw new UserError(`GA4 channel groups are mapped to the strategy's channels: name the strategy with --strategy FILE, or the channel with --channel.`);

  const read = readResultsText(resolve(io.cwd, file), file);
  if ('problem' in read) throw new UserError(`${read.problem}.`);
  const result = importExport(flags.from, read.text, {
    channel: flags.channel, map, channels: strategy?.channels, currency: strategy?.budget?.currency ?? null,
  });
  for (const p of result.problems) io.stderr(`${file}:${p.row}: ${p.message}.\n`);
  for (const note of result.notes) io.stderr(`${note}\n`);
  if (!result.rows.length) throw new UserError(`No results could be read from ${file}.`);
  const csv = toLongCsv(result.rows);
  if (flags.out) {
    const target = resolve(io.cwd, flags.out);
    const existing = lstatSync(target, { throwIfNoEntry: false });
    if (existing && !existing.isFile()) throw new UserError(`--out: "${flags.out}" is not a regular file; mcm writes only to a new file or replaces a regular one.`);
    if (existing && realpathSync(target) === realpathSync(resolve(io.cwd, file))) throw new UserError('--out names the export itself: write the rows to another file.');
    try {
      writeFileAtomic(target, csv);
    } catch (error) {
      throw new UserError(`Cannot write ${flags.out}: ${error instanceof Error ? error.message : String(error)}.`);
    }
    io.stderr(`Wrote ${result.rows.length} row${result.rows.length === 1 ? '' : 's'} to ${flags.out}.\n`);
  } else {
    io.stdout(csv);
  }
  return 0;
}
