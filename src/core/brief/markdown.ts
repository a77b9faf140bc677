/*
 * User text in Markdown. The text is shown as the user wrote it: characters that Markdown would read as
 * structure (emphasis, links, HTML, table pipes, a heading or list marker at the start of a line) get a
 * backslash, which CommonMark removes when rendering. Nothing is HTML-escaped.
 */

const URL_OR_EMAIL = /\bhttps?:\/\/[^\s<>]+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;
// Punctuation that ends a sentence is not part of the address (the same rule GitHub applies).
const TRAILING_PUNCTUATION = /[.,:;!?'")\]]+$/;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** Text on one line, for a sentence, a list item, a heading or a table cell: line breaks become spaces. */
export function inline(text: string): string {
  const line = clean(text).replace(/\s+/g, ' ').trim();
  return escapeLine(line);
}

/** Text that may hold several lines and paragraphs: line breaks are kept as Markdown hard breaks. */
export function block(text: string): string {
  return paragraphs(text).map((lines) => lines.map(escapeLine).join('\\\n')).join('\n\n');
}

/** A quotation: the text as a block quote, every line marked with `>`. */
export function quote(text: string): string {
  const body = block(text);
  if (!body) return '';
  return body.split('\n').map((line) => (line ? `> ${line}` : '>')).join('\n');
}

/** Literal text in a code span, with a fence longer than any run of backticks inside it. */
export function codeSpan(text: string): string {
  const value = clean(text).replace(/\s+/g, ' ').trim();
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = value.startsWith('`') || value.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`;
}

/**
 * A web address as a link that stays clickable. Anything else (an address Markdown cannot link, or a scheme
 * such as javascript: that no brief should make clickable) is shown as code.
 */
export function url(address: string): string {
  const value = clean(address).trim();
  return /^(?:https?:\/\/|mailto:|tel:)[^\s<>]+$/i.test(value) ? `<${value}>` : codeSpan(value);
}

/** Text inside a quoted Mermaid label: quotes and markup become Mermaid entity codes. */
export function mermaidText(text: string): string {
  return clean(text).replace(/\s+/g, ' ').trim()
    .replace(/[#"<>&`]/g, (char) => `#${char.codePointAt(0)};`);
}

function clean(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(CONTROL, '');
}

/** Paragraphs (separated by blank lines) of trimmed, non-empty lines. */
function paragraphs(text: string): string[][] {
  return clean(text).split(/\n[ \u00a0]*\n\s*/)
    .map((p) => p.split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean))
    .filter((lines) => lines.length > 0);
}

/** Escapes one line of text, leaving web addresses and e-mail addresses as autolinks. */
function escapeLine(line: string): string {
  let out = '';
  let last = 0;
  for (const match of line.matchAll(URL_OR_EMAIL)) {
    const address = match[0].replace(TRAILING_PUNCTUATION, '');
    // A pipe would split a table cell even inside a link; %7C is the same address.
    out += escapeText(line.slice(last, match.index), last === 0) + `<${address.replace(/\|/g, '%7C')}>`;
    last = match.index + address.length;
  }
  return out + escapeText(line.slice(last), last === 0);
}

function escapeText(text: string, atLineStart: boolean): string {
  let out = text
    .replace(/[\\`*[\]<|~$]/g, '\\$&')
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
    .replace(/(\s)(#+)$/, (_, space: string, hashes: string) => space + hashes.replace(/#/g, '\\#'));
  if (atLineStart) {
    out = out.replace(/^([#>+=-])/, '\\$1').replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
  }
  return out;
}
