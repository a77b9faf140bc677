/*
 * The last step of every brief: Markdown that stays clean under markdownlint's defaults whatever the
 * template and the user's text. Prose is wrapped at 80 characters (MD013) without changing how it renders,
 * blank lines are collapsed (MD012), trailing spaces dropped (MD009), and the file ends with one newline.
 */

/** markdownlint's default line length (MD013). */
export const LINE_LENGTH = 80;

type Unwrappable = 'headings' | 'tables' | 'code_blocks';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}#{1,6}(?:\s|$)/;
const TABLE_ROW = /^\s*\|/;
const LEFT_AS_IS = /^\s*(?:<!--|\[[^\]]+\]:\s)/;
const LIST_OR_QUOTE = /^((?:> ?)*)( *)((?:[-*+]|\d{1,9}[.)]) +)?/;
// A word that would start a heading, a list, a quote, a rule, a fence or a table if a line began with it.
const STARTS_BLOCK = /^(?:#{1,6}|[-+*]|\d{1,9}[.)]|>.*|=+|[-*_]{3,}|[`~]{3,}.*|\|.*)$/;

export function tidy(markdown: string): string {
  const out: string[] = [];
  const overflow = new Set<Unwrappable>();
  let fence: string | undefined;
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/\s+$/, '');
    if (fence) {
      out.push(line);
      if (line.trim().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '') fence = undefined;
      else if (tooLong(line)) overflow.add('code_blocks');
      continue;
    }
    const opening = FENCE.exec(line);
    if (opening) {
      fence = opening[1];
      out.push(line);
      continue;
    }
    if (line === '') {
      if (out.length > 0 && out[out.length - 1] !== '') out.push('');
      continue;
    }
    if (HEADING.test(line) || TABLE_ROW.test(line)) {
      if (tooLong(line)) overflow.add(HEADING.test(line) ? 'headings' : 'tables');
      out.push(line);
      continue;
    }
    out.push(...(LEFT_AS_IS.test(line) ? [line] : wrap(line)));
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  if (overflow.size > 0) {
    // A heading, a table row or a diagram line cannot be wrapped without changing what it shows; the
    // file says so to markdownlint rather than failing it (only when such a line is too long).
    const settings = [...overflow].sort().map((kind) => `"${kind}": false`).join(', ');
    out.push('', '<!-- markdownlint-configure-file', `{ "MD013": { ${settings} } }`, '-->');
  }
  return out.join('\n') + '\n';
}

/** MD013's test: too long when the line, its last word counted as one character, exceeds the limit. */
function tooLong(line: string): boolean {
  return line.replace(/\S*$/u, '#').length > LINE_LENGTH;
}

/** Breaks a line of prose at spaces; continuation lines keep the quote and list indentation. */
function wrap(line: string): string[] {
  if (line.length <= LINE_LENGTH) return [line];
  const match = LIST_OR_QUOTE.exec(line)!;
  const prefix = match[0];
  const continuation = `${match[1] ?? ''}${match[2] ?? ''}${' '.repeat(match[3]?.length ?? 0)}`;
  // A code span or a link text stays on one line, unless it is too long for any line.
  const room = LINE_LENGTH - continuation.length;
  const words = units(line.slice(prefix.length).split(/ +/)).flatMap((unit) => (unit.join(' ').length <= room ? [unit.join(' ')] : unit));
  const lines: string[] = [];
  let current = prefix + (words[0] ?? '');
  for (const word of words.slice(1)) {
    if (`${current} ${word}`.length <= LINE_LENGTH || STARTS_BLOCK.test(word)) {
      current += ` ${word}`;
    } else {
      lines.push(current);
      current = continuation + word;
    }
  }
  lines.push(current);
  return lines;
}

/** Words grouped so that a code span or the text of a link is one group. */
function units(words: string[]): string[][] {
  const out: string[][] = [];
  let state: Inline = { fence: 0, brackets: 0 };
  for (const word of words) {
    if (state.fence > 0 || state.brackets > 0) out[out.length - 1]!.push(word);
    else out.push([word]);
    state = scan(word, state);
  }
  return out;
}

interface Inline {
  /** The length of the backtick fence of the open code span; 0 outside code. */
  fence: number;
  /** Link texts opened and not closed yet. */
  brackets: number;
}

function scan(text: string, state: Inline): Inline {
  let { fence, brackets } = state;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\\' && fence === 0) {
      i++; // an escaped character outside code; inside code a backslash is literal
    } else if (char === '`') {
      let run = 1;
      while (text[i + run] === '`') run++;
      if (fence === 0) fence = run;
      else if (run === fence) fence = 0;
      i += run - 1;
    } else if (fence === 0 && char === '[') {
      brackets++;
    } else if (fence === 0 && char === ']' && brackets > 0) {
      brackets--;
    }
  }
  return { fence, brackets };
}
