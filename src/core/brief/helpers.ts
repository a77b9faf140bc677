import { plural } from '../i18n/format.js';
import { BRIEF_MESSAGES, type BriefKey } from './messages.js';
import type { BriefLanguage } from './model.js';
import { formatDate, formatMoney, formatNumber, formatPercent } from './format.js';
import { block, codeSpan, inline, mermaidText, quote, url } from './markdown.js';

/** Where a template went wrong, for a message that names the file and the line. */
export class TemplateFault extends Error {
  override name = 'TemplateFault';
  constructor(
    message: string,
    public line?: number,
    public column?: number,
    public file?: string,
    /** A field that does not exist, for a "did you mean" hint. */
    public field?: string,
    /** The lines of the template around the problem, with a pointer under it. */
    public excerpt?: string,
  ) {
    super(message);
  }
}

type Helper = (...args: unknown[]) => string;

/** A value of the wrong kind given to a helper. */
class WrongValue extends Error {}

/**
 * A helper that takes `arity` values. Handlebars passes its options last; they carry the position of the
 * call, so a wrong or missing value is reported where it is written.
 */
function helper(name: string, usage: string, arity: [number, number], body: (args: unknown[], options: unknown) => string): Helper {
  return (...args: unknown[]) => {
    const options = args.pop();
    const start = position(options);
    const fail = (problem: string, field?: string) => new TemplateFault(field ? problem : `${problem} (${usage})`, start?.line, start ? start.column + 1 : undefined, undefined, field);
    if (args.length < arity[0] || args.length > arity[1]) {
      throw fail(`"${name}" takes ${arity[0] === arity[1] ? arity[0] : `${arity[0]} or ${arity[1]}`} value${arity[1] === 1 ? '' : 's'}, got ${args.length}`);
    }
    const missing = args.findIndex((a) => a === undefined);
    if (missing !== -1) {
      const id = idOf(options, missing);
      throw fail(id ? `"${id}" is not a field here` : `"${name}" was given a field that does not exist here`, id?.split(/[./]/).pop());
    }
    try {
      return body(args, options);
    } catch (error) {
      throw error instanceof WrongValue ? fail(`"${name}": ${error.message}`) : error;
    }
  };
}

/** How the template wrote the value at `index` (compiled with trackIds), for a message that names it. */
function idOf(options: unknown, index: number): string | undefined {
  if (options === null || typeof options !== 'object' || !('ids' in options) || !Array.isArray(options.ids)) return undefined;
  const id: unknown = options.ids[index];
  return typeof id === 'string' ? id : undefined;
}

/** Where the helper call starts: Handlebars passes it in the options as `loc`, which its types leave out. */
function position(options: unknown): { line: number; column: number } | undefined {
  if (options === null || typeof options !== 'object' || !('loc' in options)) return undefined;
  const loc = options.loc;
  if (loc === null || typeof loc !== 'object' || !('start' in loc)) return undefined;
  const start = loc.start;
  if (start === null || typeof start !== 'object' || !('line' in start) || !('column' in start)) return undefined;
  return typeof start.line === 'number' && typeof start.column === 'number' ? { line: start.line, column: start.column } : undefined;
}

function text(value: unknown): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new WrongValue(`expected text, got ${Array.isArray(value) ? 'a list' : typeof value}`);
}

function number(value: unknown): number | null {
  if (value === null) return null;
  if (typeof value !== 'number') throw new WrongValue(`expected a number, got ${typeof value}`);
  return value;
}

function ifNumber(value: unknown, format: (n: number) => string): string {
  const n = number(value);
  return n === null ? '' : format(n);
}

/** The values written after a message key ({{t "overview.heading" name=(md name)}}), as the message takes them. */
function messageValues(hash: unknown): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  if (hash === null || typeof hash !== 'object') return values;
  for (const [name, value] of Object.entries(hash)) {
    if (value === undefined) throw new WrongValue(`"${name}" was given a field that does not exist here`);
    values[name] = typeof value === 'number' ? value : text(value);
  }
  return values;
}

/** The helpers every brief template can use, in the brief's language, registered once per environment. */
export function createHelpers({ locale, t }: BriefLanguage): Record<string, Helper> {
  return {
    ...formatting(locale),
    t: helper('t', '{{t "channel.owner"}}: a sentence of the brief in its language, with values after the key (name=value)', [1, 1], ([key], options) => {
      const id = text(key);
      if (!Object.hasOwn(BRIEF_MESSAGES, id)) throw new WrongValue(`no message "${id}"`);
      return t.t(id as BriefKey, messageValues(options !== null && typeof options === 'object' && 'hash' in options ? options.hash : undefined));
    }),
  };
}

function formatting(locale: string): Record<string, Helper> {
  return {
    md: helper('md', '{{md text}}: text on one line, safe in a sentence, a heading or a table cell', [1, 1], ([value]) => inline(text(value))),
    block: helper('block', '{{block text}}: text with its line breaks and paragraphs', [1, 1], ([value]) => block(text(value))),
    quote: helper('quote', '{{quote text}}: text as a block quote', [1, 1], ([value]) => quote(text(value))),
    code: helper('code', '{{code text}}: literal text such as an id', [1, 1], ([value]) => (value === null ? '' : codeSpan(text(value)))),
    url: helper('url', '{{url address}}: a clickable web address', [1, 1], ([value]) => (value === null ? '' : url(text(value)))),
    mermaid: helper('mermaid', '{{mermaid text}}: text inside a quoted Mermaid label', [1, 1], ([value]) => mermaidText(text(value))),
    number: helper('number', '{{number 12000}} → 12,000', [1, 1], ([value]) => ifNumber(value, (n) => formatNumber(n, locale))),
    percent: helper('percent', '{{percent 0.02}} → 2%', [1, 1], ([value]) => ifNumber(value, (n) => formatPercent(n, locale))),
    money: helper('money', '{{money 3000 "EUR"}} → €3,000', [1, 2], ([value, currency]) =>
      ifNumber(value, (n) => formatMoney(n, currency === undefined ? null : text(currency), { locale }))),
    date: helper('date', '{{date "2027-06-30"}} → June 30, 2027', [1, 1], ([value]) => (value === null ? '' : formatDate(text(value), locale))),
    join: helper('join', '{{join list ", "}}: the items of a list, separated', [1, 2], ([list, separator]) => {
      if (!Array.isArray(list)) throw new WrongValue(`expected a list, got ${typeof list}`);
      return list.map(text).join(separator === undefined ? ', ' : text(separator));
    }),
    plural: helper('plural', '{{plural 2 "warning"}} → 2 warnings', [2, 2], ([count, word]) => {
      const n = number(count) ?? 0;
      return plural(n, text(word));
    }),
  };
}
