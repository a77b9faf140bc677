import { existsSync, lstatSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../../core/errors.js';
import type { LintStrategy } from '../../core/lint/define-rule.js';
import { closest } from '../../core/text/suggest.js';
import { importExport, toLongCsv } from '../../core/results/import.js';
import { readStrategyFile, writeFileAtomic } from '../files.js';
import { briefError } from '../../core/messages/brief-errors.js';
import { formatNumber } from '../../core/i18n/format.js';
import { reasonRef } from './brief-reason.js';
import type { Io } from '../io.js';
import type { TrackImportFlags } from './track.js';
import { loadStrategy, strategyLocale, trackTranslator } from './track-action.js';
import { readResultsText } from '../results-files.js';

export async function trackImportCommand(file: string, flags: TrackImportFlags, io: Io): Promise<number> {
  // A --locale or MCM_LOCALE mcm does not speak stops the run before any file is read.
  const early = await trackTranslator(flags.locale, io);
  const map: Record<string, string> = {};
  for (const entry of flags.map) {
    const at = entry.lastIndexOf('=');
    const [column, metric] = at === -1 ? ['', ''] : [entry.slice(0, at).trim(), entry.slice(at + 1).trim()];
    if (!column || !/^[a-z][a-z0-9_]*$/.test(metric)) throw briefError('brief.trackMap', { value: entry });
    map[column] = metric;
  }
  const strategyPath = resolve(io.cwd, flags.strategy);
  // The strategy is optional where the default one is missing: the channel is then taken as given.
  const strategy: LintStrategy | undefined = flags.strategy === 'strategy.yaml' && !existsSync(strategyPath) ? undefined : loadStrategy(flags.strategy, io, early);
  const translator = strategy ? await trackTranslator(flags.locale, io, strategyLocale(strategy)) : early;
  const ids = strategy?.channels.filter(Boolean).map((c) => c.id) ?? [];
  if (flags.channel !== undefined && strategy && !ids.includes(flags.channel)) {
    const near = closest(flags.channel, ids);
    throw near
      ? briefError('brief.trackChannelNear', { channel: flags.channel, file: flags.strategy, near })
      : briefError('brief.trackChannelUnknown', { channel: flags.channel, file: flags.strategy, channels: ids.join(', ') });
  }
  if (flags.channel === undefined && flags.from !== 'ga4') throw briefError('brief.trackChannelNeeded', { source: flags.from, example: ids[0] ?? 'instagram' });
  if (flags.channel === undefined && !strategy) throw briefError('brief.trackGa4Strategy');

  // A file that cannot be read is refused in the reader's own keyed words; what readResultsText says beyond that is translated.
  readStrategyFile(resolve(io.cwd, file), file);
  const read = readResultsText(resolve(io.cwd, file), file, translator);
  if ('problem' in read) throw new UserError(read.problem + '.');
  const result = importExport(flags.from, read.text, {
    channel: flags.channel, map, channels: strategy?.channels, currency: strategy?.budget?.currency ?? null, translator,
  });
  for (const p of result.problems) io.stderr(`${file}:${p.row}: ${p.message}.\n`);
  for (const note of result.notes) io.stderr(`${note}\n`);
  if (!result.rows.length) throw new UserError(translator.t('cli.nothingRead', { files: file }));
  const csv = toLongCsv(result.rows);
  if (flags.out) {
    const target = resolve(io.cwd, flags.out);
    const existing = lstatSync(target, { throwIfNoEntry: false });
    if (existing && !existing.isFile()) throw briefError('brief.trackOutNotFile', { file: flags.out });
    if (existing && realpathSync(target) === realpathSync(resolve(io.cwd, file))) throw briefError('brief.trackOutIsExport');
    try {
      writeFileAtomic(target, csv);
    } catch (error) {
      throw briefError('brief.cannotWrite', { file: flags.out, reason: reasonRef(error) });
    }
    const count = result.rows.length;
    io.stderr(`${translator.t('import.wrote', { count, number: translator.locale === 'en' ? String(count) : formatNumber(count, translator.locale), file: flags.out })}\n`);
  } else {
    io.stdout(csv);
  }
  return 0;
}
