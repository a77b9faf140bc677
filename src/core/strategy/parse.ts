import { LineCounter, parseDocument, visit, type YAMLError } from 'yaml';
import { createLocator, type Target } from './locate.js';
import type { Path, SourceRange } from './types.js';

export interface SyntaxProblem {
  message: string;
  range: SourceRange;
  severity: 'error' | 'warning';
}

export interface ParsedSource {
  text: string;
  /** The document as plain data; undefined when it could not be read. */
  value: unknown;
  problems: SyntaxProblem[];
  locate(path: Path, target?: Target): SourceRange;
}

/** Aliases beyond this count are refused: a few lines could otherwise expand to gigabytes. */
export const MAX_ALIASES = 100;

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads bytes or text as one YAML document, keeping the position of every node. */
export function parseSource(input: string | Uint8Array): ParsedSource {
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    try {
      text = decoder.decode(input);
    } catch {
      return unreadable(input);
    }
  }
  // Editors hide a byte-order mark: positions count from the first visible character, as they do.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, logLevel: 'error', version: '1.2' });
  const locate = createLocator(doc, lineCounter, text);
  const at = (offset: number, end = offset + 1): SourceRange => {
    // yaml often places an error at the start of the line: point at the first character that is there.
    while (text[offset] === ' ') offset++;
    end = Math.max(end, offset + 1);
    const s = lineCounter.linePos(offset);
    const e = lineCounter.linePos(Math.max(end, offset + 1));
    return { line: s.line, column: s.col, endLine: e.line, endColumn: e.line === s.line ? e.col : s.col + 1 };
  };
  const problems: SyntaxProblem[] = [];

  const nul = text.indexOf('\0');
  if (nul !== -1) {
    problems.push({ severity: 'error', message: 'This file holds binary data, not a YAML strategy.', range: at(nul) });
    return { text, value: undefined, problems, locate };
  }
  const errors = doc.errors.filter((e, i) => e.code === 'DUPLICATE_KEY' || i === firstNonDuplicate(doc.errors));
  for (const error of errors) {
    problems.push({ severity: 'error', message: describe(error, text), range: at(error.pos[0], error.pos[1]) });
  }
  for (const warning of doc.warnings) {
    problems.push({ severity: 'warning', message: describe(warning, text), range: at(warning.pos[0], warning.pos[1]) });
  }
  if (problems.some((p) => p.severity === 'error')) return { text, value: undefined, problems, locate };

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch {
    let offset = 0;
    visit(doc, { Alias(_, node) { offset = node.range?.[0] ?? 0; return visit.BREAK; } });
    problems.push({
      severity: 'error',
      message: `The file uses aliases (*name) that would expand to more than ${MAX_ALIASES} copies: mcm stops here to protect your machine. Write the values out, or use fewer aliases.`,
      range: at(offset),
    });
    return { text, value: undefined, problems, locate };
  }
  if (value === null || value === undefined) {
    problems.push({ severity: 'error', message: 'The file is empty: a strategy starts with "mcm: 1" (run "mcm init" to draft one).', range: at(0) });
    return { text, value: undefined, problems, locate };
  }
  return { text, value, problems, locate };
}

function firstNonDuplicate(errors: YAMLError[]): number {
  return errors.findIndex((e) => e.code !== 'DUPLICATE_KEY');
}

function describe(error: YAMLError, text: string): string {
  const snippet = (/^[^:\n]*/.exec(text.slice(error.pos[0])) ?? [''])[0].trim();
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return `The key "${snippet}" appears twice in the same place: keep one.`;
    case 'TAB_AS_INDENT':
      return 'A tab indents this line: YAML indents with spaces only.';
    case 'MULTIPLE_DOCS':
      return 'The file holds more than one YAML document (a second "---"): a strategy is one document.';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
    case 'MISSING_CHAR':
    case 'BAD_INDENT':
      return `${sentence(error.message)} Check the indentation of this line; text that contains ": " or " #" needs quotes.`;
    case 'TAG_RESOLVE_FAILED':
      return `${sentence(error.message)}: mcm reads plain YAML values only, so this value is read as text.`;
    default:
      return sentence(error.message);
  }
}

function sentence(message: string): string {
  const first = message.split('\n')[0] ?? message;
  return /[.!?]$/.test(first) ? first : first + '.';
}

function unreadable(bytes: Uint8Array): ParsedSource {
  // Count the lines before the first byte that is not UTF-8, so the message can point at it.
  let offset = 0;
  for (let step = bytes.length; step >= 1; step = Math.floor(step / 2)) {
    while (offset + step <= bytes.length && validUtf8(bytes.subarray(0, offset + step))) offset += step;
  }
  // The prefix may end inside a multi-byte character that the bad byte interrupted: drop that part.
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset)).replace(/\uFFFD+$/, '');
  const lines = before.split('\n');
  const line = lines.length;
  const column = (lines[line - 1] ?? '').length + 1;
  const text = new TextDecoder('utf-8').decode(bytes);
  return {
    text,
    value: undefined,
    problems: [{
      severity: 'error',
      message: 'This file is not UTF-8 text: save it as UTF-8 (most editors offer it under "Save with encoding").',
      range: { line, column, endLine: line, endColumn: column + 1 },
    }],
    locate: () => ({ line: 1, column: 1, endLine: 1, endColumn: 2 }),
  };
}

function validUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}
