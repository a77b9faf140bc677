import { Option, type Command } from 'commander';
import { briefError } from '../../core/messages/brief-errors.js';
import type { CommandContext } from '../run.js';

export interface TrackFlags {
  results?: string[];
  asOf?: string;
  format: 'table' | 'markdown' | 'json' | 'html';
  failOn?: 'off-track' | 'at-risk';
  color?: boolean;
  /** --locale, here or before the command. */
  locale?: string;
}

export interface TrackImportFlags {
  from: 'meta-ads' | 'google-ads' | 'mailchimp' | 'ga4';
  channel?: string;
  map: string[];
  out?: string;
  strategy: string;
  /** --locale, before or after the command. */
  locale?: string;
}

// Repeated here rather than imported: the adapters load the CSV parser, which `mcm --help` must not.
const SOURCES = ['meta-ads', 'google-ads', 'mailchimp', 'ga4'];

export function defineTrack(program: Command, context: CommandContext): Command {
  const track = program
    .command('track')
    .description('read results against the strategy\'s targets: a scorecard that says which channel is on track')
    .argument('[file]', 'the strategy file', 'strategy.yaml')
    .option('-r, --results <csv...>', 'results files in long format: date,channel,metric,value (one or more)')
    .option('--as-of <date>', 'read the scorecard at this date, YYYY-MM-DD (default: the latest date in the results)', parseDate)
    .addOption(new Option('-f, --format <name>', 'output format').choices(['table', 'markdown', 'json', 'html']).default('table'))
    .addOption(new Option('--fail-on <status>', 'exit 1 when a KPI has this status or a worse one').choices(['off-track', 'at-risk']))
    .option('--no-color', 'never colour the output')
    .option('--locale <language>', 'the language of the scorecard: en, uk, pl, ru or ga (default: MCM_LOCALE, the strategy\'s locale, the system\'s language)')
    .addHelpText('after', [
      '',
      'A flow metric (clicks, conversions, spend…) adds up its rows up to the as-of date and is paced over the',
      'channel\'s live days (its schedule, else the strategy period); a level metric (rates, costs per unit,',
      'followers…) takes its latest row. Rows mcm cannot use are listed on standard error with file, row and column.',
      '',
      'Exit status: 0 scorecard printed, 1 a KPI has the --fail-on status or worse, 2 usage problem or no',
      'results file could be read.',
      '',
      'Examples:',
      '  mcm track --results results.csv',
      '  mcm track examples/local-bakery.yaml --results examples/results/local-bakery.csv --format markdown',
      '  mcm track --results meta.csv --results email.csv --as-of 2027-04-15 --fail-on off-track',
      '  mcm track import --from meta-ads export.csv --channel instagram --out results.csv',
    ].join('\n'))
    .action(async (file: string, flags: TrackFlags, command: Command) => {
      const { trackCommand } = await import('./track-action.js');
      context.exitCode = await trackCommand(file, { ...flags, locale: (command.optsWithGlobals() as { locale?: string }).locale }, context.io);
    });
  track
    .command('import')
    .description('turn a platform\'s own CSV export into results in long format')
    .argument('<export>', 'the CSV file the platform exported')
    .addOption(new Option('--from <platform>', 'the platform that exported it').choices(SOURCES).makeOptionMandatory())
    .option('--channel <id>', 'the strategy channel the results belong to (GA4: default, each channel group goes to the channel of its type)')
    .option('--map <column=metric>', 'read a column as a metric, for example --map "Landing page views=sessions" (repeatable)', collect, [])
    .option('-o, --out <file>', 'write the rows to this file instead of standard output')
    .option('-s, --strategy <file>', 'the strategy whose channels the rows are checked against', 'strategy.yaml')
    .addHelpText('after', [
      '',
      'Exit status: 0 rows written, 2 usage problem or the export cannot be read.',
      '',
      'Examples:',
      '  mcm track import --from meta-ads "Spring-Campaigns-Mar-1-2027-Apr-15-2027.csv" --channel instagram',
      '  mcm track import --from ga4 traffic.csv --out results/ga4.csv',
    ].join('\n'))
    .action(async (file: string, flags: TrackImportFlags, command: Command) => {
      const { trackImportCommand } = await import('./track-import-action.js');
      context.exitCode = await trackImportCommand(file, { ...flags, locale: (command.optsWithGlobals() as { locale?: string }).locale }, context.io);
    });
  return track;
}

function parseDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(`${value}T00:00:00Z`) : undefined;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw briefError('brief.trackAsOf', { value });
  }
  return value;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
