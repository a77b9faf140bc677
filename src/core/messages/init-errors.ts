// The sentences of errors about mcm init and its answers files, in English, keyed "init.…".
// src/cli/messages-cli.ts adds them to the CLI's table; locales/cli.<locale>.json holds their translations.
// English uses {name} placeholders only; a translation may use ICU plural and select.
import { tableError, type MessageRefValues, type UserError } from '../errors.js';

export const INIT_ERRORS = {
  // mcm init without a terminal, and the file it writes.
  'init.notTerminal': 'this is not a terminal, so init cannot ask its questions. To draft a strategy without questions, run:\n  mcm init --yes --preset local-service     (or --preset ecommerce, --preset b2b-saas)\nor give your answers in a YAML or JSON file:\n  mcm init --answers answers.yaml --yes',
  'init.cannotWrite': 'Cannot write {file}: {reason}.',
  'init.folder': '"{file}" is a folder: name the strategy file to write, like {suggestion}/strategy.yaml.',
  'init.exists': '{file} already exists, and mcm init never replaces a file unasked. Name another file (mcm init new-strategy.yaml), or add --force to replace it.',
  // The answers file.
  'init.answersMissing': 'Cannot find the answers file "{file}".',
  'init.file.syntax': 'Cannot read the answers in {file} (line {line}): {reason} Answers are YAML or JSON.',
  // What the YAML parser said, completing init.file.syntax (its own words, when mcm has none of its own).
  'init.yaml.duplicateKey': 'Map keys must be unique.',
  'init.yaml.tabIndent': 'Tabs are not allowed as indentation.',
  'init.yaml.multilineKey': 'Implicit keys need to be on a single line.',
  'init.yaml.keyWithoutValue': 'Implicit map keys need to be followed by map values.',
  'init.yaml.sequenceColumn': 'All sequence items must start at the same column.',
  'init.yaml.closingQuote': 'Missing closing "quote.',
  'init.yaml.compactMapping': 'Nested mappings are not allowed in compact mappings.',
  'init.yaml.sequenceIndicator': 'Sequence item without - indicator.',
  'init.yaml.flowSequence': 'Flow sequence in block collection must be sufficiently indented and end with a ].',
  'init.file.aliases': 'Cannot read the answers in {file}: its aliases (*name) expand too far. Write the values out.',
  'init.file.mapping': '{file} must hold a mapping of answers, like "name: Spring promo", not a list or a single value.',
  'init.file.list': '{where} must be a list (one "- " line per item).',
  'init.file.item': '{where} must be a mapping of answers.',
  'init.file.itemChannel': '{where} must be a mapping of answers, or a channel type like "email".',
  'init.file.itemKpi': '{where} must be a mapping of answers, or a metric like "open_rate".',
  'init.file.shape': '{where} must be a mapping with {keys}.',
  'init.file.unknownHint': '{where}: "{key}" is not an answer mcm init knows; did you mean "{hint}"?',
  'init.file.unknown': '{where}: "{key}" is not an answer mcm init knows; the answers here are {keys}.',
  // An answer given ahead (a flag, a key of the answers file) that does not fit, or one that is missing.
  'init.where.answers': 'In {file}, {key}',
  'init.answer.bad': '{where}: {why}',
  'init.missing': 'Missing answer to "{question}": add {key} to the answers file{flag}.',
  'init.missing.flag': ', or use {flag}',
  'init.draft.invalid': 'The answers of {source} make a strategy that is not valid, so nothing was written: {errors}',
  'init.suggested.bad': 'The suggested answer to {key} does not fit: {why}',
} as const satisfies Record<`init.${string}`, string>;

export type InitErrorKey = keyof typeof INIT_ERRORS;

/** A UserError with its English sentence from the table above. */
export function initError(messageId: InitErrorKey, values?: MessageRefValues): UserError {
  return tableError(INIT_ERRORS, messageId, values);
}
