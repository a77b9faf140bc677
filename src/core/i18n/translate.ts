// A command's own sentences (brief, report, track, init, the CLI's errors and help), keyed, in ICU MessageFormat.
// English is the source table, in code next to the command; another language is a table with the same keys,
// which the CLI reads from `locales/<domain>.<locale>.json` and passes in. What a table lacks stays English.
import type { MessageFormatClass } from './catalogue.js';
import { DEFAULT_LOCALE } from './format.js';

/** Message key → ICU MessageFormat template. */
export type MessageTable = Readonly<Record<string, string>>;

/**
 * The values of a message. Numbers are for `plural` and `select`; a number shown as such is formatted by the
 * caller with `formatNumber`/`formatMoney`/`formatDate` of `format.ts` in the same locale and passed as a string.
 */
export type MessageValues = Readonly<Record<string, string | number | undefined>>;

export interface Translator<K extends string = string> {
  readonly locale: string;
  /** The sentence of `key` in the translator's language, its placeholders filled. */
  t(key: K, values?: MessageValues): string;
}

/** The translator of a command's English source table (an `as const` object): its `t` takes the table's keys. */
export type TranslatorOf<Table> = Translator<Extract<keyof Table, string>>;

/**
 * A translator over `english` (the source) and `table` (the language's, by the same keys). An unknown key
 * throws: it is a bug in mcm, never the user's input.
 */
export function createTranslator<K extends string>(
  english: Readonly<Record<K, string>>,
  MessageFormat: MessageFormatClass,
  { locale = DEFAULT_LOCALE, table }: { locale?: string; table?: MessageTable } = {},
): Translator<K> {
  const compiled = new Map<string, InstanceType<MessageFormatClass>>();
  const compile = (template: string, at: string) => {
    const id = `${at}\u0000${template}`;
    let message = compiled.get(id);
    if (!message) {
      message = new MessageFormat(template, at);
      compiled.set(id, message);
    }
    return message;
  };
  return {
    locale,
    t(key, values = {}) {
      if (!Object.hasOwn(english, key)) throw new Error(`No message "${key}" in the English table.`);
      const own = table && Object.hasOwn(table, key) ? table[key] : undefined;
      const [template, at] = own === undefined ? [english[key], DEFAULT_LOCALE] : [own, locale];
      const filled: Record<string, string | number> = {};
      for (const [name, value] of Object.entries(values)) if (value !== undefined) filled[name] = value;
      return String(compile(template, at === DEFAULT_LOCALE ? 'en' : at).format(filled));
    },
  };
}
