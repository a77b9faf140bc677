// The CLI's own sentences: its one-line errors and its help, in English, keyed. Other languages are
// locales/cli.<locale>.json with the same keys. English is filled in here without the ICU library (the
// sentences have no plural), so `mcm --version` and `mcm lint` load nothing more for it.
import { englishFrom, UserError, type MessageRef, type MessageRefValues } from '../core/errors.js';
import type { Translator } from '../core/i18n/translate.js';
import { BRIEF_ERRORS } from '../core/messages/brief-errors.js';
import { CONFIG_ERRORS } from '../core/messages/config-errors.js';
import { INIT_ERRORS } from '../core/messages/init-errors.js';

export const CLI_ERRORS = {
  // What the operating system said, completing "Cannot read X: …".
  'fs.ENOENT': 'it does not exist',
  'fs.ENOTDIR': 'a part of the path is a file, not a folder',
  'fs.EISDIR': 'it is a folder',
  'fs.ELOOP': 'its symbolic links lead in a circle',
  'fs.EACCES': 'permission denied',
  'fs.ENAMETOOLONG': 'the name is too long for the file system',
  'fs.ENOSPC': 'the disk is full',
  'fs.EDQUOT': 'the disk quota is used up',
  'fs.EROFS': 'the disk is read-only',
  'fs.EIO': 'the disk reported an input/output error',
  'fs.ENXIO': 'nothing is connected to it (a socket, or a pipe that nothing reads)',
  'fs.EBUSY': 'it is in use',
  'fs.EMFILE': 'too many files are open',
  'fs.EEXIST': 'it already exists',
  'fs.other': '{detail}',
  // "mcm: cannot <verb> "<path>": <reason>." for an operating system error nothing else words.
  'system.cannot': 'cannot {verb}: {reason}.',
  'system.cannotPath': 'cannot {verb} "{path}": {reason}.',
  'verb.open': 'open',
  'verb.read': 'read',
  'verb.write': 'write',
  'verb.scandir': 'read the folder',
  'verb.mkdir': 'create the folder',
  'verb.rename': 'replace',
  'verb.unlink': 'remove',
  'verb.realpath': 'follow',
  'verb.uv_cwd': 'find the current folder',
  'verb.other': 'use',
  'internal.prefix': 'mcm: internal error:',
  'internal.hint': 'Run the same command with --debug for details, and report it if it persists.',
  'cwd.gone': 'The current folder no longer exists (it was deleted or moved): change to an existing folder, then run mcm again.',
  // Standard output failing under mcm.
  'output.stopped': 'the output stopped: {reason}.',
  'output.EPIPE': 'the program reading the output (| head, | less…) closed it before the end',
  'output.ENOSPC': 'the disk is full',
  'output.EDQUOT': 'the disk quota is used up',
  'output.EIO': 'the terminal or disk reported an input/output error',
  // Reading.
  'named.file': '"{file}"',
  'named.config': 'the configuration file "{file}"',
  'named.answers': 'the answers file "{file}"',
  'named.folder': 'the folder "{file}"',
  'named.other': '{what} "{file}"',
  'read.notFound': 'Cannot find {named}.',
  'read.notFoundStrategy': 'Cannot find "{file}": run "mcm init" to draft one, or name the strategy file.',
  'read.cannot': 'Cannot read {named}: {reason}.',
  'read.folder': 'Cannot read {named}: it is a folder.',
  'read.folderStrategy': 'Cannot read {named}: it is a folder; name a strategy file in it, or lint the folder\'s files with a glob such as "folder/*.yaml".',
  'read.tooLarge': '{named} is larger than {size} MB, the most mcm reads: check that it is the right file.',
  'read.silent': 'Nothing arrived from {named} in {seconds} seconds: it is a pipe or a device that nothing writes to. Start the program that writes it first, or name a regular file.',
  // Writing.
  'write.refused': 'Cannot write "{file}": {reason}.',
  'write.changed': '"{file}" changed while mcm was writing: nothing was written.',
  'write.linkToOther': 'it is a symbolic link to {kind}, not to a regular file: mcm replaces only regular files',
  'write.linkOutside': 'it is a symbolic link to {target}, outside this folder: mcm does not write through it (name that file itself if that is where it belongs)',
  'write.leadsOutside': 'it leads outside the folder mcm writes into (a symbolic link?)',
  'write.fifoUnread': 'it is a pipe (FIFO) that nothing reads: start the reader first, or name a regular file',
  'write.folder': 'it is a folder',
  'write.notRegular': 'it is {kind}, not a regular file: mcm writes only regular files (or through a device such as /dev/null)',
  'kind.folder': 'a folder',
  'kind.fifo': 'a pipe (FIFO)',
  'kind.socket': 'a socket',
  'kind.block': 'a block device (a disk)',
  'kind.device': 'a device',
  'kind.other': 'not a regular file',
  // mcm lint.
  'lint.emptyName': 'An empty file name was given to mcm lint: name a strategy file, a folder or a glob (a variable in a script may be empty).',
  'lint.fixTypeAlone': '--fix-type chooses which fixes --fix or --fix-dry-run apply: add one of them.',
  'lint.fixStdin': '--fix cannot write back to standard input: use --fix-dry-run, which prints the fixed text.',
  'lint.dryRunMany': '--fix-dry-run prints the fixed text of one file; for several files add --format json, which gives each file\'s "output".',
  'lint.noYaml': 'No .yaml or .yml file in the folder "{folder}".',
  'lint.noMatch': 'No file matches "{pattern}".',
  'lint.notFound': 'Cannot find "{file}".',
  'lint.notFoundStrategy': 'Cannot find "{file}": run "mcm init" to draft one, or name the file to check.',
  'lint.outputIsInput': '--output "{file}" is the file being linted: the report would replace the strategy. Name another file, such as lint-report.txt.',
  'lint.outputIsOther': '--output "{file}" is the same file as "{other}", which is being linted: the report would replace the strategy. Name another file, such as lint-report.txt.',
  'lint.reportRefused': 'Cannot write the report to "{file}": {reason}.',
  'lint.fixType': '--fix-type takes problem, suggestion or layout (several separated by commas); got "{value}".',
  'lint.maxWarnings': '--max-warnings takes a whole number, got "{value}".',
  'lint.rule': '--rule takes RULE=SEVERITY, for example --rule channel-owner=warning (severity: off, info, warning or error); got "{value}".',
  'fix.gone': 'Cannot write the fixes to "{file}": the file is gone.',
  'fix.linkOutside': 'Cannot write the fixes to "{file}": it is a link to a file outside its folder; run mcm lint --fix on that file itself.',
  'fix.notRegular': 'Cannot write the fixes to "{file}": it is not a regular file.',
  'fix.cannot': 'Cannot write the fixes to "{file}": {reason}.',
  // Other commands.
  'lsp.configProblem': '{problem} (the recommended rules run until it is fixed)',
  'lsp.stdio': 'mcm lsp speaks to an editor over standard input and output: run it as "mcm lsp --stdio" (docs/editors.md shows how editors start it).',
  'schema.noFolder': 'Cannot find the folder "{folder}": create it first, or name an existing folder.',
  'schema.notFolder': '"{folder}" is not a folder: --write takes the folder to put {file} in.',
  'schema.wrote': 'Wrote {file}. A strategy in that folder whose first line is\n  # yaml-language-server: $schema=./{schema}\nis checked by editors against it, offline.',
  'schema.cannotWrite': 'Cannot write {file}: {reason}.',
  'rules.unknown': 'Unknown rule "{id}". Run "mcm rules" for the list.',
  'rules.unknownLike': 'Unknown rule "{id}"; did you mean "{like}"? Run "mcm rules" for the list.',
  'rules.unknownContaining': 'Unknown rule "{id}"; rules with "{id}" in their id: {list}. Run "mcm rules" for the list.',
  'rules.docMissing': 'The documentation page of "{id}" is missing from this installation: read it at {url}, or reinstall mcm.',
  // The table of mcm rules: its headings, the lines under it, and the rules a configuration adds.
  'rules.list.rule': 'Rule',
  'rules.list.recommended': 'Recommended',
  'rules.list.strict': 'Strict',
  'rules.list.description': 'Description',
  'rules.list.presets': 'recommended is the default preset; "extends: strict" in .mcmrc.yaml selects strict, and "rules:" there sets any rule.',
  'rules.list.more': 'Run "{command}" for a rule\'s documentation, with an example that fails and one that passes.',
  'rules.list.configured': 'Rules from {source}',
  'rules.list.from': 'From {source}.',
  'rules.list.fromDocs': 'From {source}; documentation: {url}.',
  // The language.
  'locale.unknown': '{where} is "{value}", a language mcm does not speak: use one of {list}.',
  // commander's own errors about the command line.
  'commander.error': 'error:',
  'commander.unknownCommand': 'unknown command \'\'{name}\'\'',
  'commander.unknownOption': 'unknown option \'\'{name}\'\'',
  'commander.didYouMean': '(Did you mean {name}?)',
  'commander.invalidChoice': 'option \'\'{flags}\'\' argument \'\'{value}\'\' is invalid. Allowed choices are {choices}.',
  'commander.argumentMissing': 'option \'\'{flags}\'\' argument missing',
  'commander.requiredOption': 'required option \'\'{flags}\'\' not specified',
  'commander.missingArgument': 'missing required argument \'\'{name}\'\'',
  'commander.tooManyArguments': 'too many arguments. Expected {expected, plural, one {# argument} other {# arguments}} but got {got}.',
  'commander.tooManyArgumentsFor': 'too many arguments for \'\'{command}\'\'. Expected {expected, plural, one {# argument} other {# arguments}} but got {got}.',
  // Errors worded in the core, each area in its own table.
  ...CONFIG_ERRORS,
  ...BRIEF_ERRORS,
  ...INIT_ERRORS,
} as const;

