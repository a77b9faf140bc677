import type Handlebars from 'handlebars';
import { formatDate, formatNumber } from '../brief/format.js';

type Env = typeof Handlebars;

const WEB = /^(?:https?:\/\/|mailto:)/i;

/**
 * The helpers of the HTML templates. Each returns escaped HTML: the user's text goes through
 * escapeExpression before any markup is added around it.
 */
export function reportHelpers(hbs: Env): Record<string, Handlebars.HelperDelegate> {
  const escape = (value: unknown) => hbs.Utils.escapeExpression(typeof value === 'string' || typeof value === 'number' ? String(value) : '');
  return {
    /** Paragraphs from blank lines, line breaks kept. */
    paragraphs: (value: unknown) => new hbs.SafeString(String(value ?? '').replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)
      .map((p) => `<p>${p.split('\n').map(escape).join('<br>')}</p>`).join('')),
    /** A web or mail address as a link; anything else (javascript:, data:) as plain text. */
    link: (value: unknown) => {
      const text = String(value ?? '');
      return new hbs.SafeString(WEB.test(text.trim()) ? `<a href="${escape(text.trim())}" rel="noopener noreferrer">${escape(text)}</a>` : escape(text));
    },
    join: (list: unknown, separator: unknown) => (Array.isArray(list) ? list.map(String).join(typeof separator === 'string' ? separator : ', ') : ''),
    plural: (count: unknown, word: unknown) => `${formatNumber(Number(count))} ${String(word)}${count === 1 ? '' : 's'}`,
    date: (value: unknown) => (typeof value === 'string' ? formatDate(value) : ''),
    eq: (a: unknown, b: unknown) => a === b,
  };
}
