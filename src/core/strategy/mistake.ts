import type * as Yaml from 'yaml';
import { fastLoad, type YamlVersion } from './fast-load.js';
import { lineIndex, linePosition, lineStarts, marker } from './locate.js';
import type { SyntaxProblem } from './types.js';
import { duplicateKeys, PARSE_OPTIONS, syntaxProblems, yamlPackage } from './yaml-load.js';

// After a YAML mistake the `yaml` package reads the whole file to say what is wrong and where: for 10,000 channels
// that takes longer than a whole lint of a clean file. Most mistakes sit in one item of a list, such as a channel,
// or in one pair of the root mapping: when the rest of the file, without that part, reads cleanly, the yaml package
// reads the part alone (a list item under its list's key) and says the same about it as reading the whole file.
// Only what comes before the first error is reported (see syntaxProblems): how the parser goes on after it does
// not matter, as long as nothing left open in the part can reach back past it.

/** The first line of a pair: a key in plain words, then a colon before a space or the line's end. */
const PAIR_START = /^[A-Za-z0-9_][^\n#]*?:(?:[ \t]|\r?\n|$)/;

/** A root key written alone on its line, its value below it. */
const ROOT_KEY = /^[A-Za-z_][\w-]*:[ \t]*(?:#[^\n]*)?\r?$/;

interface Item {
  /** The line of the root key whose list holds the item; none when the item is a pair of the root mapping. */
  key?: { from: number; to: number };
  /** For a list item: the column of its dash, and the line of the list's first item. */
  dash?: number;
  list?: number;
  /** The item's lines, from its dash (or its root key) to the line before the next item (or the next root key). */
  from: number;
  to: number;
}

/** The problems the yaml package reports for `text`, when the mistake js-yaml stopped at can be read where it stands. */
export function mistakeWhereItStands(text: string, offset: number, version: YamlVersion): SyntaxProblem[] | undefined {
  const lines = lineStarts(text);
  if (!rootAtFirstColumn(text, lines)) return undefined;
  const item = itemAround(text, lines, offset) ?? rootPairAround(text, lines, offset);
  if (!item) return undefined;
  // Reading much of a large file in parts would cost more than reading it whole.
  const budget = Math.max(text.length / 16, 65_536);
  // A mistake can make the items after it read differently (a quote left open ends at the next quote): the part
  // grows over the items around it until what the yaml package says first no longer depends on what follows.
  for (let more = 0, last = -1; ; more = more ? more * 4 : 1) {
    const part = more ? widen(text, lines, item, more) : item;
    if (part.to === last || part.to - part.from > budget) return undefined;
    last = part.to;
    const read = readAlone(text, part, version);
    if (read === 'open') continue;
    if (!read) return undefined;
    // The rest must read cleanly: then everything before the part reads as it does without it.
    const rest = fastLoad(text.slice(0, part.from) + text.slice(part.to));
    if (rest.kind !== 'read') return undefined;
    // A pair of the root mapping may repeat a key of the rest.
    if (!part.key) {
      const keys = rest.value;
      if (typeof keys !== 'object' || keys === null || Array.isArray(keys) || read.rootKeys.some((key) => Object.hasOwn(keys, key))) return undefined;
    }
    return syntaxProblems(text, marker(text, linePosition(text, lines)), read.found);
  }
}

type Found = Parameters<typeof syntaxProblems>[2];

/**
 * What the yaml package says of a part read alone (under its list's key), placed in the whole text; 'open' when
 * its first error may depend on what follows the part, undefined when the part cannot tell.
 */
function readAlone(text: string, item: Item, version: YamlVersion): { found: Found; rootKeys: string[] } | 'open' | undefined {
  const head = item.key ? text.slice(item.key.from, item.key.to) : '';
  const part = head + text.slice(item.from, item.to);
  const yaml = yamlPackage();
  const doc = yaml.parseDocument(part, { ...PARSE_OPTIONS, version });
  const duplicates = duplicateKeys(doc, yaml);
  const first = doc.errors[0];
  // Nothing wrong here: the mistake js-yaml stopped at may have begun in an item before.
  if (!first && !duplicates.length) return 'open';
  // The first error must lie inside the part and end before its end, and no construct still open where the part
  // ends (a quote or a bracket left open, an error that runs on to the end) may start before it: what is open
  // there would, in the whole file, go on past the part. The line after the part closes everything else.
  const end = contentEnd(part);
  const inside = (pos: readonly [number, number]) => pos[0] >= head.length && pos[1] < end;
  const before = (at: number) => !first || at < first.pos[0];
  if (first) {
    if (!inside(first.pos) || openToEnd(first, end)) return 'open';
    // A quote or a bracket left open is reported where it opens, or where the part ends: then the node that runs
    // on to the end tells where it opened.
    const opened = openedAtEnd(doc, yaml, end);
    if (opened !== undefined && opened <= first.pos[1]) return 'open';
    const openBefore = (error: Yaml.YAMLError) => error.pos[0] <= first.pos[1] && (openToEnd(error, end) || error.pos[1] >= end);
    const openSomewhere = (error: Yaml.YAMLError) => leftOpen(error) && error.pos[1] >= end && opened === undefined;
    if (doc.errors.some((error) => openBefore(error) || openSomewhere(error))) return 'open';
  }
  if (duplicates.some((at) => before(at) && at < head.length) || doc.warnings.some((w) => before(w.pos[0]) && !inside(w.pos))) return undefined;
  const shift = item.from - head.length;
  const moved = <T extends { pos: [number, number] }>(problem: T): T => ({ ...problem, pos: [problem.pos[0] + shift, problem.pos[1] + shift] });
  return {
    found: { duplicates: duplicates.map((at) => at + shift), first: first && moved(first), warnings: doc.warnings.map(moved) },
    rootKeys: rootKeysBefore(doc, yaml, first?.pos[0] ?? part.length),
  };
}

/** A list item with the one before it and `more` after it, as far as the list goes. */
function widen(text: string, lines: number[], item: Item, more: number): Item {
  if (item.dash === undefined) return item;
  const dash = item.dash;
  let from = lineIndex(lines, item.from);
  for (let i = from - 1; i >= item.list!; i--) {
    if (dashColumn(text, lines[i]) === dash) { from = i; break; }
    if (!blank(text, lines[i]!) && !deeper(text, lines[i]!, dash)) break;
  }
  let end = lineIndex(lines, item.to);
  if (item.to === text.length) end = lines.length;
  for (let n = 0; n < more && end < lines.length && dashColumn(text, lines[end]) === dash; n++) {
    let next = end + 1;
    while (next < lines.length && !endsItem(text, lines[next]!, dash)) next++;
    if (next < lines.length && !(dashColumn(text, lines[next]) === dash || startsRoot(text, lines[next]!))) break;
    end = next;
  }
  return { ...item, from: lines[from]!, to: lines[end] ?? text.length };
}

/** Whether a line is indented past a dash at `dash`. */
function deeper(text: string, from: number, dash: number): boolean {
  let i = from;
  while (text[i] === ' ') i++;
  return i - from > dash || text[i] === '\t';
}

/** Whether the document's first line of content starts at the first column (its root keys are there). */
function rootAtFirstColumn(text: string, lines: number[]): boolean {
  for (const from of lines) {
    if (blank(text, from) || text.startsWith('%', from) || /^---[ \t]*(?:#[^\n]*)?\r?(?:\n|$)/.test(text.slice(from, from + 200))) continue;
    return startsRoot(text, from);
  }
  return false;
}

/** Where the first quoted text or flow collection that runs on to the part's end opens, if any does. */
function openedAtEnd(doc: Yaml.Document.Parsed, yaml: typeof Yaml, end: number): number | undefined {
  let opened: number | undefined;
  const stack: unknown[] = [doc.contents];
  while (stack.length) {
    const node = stack.pop();
    if (yaml.isPair(node)) {
      stack.push(node.key, node.value);
      continue;
    }
    if (!yaml.isNode(node)) continue;
    const range = node.range;
    const flow = yaml.isScalar(node) ? node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' : yaml.isCollection(node) && node.flow === true;
    if (flow && range && range[1] >= end && (opened === undefined || range[0] < opened)) opened = range[0];
    if (yaml.isCollection(node)) stack.push(...(node.items as unknown[]));
  }
  return opened;
}

/** Whether an error says that a quote or a flow collection is not closed. */
function leftOpen(error: { message: string }): boolean {
  return /\bflow (?:map|sequence|collection)\b|quote/i.test(error.message);
}

/**
 * Whether an error says that a quote or a flow collection is not closed, where what would close it may lie past
 * the part. A quote the yaml package reports open before the part's end was ended by a line indented too little
 * for it, before the next quote mark: in the whole file that line ends it too, wherever the next quote mark is.
 */
function openToEnd(error: Yaml.YAMLError, end: number): boolean {
  return leftOpen(error) && !(error.code === 'MISSING_CHAR' && /quote/i.test(error.message) && error.pos[1] < end);
}

/** The keys of the part's root mapping that start before `offset`, as strings. */
function rootKeysBefore(doc: Yaml.Document.Parsed, yaml: typeof Yaml, offset: number): string[] {
  if (!yaml.isMap(doc.contents)) return [];
  return doc.contents.items.flatMap((pair) => (yaml.isScalar(pair.key) && (pair.key.range?.[0] ?? 0) < offset ? [String(pair.key.value)] : []));
}

/** The pair of the root mapping that holds `offset`, from its key's line to the next root key. */
function rootPairAround(text: string, lines: number[], offset: number): Item | undefined {
  const at = lineIndex(lines, offset);
  const keyLine = rootKeyLine(text, lines, at);
  // The pair starts with a key and its colon: a line at the first column without one is itself the mistake.
  if (keyLine < 0 || !PAIR_START.test(text.slice(lines[keyLine]!, lines[keyLine + 1] ?? text.length))) return undefined;
  let end = at + 1;
  while (end < lines.length && !startsRoot(text, lines[end]!)) end++;
  return { from: lines[keyLine]!, to: lines[end] ?? text.length };
}

/** The line of the root key at or above line `at`: it starts at the first column with something other than a comment or a dash (-1 when none does). */
function rootKeyLine(text: string, lines: number[], at: number): number {
  let line = at;
  while (line >= 0 && !startsRoot(text, lines[line]!)) line--;
  return line;
}

/** The item of a list under a root key that holds `offset`, with lines of its own from its dash to its end. */
function itemAround(text: string, lines: number[], offset: number): Item | undefined {
  const at = lineIndex(lines, offset);
  const keyLine = rootKeyLine(text, lines, at);
  if (keyLine < 0 || keyLine === at) return undefined;
  const key = { from: lines[keyLine]!, to: lines[keyLine + 1] ?? text.length };
  if (!ROOT_KEY.test(text.slice(key.from, key.to).replace(/\n$/, ''))) return undefined;
  // Its list: the first line below it that holds something, a dash at some column.
  let first = keyLine + 1;
  while (first < lines.length && blank(text, lines[first]!)) first++;
  const dash = dashColumn(text, lines[first]);
  if (dash === undefined || first > at) return undefined;
  // The item: from the last line at or above the mistake with a dash at that column to the next such line or root key.
  let start = at;
  while (start > first && dashColumn(text, lines[start]) !== dash) start--;
  if (dashColumn(text, lines[start]) !== dash) return undefined;
  let end = at + 1;
  while (end < lines.length && !endsItem(text, lines[end]!, dash)) end++;
  if (end < lines.length && !(dashColumn(text, lines[end]) === dash || startsRoot(text, lines[end]!))) return undefined;
  return { key, dash, list: first, from: lines[start]!, to: lines[end] ?? text.length };
}

const startsRoot = (text: string, from: number) => {
  const c = text[from];
  return c !== undefined && !' \t\r\n#-'.includes(c) && !text.startsWith('...', from) && !text.startsWith('%', from);
};

/** A line of spaces only, or a comment. */
const blank = (text: string, from: number) => {
  let i = from;
  while (text[i] === ' ') i++;
  return i >= text.length || text[i] === '\n' || text[i] === '\r' || text[i] === '#';
};

/** The column of a line's dash when the line is a list item (spaces, "-", then a space or the line's end). */
function dashColumn(text: string, from: number | undefined): number | undefined {
  if (from === undefined) return undefined;
  let i = from;
  while (text[i] === ' ') i++;
  const next = text[i + 1];
  return text[i] === '-' && (next === ' ' || next === '\n' || next === '\r' || next === undefined) ? i - from : undefined;
}

/** Whether a line ends the item whose dash is at `dash`: it holds something at that column or further left. */
function endsItem(text: string, from: number, dash: number): boolean {
  let i = from;
  while (text[i] === ' ' && i - from <= dash) i++;
  const c = text[i];
  return i - from <= dash && c !== undefined && !' \t\r\n#'.includes(c);
}

/** Where the last line holding something other than spaces and comments ends. */
function contentEnd(part: string): number {
  const start = lastContentLine(part);
  const lineEnd = part.indexOf('\n', start);
  return lineEnd === -1 ? part.length : lineEnd;
}

/** Where the last line holding something other than spaces and comments starts. */
function lastContentLine(part: string): number {
  let end = part.length;
  for (;;) {
    const start = part.lastIndexOf('\n', end - 2) + 1;
    if (start === 0 || !blank(part, start)) return start;
    end = start;
  }
}