export type CliErrorKey = keyof typeof CLI_ERRORS;

/** A UserError whose English text comes from the table; the CLI words it again in the chosen language. */
export function cliError(messageId: CliErrorKey, values?: MessageRefValues): UserError {
  return new UserError(englishOf({ messageId, ...(values ? { values } : {}) }), { messageId, ...(values ? { values } : {}) });
}

/** A message reference, checked against the table. */
export function ref(messageId: CliErrorKey, values?: MessageRefValues, capitalize?: boolean): MessageRef {
  return { messageId, ...(values ? { values } : {}), ...(capitalize ? { capitalize } : {}) };
}

const upper = (text: string) => (text ? `${text[0]!.toUpperCase()}${text.slice(1)}` : text);

/** A message in English: its placeholders filled, nested messages worded first. */
export function englishOf(message: MessageRef): string {
  return englishFrom(CLI_MESSAGES, message);
}

/** A message in the translator's language; a key the table does not know (a rule's own error) stays English. */
export function wordedIn(t: Translator, message: MessageRef): string {
  if (!Object.hasOwn(CLI_MESSAGES, message.messageId)) return englishOf(message);
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.values ?? {})) values[name] = typeof value === 'object' ? wordedIn(t, value) : value;
  const text = t.t(message.messageId, values);
  // A sentence that starts with a capital in English does so in every language, whatever word comes first.
  return /^[A-Z]/.test(englishOf(message)) ? upper(text) : text;
}

