import { formatList, formatMoney, formatNumber } from '../i18n/format.js';

/** A list of words in a message, joined by the locale's own "and" or "or". */
export interface MessageList {
  /** Ids and the user's names as written, or phrases of the rule's table (a catalog word each language names). */
  list: readonly (string | MessagePart)[];
  /** The locale's own "and" or "or"; or a separator, the same in every language, for a list of clauses. */
  join: 'and' | 'or' | ', ' | '; ';
  /** Each item in double quotes, as messages show ids and values. */
  quoted?: boolean;
}

/** A phrase from the same rule's message table, filled with its own data ('channel "{{id}}"'), placed into a message. */
export interface MessagePart {
  messageId: string;
  data?: MessageData;
}

/** An amount of money, written in the message's locale with its currency code: "GBP 21,000", "21 000 GBP". */
export interface MessageMoney {
  money: number;
  currency?: string | null | undefined;
}

/** A number written in the message's locale: "12,000.5" in English, "12 000,5" in Ukrainian. */
export interface MessageNumber {
  number: number;
}

/**
 * A word of the mcm catalog (a metric's name): `term` is its key in the catalog's table (`metric.leads`),
 * `text` the English words as the English message shows them. A translated message shows the catalog's
 * translation instead, its first letter lowercased when `lower` is set and the word is not an abbreviation.
 */
export interface MessageTerm {
  term: string;
  text: string;
  lower?: boolean;
}

export type MessageValue = string | number | MessageList | MessagePart | MessageMoney | MessageNumber | MessageTerm;
export type MessageData = { [name: string]: MessageValue };
/** Data as a template receives it: phrases already rendered, lists and amounts still to be written in its locale. */
export type FilledValue = string | number | (MessageList & { list: readonly string[] }) | MessageMoney | MessageNumber;

/**
 * A locale's messages, keyed `ruleId/messageId`. A key it lacks falls back to the rule's English table;
 * `format` fills the locale's templates (ICU MessageFormat, for example), otherwise `{{name}}` is filled.
 */
export interface MessageCatalogue {
  locale: string;
  lookup(key: string): string | undefined;
  /** A catalog word in this locale (`metric.leads`), when the locale names it. */
  term?(key: string): string | undefined;
  format?(template: string, data: Record<string, FilledValue>, locale: string): string;
}

/** The key of a message in every catalogue. */
export function messageKey(ruleId: string, messageId: string): string {
  return `${ruleId}/${messageId}`;
}

/**
 * The key of a rule's description in every catalogue. A rule id never holds a colon, so no `ruleId/messageId`
 * key can be one of these.
 */
export function descriptionKey(ruleId: string): string {
  return `description:${ruleId}`;
}

/** A rule's description in the catalogue's language, else its English one. */
export function ruleDescription(rule: { id: string; description: string }, catalogue?: MessageCatalogue): string {
  return catalogue?.lookup(descriptionKey(rule.id)) ?? rule.description;
}

/** The English template of a rule's message. An id the table lacks is a mistake in the rule: it throws. */
export function messageTemplate(rule: { id: string; messages: Record<string, string> }, messageId: string): string {
  if (!Object.hasOwn(rule.messages, messageId)) {
    throw new Error(`Rule "${rule.id}" reported the messageId "${messageId}", which its message table does not have (it has ${Object.keys(rule.messages).join(', ') || 'none'}).`);
  }
  return rule.messages[messageId]!;
}

type Table = { id: string; messages: Record<string, string> };

/** The message a user reads: the catalogue's template when it has one, else the rule's English. */
export function renderMessage(rule: Table, messageId: string, data: MessageData = {}, catalogue?: MessageCatalogue): string {
  const english = messageTemplate(rule, messageId);
  const translated = catalogue?.lookup(messageKey(rule.id, messageId));
  const locale = translated === undefined || !catalogue ? 'en' : catalogue.locale;
  // Parts are phrases of the same table, rendered first so that a template only ever receives text.
  const part = (value: string | MessagePart) => (typeof value === 'string' ? value : renderMessage(rule, value.messageId, value.data, catalogue));
  const filled: Record<string, FilledValue> = {};
  for (const [name, value] of Object.entries(data)) {
    if (isPart(value)) filled[name] = part(value);
    else if (isTerm(value)) filled[name] = termIn(value, translated === undefined ? undefined : catalogue);
    else if (typeof value === 'object' && 'list' in value) filled[name] = { ...value, list: value.list.map(part) };
    else filled[name] = value;
  }
  if (translated !== undefined && catalogue?.format) return catalogue.format(translated, filled, locale);
  return interpolate(translated ?? english, filled, locale);
}

function isPart(value: MessageValue): value is MessagePart {
  return typeof value === 'object' && 'messageId' in value;
}

function isTerm(value: MessageValue): value is MessageTerm {
  return typeof value === 'object' && 'term' in value;
}

/** A catalog word as a translated message shows it, or its English words in an English message. */
function termIn(value: MessageTerm, catalogue: MessageCatalogue | undefined): string {
  const word = catalogue?.term?.(value.term);
  if (word === undefined) return value.text;
  // "Leady" → "leady", but "CTR" and "NPS" stay as they are.
  return value.lower && /^\p{Lu}\p{Ll}/u.test(word) ? `${word[0]!.toLowerCase()}${word.slice(1)}` : word;
}

/** Fills `{{name}}` placeholders; lists, numbers and amounts are written the way `locale` writes them. */
export function interpolate(template: string, data: Record<string, FilledValue> = {}, locale = 'en'): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) => (Object.hasOwn(data, name) ? showValue(data[name]!, locale) : match));
}

// The quotation marks each language puts around an id or a value in a sentence; English keeps plain double quotes.
const QUOTES: Record<string, [string, string]> = { uk: ['«', '»'], ru: ['«', '»'], pl: ['„', '”'], ga: ['“', '”'] };

/** A filled value as text in `locale`: a plain number as written, a list joined, an amount with its currency. */
export function showValue(value: FilledValue, locale: string): string {
  if (typeof value !== 'object') return String(value);
  if ('money' in value) return formatMoney(value.money, value.currency, { locale, display: 'code' });
  if ('number' in value) return formatNumber(value.number, locale);
  const items = value.list as readonly string[];
  const [open, close] = QUOTES[locale.split('-')[0]!] ?? ['"', '"'];
  const shown = value.quoted ? items.map((item) => `${open}${item}${close}`) : items;
  return value.join === 'and' || value.join === 'or' ? formatList(shown, value.join, locale) : shown.join(value.join);
}
