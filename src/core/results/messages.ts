// The sentences of `mcm track`: the scorecard's words and every message about a results file, in English, the
// source table (ICU MessageFormat). Other languages: locales/track.<lang>.json, same keys.
import { IntlMessageFormat } from 'intl-messageformat';
import { formatDate } from '../i18n/format.js';
import { createTranslator, type TranslatorOf } from '../i18n/translate.js';
import type { Status } from './scorecard.js';

export const TRACK_MESSAGES = {
  // The terminal table and the Markdown table.
  'table.title': 'Scorecard of {name}',
  'table.channel': 'Channel',
  'table.kpi': 'KPI',
  'table.target': 'Target',
  'table.actual': 'Actual',
  'table.expected': 'Expected',
  'table.expectedByNow': 'Expected by now',
  'table.progress': 'Progress',
  'table.status': 'Status',
  'table.atLeastTarget': 'at least target',
  'table.atMostTarget': 'at most target',
  'asOf.none': 'no results yet',
  'asOf.date': 'as of {date}',
  'asOf.day': 'as of {date}, day {day} of {days} of the strategy period',
  'markdown.title': 'Scorecard: {name}, {when}',
  noKpis: 'No channel KPI has a numeric target to track.',
  // Status words: lower case inside a sentence or a table cell, capitalised where they stand alone.
  'status.met': 'met',
  'status.on-track': 'on track',
  'status.at-risk': 'at risk',
  'status.off-track': 'off track',
  'status.no-data': 'no data',
  'statusTitle.met': 'Met',
  'statusTitle.on-track': 'On track',
  'statusTitle.at-risk': 'At risk',
  'statusTitle.off-track': 'Off track',
  'statusTitle.no-data': 'No data',
  'count.kpis': '{count, plural, one {# KPI} other {# KPIs}}',
  'count.kpisWith': '{count, plural, one {# KPI} other {# KPIs}}: {parts}',
  'count.met': '{count} met',
  'count.on-track': '{count} on track',
  'count.at-risk': '{count} at risk',
  'count.off-track': '{count} off track',
  'count.no-data': '{count} no data',
  goal: '**Goal** ({label}, from {channels}): {actual} of {target} ({progress}): {status}.',
  goalExpected: '**Goal** ({label}, from {channels}): {actual} of {target} ({progress}), {expected} expected by now: {status}.',
  budget: '**Budget:** {spent} spent{shape, select, both { against {planned} planned by now ({total} in all)} planned { against {planned} planned by now} total { ({total} in all)} other {}}.',
  'markdown.leftOut': '{count, plural, one {# result row was left out:} other {# result rows were left out:}}',
  'markdown.problem': '{file}, row {row}, column {column}: {message}',
  'markdown.more': 'and {count} more',
  // Messages about the results files, each at a file, row and column.
  'csv.broken': 'This line cannot be read as CSV ({reason}): it and the lines after it up to the next readable one are ignored.',
  'csv.quote': 'a quoted field is not closed or a quote is out of place',
  'csv.other': 'the line is not valid CSV',
  'file.empty': 'The file holds no results: it needs a header line "date,channel,metric,value" and one row per measurement.',
  'file.header': 'The header must name the columns date, channel, metric and value (found {found}). Turn a platform export into this format with "mcm track import".',
  'file.headerHints': 'The header must name the columns date, channel, metric and value (found {found}; did you mean {hints}). Turn a platform export into this format with "mcm track import".',
  'file.headerHint': '"{near}" for "{column}"?',
  'date.empty': 'The date is empty: write it as YYYY-MM-DD.',
  'date.invalid': '"{date}" is not a date: write it as YYYY-MM-DD.',
  'date.ambiguous': '"{date}" is not a date: write it as YYYY-MM-DD (day and month cannot be told apart in this form).',
  'date.before': '{date} is before the strategy period ({start} to {end}): the row is left out.',
  'date.after': '{date} is after the strategy period ({start} to {end}): the row is left out.',
  'channel.empty': 'The channel is empty: write the id of one of the strategy\'s channels.',
  'channel.unknownNear': '"{channel}" is not a channel of the strategy: did you mean "{near}"?',
  'channel.unknown': '"{channel}" is not a channel of the strategy (its channels: {channels}).',
  'metric.empty': 'The metric is empty: write the metric id of one of the channel\'s KPIs.',
  'metric.notTracked': '{channel} has no KPI measuring {metric} (its KPIs: {kpis}): these rows are left out. Add the KPI to the channel to track it.',
  'metric.notTrackedNone': '{channel} has no KPI measuring {metric} (it has no KPI yet): these rows are left out. Add the KPI to the channel to track it.',
  'metric.unknownNear': '"{metric}" is not a KPI metric of {channel}: did you mean "{near}"?',
  'metric.unknown': '"{metric}" is not a KPI metric of {channel} (its KPIs: {kpis}).',
  'metric.unknownNone': '"{metric}" is not a KPI metric of {channel} (it has no KPI yet).',
  'value.empty': 'The value is empty',
  'value.notNumber': '"{value}" is not a number',
  'value.tooLarge': '"{value}" is too large a number',
  'value.ambiguous': '"{value}" could be {decimal} (a decimal comma) or {whole} (a thousands separator): write it as {decimal} or {whole}',
  'value.notFraction': '{value} is not a fraction between 0 and 1, which is how {metric} is written.',
  'value.notFractionPercent': '{value} is not a fraction between 0 and 1, which is how {metric} is written: did you mean {fraction} ({value} %)?',
  'value.negative': '{value} is negative, which {metric} cannot be.',
  repeated: '{message} ({count, plural, one {# row} other {# rows}}, the first one here)',
  // mcm track import: what it read from a platform's export, left out or could not tell.
  'import.column': '"{name}"',
  'import.brokenLine': 'this line cannot be read as CSV',
  'import.notExport': 'this is not a {source} export: no column is named {columns}. Export a report broken down by day',
  'import.mapMissing': '--map names the column "{column}", which the export does not have (its columns: {columns})',
  'import.currencyMeta': 'The export spends in {currency}, the strategy\'s budget is in {budget}: convert the spend rows before comparing them with the budget.',
  'import.currencyGoogle': 'The export\'s costs are in {currency}, the strategy\'s budget is in {budget}: convert the spend rows before comparing them with the budget.',
  'import.results': 'The "Results" column counts whatever each campaign optimises for: read it with --map "Results=METRIC" (for example leads or conversions).',
  'import.noGroup': 'the export has no "Session default channel group" column: name the channel its rows belong to with --channel',
  'import.noColumns': 'the export has none of the columns mcm reads from {source}: name them with --map "Column=metric"',
  'import.notDate': '"{value}" is not a date',
  'import.notNumber': 'the {column} "{value}" is not a number',
  'import.totals': 'Left out {count, plural, one {{number} total row} other {{number} total rows}} of the export: the scorecard adds up the days itself.',
  'import.notTracked': 'Left out {metrics}: {channel} has no KPI measuring {count, plural, one {it} other {them}}.',
  'import.groupFits': 'The channel group "{group}" fits {channels}: import it for one of them with --channel.',
  'import.groupLeftOut': 'Left out the channel group "{group}": no channel of the strategy brings that traffic.',
  'import.wrote': '{count, plural, one {Wrote {number} row} other {Wrote {number} rows}} to {file}.',
  // The command line.
  'cli.needsResults': 'mcm track needs results: --results FILE.csv (date,channel,metric,value), one or more files.',
  'cli.notStrategy': '{file} cannot be read as a strategy: run mcm lint {file} to see why.',
  'cli.nothingRead': 'No results could be read from {files}.',
  'cli.nothingReadReport': 'No results could be read from {files}: no report written.',
  'cli.problems': '{count, plural, one {One problem} other {# problems}} in the results: those rows are left out of the scorecard.',
  'cli.moreProblems': '… and {count, plural, other {# more problems}} (--format json lists them all).',
  'cli.tooLarge': '"{file}" is larger than {size} MB: split it into several files',
  'cli.binary': '"{file}" holds binary data, not CSV text',
  'cli.notUtf8': '"{file}" is not UTF-8 text: save it as "CSV UTF-8" in your spreadsheet',
} as const;

export type TrackKey = keyof typeof TRACK_MESSAGES;
export type TrackTranslator = TranslatorOf<typeof TRACK_MESSAGES>;

/** mcm's English: what every function of the results module speaks when it is given no translator. */
export const ENGLISH: TrackTranslator = createTranslator(TRACK_MESSAGES, IntlMessageFormat);

/**
 * A date in a message or a table: English keeps the ISO date as the user wrote it (scripts read it), another
 * language writes it its own way ("15 квітня 2027 р.").
 */
export function dateIn(iso: string, t: Pick<TrackTranslator, 'locale'>): string {
  return t.locale === 'en' ? iso : formatDate(iso, t.locale);
}

export const statusWord = (status: Status, t: TrackTranslator) => t.t(`status.${status}`);
export const statusTitle = (status: Status, t: TrackTranslator) => t.t(`statusTitle.${status}`);