/** How an error reads to the user: its own message in English, its keyed message in another language. */
export function errorText(error: UserError, t: Translator | undefined): string {
  if (!error.messageId) return error.message;
  const message: MessageRef = { messageId: error.messageId, ...(error.values ? { values: error.values } : {}) };
  // English from the whole table too: a reason the core names by key (fs.EACCES) is a sentence of the CLI's.
  if (!t) return Object.hasOwn(CLI_MESSAGES, error.messageId) ? englishOf(message) : error.message;
  return wordedIn(t, message);
}

/** The sentences of `--help`: the headings, every command's, option's and argument's description, the text after. */
export const CLI_HELP = {
  'help.usage': 'Usage:',
  'help.options': 'Options:',
  'help.arguments': 'Arguments:',
  'help.commands': 'Commands:',
  'help.globalOptions': 'Global Options:',
  'help.choices': 'choices: {list}',
  'help.default': 'default: {value}',
  'help.preset': 'preset: {value}',
  'help.examples': 'Examples:',
  'help.example': 'Example:',
  'help.helpCommand': 'display help for command',
  'help.help': 'show help',
  // mcm
  'help.mcm': 'Keep a multichannel marketing strategy as a YAML file: draft it, lint it, turn it into briefs.',
  'help.mcm.version': 'print the mcm version',
  'help.mcm.debug': 'show internal details when something fails',
  'help.mcm.locale': 'the language mcm speaks: en, uk, pl, ru or ga (also MCM_LOCALE)',
  'help.mcm.after': 'Run "mcm {command} --help" for the options of a command. Rules: "mcm rules".',
  'help.noColor': 'never colour the output',
  // mcm init
  'help.init': 'draft a strategy file: a wizard in the terminal, or answers from a preset or a file',
  'help.init.file': 'the strategy file to write; - writes it to standard output',
  'help.init.yes': 'take the suggested answer to every question left, without prompting',
  'help.init.preset': 'a complete example strategy whose answers are suggested (local-service without a terminal)',
  'help.init.resume': 'go on with the answers of an unfinished mcm init for this file',
  'help.init.answers': 'answers from a YAML or JSON file; the rest are asked, or suggested with --yes',
  'help.init.force': 'replace the file if it already exists',
  'help.init.kind': 'the kind of business: local-service, shop, b2b, education, hospitality, health, events, non-profit or other',
  'help.init.where': 'the country (and language) of the business, like "Poland" or "Ireland, English"',
  'help.init.name': 'the name of the strategy or campaign',
  'help.init.goal': 'the one goal every channel serves',
  'help.init.goalMetric': 'what measures the goal, in words, like "course enrolments"',
  'help.init.goalTarget': 'the number the goal metric must reach',
  'help.init.goalBaseline': 'where the goal metric stands today',
  'help.init.period': 'when the strategy runs, like "1 Oct 2026 to 31 Dec 2026"',
  'help.init.goalDeadline': 'when the goal must be reached, within the period',
  'help.init.usp': 'the unique selling proposition',
  'help.init.approach': 'multichannel, cross-channel or omnichannel',
  'help.init.crm': 'the CRM that connects the channels',
  'help.init.voice': 'brand voice words, comma-separated',
  'help.init.coreMessage': 'the one idea every message comes back to',
  'help.init.channels': 'channel types, comma-separated, like website,email,instagram',
  'help.init.budget': 'the total budget',
  'help.init.currency': 'the budget currency, like EUR',
  'help.init.locale': 'the language of the wizard and of the strategy it writes: en, uk, pl, ru or ga (default: MCM_LOCALE, the system\'s language)',
  'help.init.after': 'Every question can be answered ahead: by a flag above, or by its key in an answers file\n(goal.target, personas[0].name, channels[1].content.message...). Flags win over the file.',
  // mcm lint
  'help.lint': 'check strategy files against the schema and the marketing rules',
  'help.lint.files': 'files, folders or globs to check; - reads standard input',
  'help.lint.format': 'output format',
  'help.lint.output': 'write the report to a file instead of the terminal',
  'help.config': 'configuration file (default: the nearest .mcmrc.yaml)',
  'help.lint.maxWarnings': 'exit 1 when there are more warnings than this',
  'help.lint.quiet': 'report errors only',
  'help.lint.rule': 'set a rule\'s severity: off, info, warning or error (repeatable)',
  'help.lint.stdinFilename': 'the file name to show for standard input',
  'help.lint.fix': 'apply the safe fixes to the files, then report what is left',
  'help.lint.fixDryRun': 'apply the fixes without writing: print the fixed text (with --format json, each file\'s "output")',
  'help.lint.fixType': 'only these kinds of fix: problem, suggestion, layout (comma-separated; suggestions apply only when named)',
  'help.lint.locale': 'the language of the messages: en, uk, pl, ru or ga (default: MCM_LOCALE, the strategy\'s locale, the system\'s language)',
  'help.lint.printConfig': 'print the configuration that applies to a file (its config file and every rule\'s severity), then stop',
  'help.lint.exit': 'Exit status: 0 no errors, 1 errors found (or too many warnings), 2 usage, input or configuration problem.',
  // mcm brief
  'help.brief': 'turn the strategy into Markdown briefs: an overview, one per channel, one per persona',
  'help.strategyFile': 'the strategy file',
  'help.brief.out': 'the folder to write the briefs into',
  'help.brief.templates': 'a folder of templates that replace the built-in ones by file name (overview.md.hbs, channel.md.hbs, persona.md.hbs, partials/*.hbs)',
  'help.brief.only': 'write only the overview, the channel briefs or the persona briefs',
  'help.brief.clean': 'remove the briefs of channels and personas that are no longer in the strategy',
  'help.brief.config': 'lint configuration file (default: the nearest .mcmrc.yaml)',
  'help.brief.format': 'markdown briefs, or one self-contained index.html to send or print',
  'help.brief.for': 'html: for the client (no lint findings, rule ids or owners) or the team',
  'help.brief.results': 'result files (date,channel,metric,value): the scorecard in the overview (or the HTML report)',
  'help.brief.brandColor': 'html: the brand colour, such as "#e4572e" (default: x-brand.color of the strategy)',
  'help.brief.logo': 'html: a PNG, JPEG, GIF, WebP or SVG logo to inline (default: x-brand.logo of the strategy)',
  'help.brief.after': 'mcm brief refuses to write briefs while mcm lint finds errors; warnings are listed in the overview.\nIt writes only inside --out, and says which briefs there belong to channels or personas that no\nlonger exist (--clean removes them).',
  'help.brief.shareExample': 'mcm brief --format html --out share          # share/index.html, for the client',
  'help.brief.exit': 'Exit status: 0 briefs written, 1 the strategy has lint errors, 2 usage, input or template problem.',
  // mcm track
  'help.track': 'read results against the strategy\'s targets: a scorecard that says which channel is on track',
  'help.track.results': 'results files in long format: date,channel,metric,value (one or more)',
  'help.track.asOf': 'read the scorecard at this date, YYYY-MM-DD (default: the latest date in the results)',
  'help.track.failOn': 'exit 1 when a KPI has this status or a worse one',
  'help.track.locale': 'the language of the scorecard: en, uk, pl, ru or ga (default: MCM_LOCALE, the strategy\'s locale, the system\'s language)',
  'help.track.after': 'A flow metric (clicks, conversions, spend…) adds up its rows up to the as-of date and is paced over the\nchannel\'s live days (its schedule, else the strategy period); a level metric (rates, costs per unit,\nfollowers…) takes its latest row. Rows mcm cannot use are listed on standard error with file, row and column.',
  'help.track.exit': 'Exit status: 0 scorecard printed, 1 a KPI has the --fail-on status or worse, 2 usage problem or no\nresults file could be read.',
  'help.track.import': 'turn a platform\'s own CSV export into results in long format',
  'help.track.import.export': 'the CSV file the platform exported',
  'help.track.import.from': 'the platform that exported it',
  'help.track.import.channel': 'the strategy channel the results belong to (GA4: default, each channel group goes to the channel of its type)',
  'help.track.import.map': 'read a column as a metric, for example --map "Landing page views=sessions" (repeatable)',
  'help.track.import.out': 'write the rows to this file instead of standard output',
  'help.track.import.strategy': 'the strategy whose channels the rows are checked against',
  'help.track.import.exit': 'Exit status: 0 rows written, 2 usage problem or the export cannot be read.',
  // mcm rules, schema, lsp
  'help.rules': 'list the rules with their severity in each preset; with a rule id, print its documentation',
  'help.rules.id': 'a rule id, for example funnel-coverage',
  'help.schema': 'print the JSON Schema of the strategy file, for editors and other tools',
  'help.schema.write': 'write it as strategy.schema.json into a folder (default: the current one), where a modeline "$schema=./strategy.schema.json" finds it offline',
  'help.lsp': 'run the language server for editors (diagnostics, hovers, completions, quick fixes)',
  'help.lsp.stdio': 'speak the Language Server Protocol over standard input and output',
  'help.lsp.config': 'configuration file for every document (default: the nearest .mcmrc.yaml)',
  'help.lsp.after': 'Editors start it themselves; see docs/editors.md.',
} as const;

export type CliHelpKey = keyof typeof CLI_HELP;

/** Every sentence of the CLI, the source of locales/cli.<locale>.json. */
export const CLI_MESSAGES = { ...CLI_ERRORS, ...CLI_HELP } as const;
export type CliKey = keyof typeof CLI_MESSAGES;
