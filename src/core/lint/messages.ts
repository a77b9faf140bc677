import { formatList } from '../i18n/format.js';

/** A list of words in a message, joined by the locale's own "and" or "or". */
export interface MessageList {
  list: readonly string[];
  join: 'and' | 'or';
  /** Each item in double quotes, as messages show ids and values. */
  quoted?: boolean;
}

/** A phrase from the same rule's message table, filled with its own data ('channel "{{id}}"'), placed into a message. */
export interface MessagePart {
  messageId: string;
  data?: MessageData;
}

export type MessageValue = string | number | MessageList | MessagePart;
export type MessageData = { [name: string]: MessageValue };

/**
 * A locale's messages, keyed `ruleId/messageId`. A key it lacks falls back to the rule's English table;
 * `format` fills the locale's templates (ICU MessageFormat, for example), otherwise `{{name}}` is filled.
 */
export interface MessageCatalogue {
  locale: string;
  lookup(key: string): string | undefined;
  format?(template: string, data: MessageData, locale: string): string;
}

/** The key of a message in every catalogue. */
export function messageKey(ruleId: string, messageId: string): string {
  return `${ruleId}/${messageId}`;
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
  const filled: Record<string, string | number | MessageList> = {};
  for (const [name, value] of Object.entries(data)) {
    filled[name] = isPart(value) ? renderMessage(rule, value.messageId, value.data, catalogue) : value;
  }
  if (translated !== undefined && catalogue?.format) return catalogue.format(translated, filled, locale);
  return interpolate(translated ?? english, filled, locale);
}

function isPart(value: MessageValue): value is MessagePart {
  return typeof value === 'object' && 'messageId' in value;
}

/** Fills `{{name}}` placeholders; lists are joined the way `locale` joins them. */
export function interpolate(template: string, data: Record<string, string | number | MessageList> = {}, locale = 'en'): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) => (Object.hasOwn(data, name) ? showValue(data[name]!, locale) : match));
}

function showValue(value: string | number | MessageList, locale: string): string {
  if (typeof value !== 'object') return String(value);
  return formatList(value.quoted ? value.list.map((item) => `"${item}"`) : value.list, value.join, locale);
}
