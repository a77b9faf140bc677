// The sentences of errors about mcm brief, the HTML report and mcm track (results files, templates), in English, keyed "brief.…".
// src/cli/messages-cli.ts adds them to the CLI's table; locales/cli.<locale>.json holds their translations.
// English uses {name} placeholders only; a translation may use ICU plural and select.
import { tableError, type MessageRefValues, type UserError } from '../errors.js';

export const BRIEF_ERRORS = {
  // mcm brief: the strategy and the options.
  'brief.notStrategy': '{file} cannot be read as a strategy: run mcm lint on it.',
  'brief.htmlOnly': '--{option} belongs to the HTML report: add --format html.',
  'brief.markdownOnly': '--{option} belongs to the Markdown briefs; the HTML report is always one whole page.',
  'brief.brandColor': '--brand-color: "{value}" is not a colour; write it as a hex colour such as "#e4572e".',
  // Where the briefs and the report are written.
  'brief.cannotWrite': 'Cannot write {file}: {reason}.',
  'brief.outIsFile': '--out: "{folder}" is a file, not a folder.',
  'brief.cannotCreateFolder': 'Cannot create the folder "{folder}": {reason}.',
  'brief.outLinkOutside': 'The briefs folder "{folder}" is a link to {target}, outside this folder: nothing was written. Name it with --out {folder} if that is where the briefs belong.',
  'brief.pathOutside': 'The brief "{brief}" would be written outside "{folder}": its id must be kebab-case (lowercase letters, digits and hyphens).',
  'brief.cannotCreateBriefFolder': 'Cannot create the folder of "{brief}" in "{folder}": {reason}.',
  'brief.folderLeadsOutside': 'The folder of "{brief}" leads outside "{folder}" (a symbolic link?): mcm writes briefs only inside --out.',
  'brief.indexNotFile': '{file} exists and is not a regular file: mcm replaces only a file it wrote. Remove it, or choose another --out.',
  // The logo of the HTML report.
  'brief.logoType': 'Logo "{logo}": use a PNG, JPEG, GIF, WebP or SVG file, or a data:image/… URI.',
  'brief.logoMissing': 'Logo "{logo}": no such file.',
  'brief.logoNotFile': 'Logo "{logo}": no such file (it is not a regular file).',
  'brief.logoTooLarge': 'Logo "{logo}" is {size} KB; the report takes a logo of at most 1 MB.',
  // --templates and the templates themselves.
  'brief.templatesNotFolder': '--templates: "{folder}" is not a folder of templates.',
  'brief.templatesUnknownNear': '--templates: {file} replaces no brief; did you mean {near}?',
  'brief.templatesUnknown': '--templates: {file} replaces no brief: the briefs are {names}.',
  'brief.templateNotFile': 'Cannot read the template {file}: it is not a regular file.',
  'brief.templateTooLarge': 'The template {file} is larger than 10 MB, the most mcm reads: check that it is the right file.',
  'brief.templateCannotRead': 'Cannot read the template {file}: {reason}.',
  // A template that cannot be rendered; {detail} is what Handlebars or the helper found, in the template's own terms.
  'brief.template': 'Template {file}{where}: {detail}{excerpt}',
  'brief.templateAt': ', line {line}',
  'brief.templateAtColumn': ', line {line}, column {column}',
  'brief.templateUnknownFile': 'unknown',
  'brief.templateOtherLevel': '{problem}: "{field}" is a field at another level, so check the path and the {each} or {with} around it.',
  'brief.templateNear': '{problem}; did you mean "{field}"?',
  // mcm track and mcm track import.
  'brief.trackAsOf': '--as-of takes a date as YYYY-MM-DD, for example 2027-04-15; got "{value}".',
  'brief.trackMap': '--map takes "Column name=metric_id", for example --map "Landing page views=sessions"; got "{value}".',
  'brief.trackChannelNear': '--channel: "{channel}" is not a channel of {file}; did you mean "{near}"?',
  'brief.trackChannelUnknown': '--channel: "{channel}" is not a channel of {file} (its channels: {channels}).',
  'brief.trackChannelNeeded': '--channel is needed: which channel of the strategy ran these {source} results? For example --channel {example}.',
  'brief.trackGa4Strategy': 'GA4 channel groups are mapped to the strategy\'s channels: name the strategy with --strategy FILE, or the channel with --channel.',
  'brief.trackOutNotFile': '--out: "{file}" is not a regular file; mcm writes only to a new file or replaces a regular one.',
  'brief.trackOutIsExport': '--out names the export itself: write the rows to another file.',
} as const satisfies Record<`brief.${string}`, string>;

export type BriefErrorKey = keyof typeof BRIEF_ERRORS;

/** A UserError with its English sentence from the table above. */
export function briefError(messageId: BriefErrorKey, values?: MessageRefValues): UserError {
  return tableError(BRIEF_ERRORS, messageId, values);
}
