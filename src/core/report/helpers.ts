import type Handlebars from 'handlebars';
import { formatDate, formatNumber, formatPercent } from '../i18n/format.js';
import { ENGLISH_REPORT, type ReportKey, type ReportTranslator } from './messages.js';

type Env = typeof Handlebars;

const WEB = /^(?:https?:\/\/|mailto:)/i;
// Stands for a value while a sentence is escaped: a character no message and no user text can hold (XML forbids it).
const MARK = '\u0001';

/**
 * The helpers of the HTML templates. Each returns escaped HTML: the user's text goes through
 * escapeExpression before any markup is added around it.
 */
export function reportHelpers(hbs: Env, translator: ReportTranslator = ENGLISH_REPORT): Record<string, Handlebars.HelperDelegate> {
  const escape = (value: unknown) => hbs.Utils.escapeExpression(typeof value === 'string' || typeof value === 'number' ? String(value) : '');
  const { locale } = translator;
  return {
    /**
     * A sentence of the report in its language: `{{t "key" name=value}}`. The sentence and every text value are
     * escaped; a value that is already HTML (from `code`) goes in as it is; numbers are for plural and select.
     */
    t(key: unknown, options: Handlebars.HelperOptions) {
      const html: string[] = [];
      const values: Record<string, string | number> = {};
      for (const [name, value] of Object.entries((options.hash ?? {}) as Record<string, unknown>)) {
        if (typeof value === 'number') values[name] = value;
        else {
          html.push(value instanceof hbs.SafeString ? value.toHTML() : escape(value));
          values[name] = `${MARK}${html.length - 1}${MARK}`;
        }
      }
      const text = escape(translator.t(key as ReportKey, values));
      return new hbs.SafeString(text.replace(/\u0001(\d+)\u0001/g, (_, n: string) => html[Number(n)]!));
    },
    /** A piece of code, as HTML to pass into a sentence. */
    code: (value: unknown) => new hbs.SafeString(`<code>${escape(value)}</code>`),
    /** Paragraphs from blank lines, line breaks kept. */
    paragraphs: (value: unknown) => new hbs.SafeString(String(value ?? '').replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)
      .map((p) => `<p>${p.split('\n').map(escape).join('<br>')}</p>`).join('')),
    /** A web or mail address as a link; anything else (javascript:, data:) as plain text. */
    link: (value: unknown) => {
      const text = String(value ?? '');
      return new hbs.SafeString(WEB.test(text.trim()) ? `<a href="${escape(text.trim())}" rel="noopener noreferrer">${escape(text)}</a>` : escape(text));
    },
    join: (list: unknown, separator: unknown) => (Array.isArray(list) ? list.map(String).join(typeof separator === 'string' ? separator : ', ') : ''),
    plural: (count: unknown, word: unknown) => `${formatNumber(Number(count), locale)} ${String(word)}${count === 1 ? '' : 's'}`,
    percent: (value: unknown) => formatPercent(Number(value), locale),
    date: (value: unknown) => (typeof value === 'string' ? formatDate(value, locale) : ''),
    eq: (a: unknown, b: unknown) => a === b,
  };
}
