import { fastLoad, MAX_DEPTH } from './fast-load.js';
import { createLocator, linePosition, marker, type Target } from './locate.js';
import { mistakeWhereItStands } from './mistake.js';
import type { Path, SourceRange, SyntaxProblem } from './types.js';
import { tooDeep, yamlLoad } from './yaml-load.js';

export { MAX_ALIASES } from './yaml-load.js';
export { MAX_DEPTH };

export interface ParsedSource {
  text: string;
  /** The document as plain data; undefined when it could not be read. */
  value: unknown;
  problems: SyntaxProblem[];
  locate(path: Path, target?: Target): SourceRange;
  /** Which parser read the values: js-yaml for speed, or the `yaml` package, the reference for everything else. */
  loader: 'js-yaml' | 'yaml';
}

export interface ParseOptions {
  /** `yaml` forces the reference parser; `auto` (the default) takes the fast one where it reads the file the same way. */
  loader?: 'auto' | 'yaml';
}

/** Files larger than this are refused before parsing: a strategy of 10,000 channels is about 6 MB. */
export const MAX_BYTES = 10 * 1024 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();

/** Reads bytes or text as one YAML document, keeping the position of every node. */
export function parseSource(input: string | Uint8Array, options: ParseOptions = {}): ParsedSource {
  if (input.length > MAX_BYTES) return tooLarge(typeof input === 'string' ? input.slice(0, 10_000) : '');
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

  const nul = text.indexOf('\0');
  if (nul !== -1) {
    const at = marker(text, linePosition(text));
    return failed(text, [{ severity: 'error', messageId: 'binary', range: at(nul) }]);
  }
  // Lines ended by a carriage return alone (classic Mac OS): the yaml package, as most YAML tools, reads one line.
  if (!text.includes('\n')) {
    const cr = text.indexOf('\r');
    if (cr !== -1 && cr < text.length - 1) return failed(text, [{ severity: 'error', messageId: 'loneCr', range: marker(text, linePosition(text))(cr) }]);
  }
  const fast = options.loader === 'yaml' ? undefined : fastLoad(text);
  if (fast?.kind === 'tooDeep') {
    const at = marker(text, linePosition(text));
    return failed(text, [{ severity: 'error', ...tooDeep(MAX_DEPTH), range: at(fast.offset) }]);
  }
  if (fast?.kind === 'unsupported' && fast.mistake) {
    const problems = mistakeWhereItStands(text, fast.mistake.offset, fast.mistake.version);
    if (problems) {
      let reference: ((path: Path, target?: Target) => SourceRange) | undefined;
      const locate = (path: Path, target?: Target) => (reference ??= yamlLoad(text).locate)(path, target);
      return { text, value: undefined, problems, locate, loader: 'yaml' };
    }
  }
  if (fast?.kind !== 'read') {
    const { value, problems, locate } = yamlLoad(text);
    return withEmptyCheck({ text, value, problems, locate, loader: 'yaml' });
  }
  const linePos = linePosition(text);
  const find = createLocator(fast.tree, text, linePos);
  // Where the fast tree cannot tell (rare shapes of YAML), the yaml package places the node.
  let reference: ((path: Path, target?: Target) => SourceRange) | undefined;
  const locate = (path: Path, target?: Target) => find(path, target) ?? (reference ??= yamlLoad(text).locate)(path, target);
  return withEmptyCheck({ text, value: fast.value, problems: [], locate, loader: 'js-yaml' });
}

function withEmptyCheck(parsed: ParsedSource): ParsedSource {
  if (parsed.problems.some((p) => p.severity === 'error') || (parsed.value !== null && parsed.value !== undefined)) return parsed;
  const at = marker(parsed.text, linePosition(parsed.text));
  parsed.problems.push({ severity: 'error', messageId: 'empty', range: at(0) });
  return { ...parsed, value: undefined };
}

function failed(text: string, problems: SyntaxProblem[]): ParsedSource {
  return { text, value: undefined, problems, locate: () => ({ line: 1, column: 1, endLine: 1, endColumn: 2 }), loader: 'yaml' };
}

function tooLarge(text: string): ParsedSource {
  return failed(text, [{
    severity: 'error',
    messageId: 'tooLarge',
    data: { limit: MAX_BYTES / 1024 / 1024 },
    range: { line: 1, column: 1, endLine: 1, endColumn: 2 },
  }]);
}

function unreadable(bytes: Uint8Array): ParsedSource {
  const text = new TextDecoder('utf-8').decode(bytes);
  // The first replacement character that is not in the file itself marks the first byte that is not UTF-8.
  let offset = text.indexOf('\uFFFD');
  let from = 0;
  let byte = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0; // the decoder drops a byte-order mark
  while (offset !== -1) {
    byte += encoder.encode(text.slice(from, offset)).length;
    from = offset;
    if (!(bytes[byte] === 0xef && bytes[byte + 1] === 0xbf && bytes[byte + 2] === 0xbd)) break;
    offset = text.indexOf('\uFFFD', offset + 1);
  }
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return failed(text, [{
    severity: 'error',
    messageId: 'notUtf8',
    range: { line, column, endLine: line, endColumn: column + 1 },
  }]);
}
