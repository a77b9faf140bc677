import { FAILSAFE_SCHEMA, load, Type, type LoadOptions, type Schema, type State } from 'js-yaml';
import type * as Yaml from 'yaml';
import { blockAround, type Block, contentEnd, KIND, Nodes, nodeTree } from './event-tree.js';
import { type NodeTree, yamlTree } from './locate.js';
import { duplicateKeys, MAX_ALIASES, PARSE_OPTIONS, yamlPackage } from './yaml-load.js';
import { isLineBreak, startsLine } from '../text/lines.js';

// js-yaml reads a large file about ten times faster than the `yaml` package. It reads values here; the
// positions of the nodes come from its parse events, shaped like the `yaml` package's node ranges.

// YAML 1.2 core schema scalars, resolved exactly as the `yaml` package resolves them, so both loaders agree.
// Every plain scalar is tried against each type: its first character rules most of them out before the expression runs.
const scalar = (name: string, first: string, test: RegExp, construct: (text: string) => unknown) =>
  new Type(`tag:yaml.org,2002:${name}`, {
    kind: 'scalar',
    resolve: (text: unknown) => typeof text === 'string' && (text.length === 0 ? test.test(text) : first.includes(text[0]!) && test.test(text)),
    construct,
  });
const SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [
    scalar('null', '~nN', /^(?:~|[Nn]ull|NULL)?$/, () => null),
    scalar('bool', 'tTfF', /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (text) => text[0] === 't' || text[0] === 'T'),
    scalar('int', '-+0123456789', /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/, (text) =>
      text.startsWith('0o') ? parseInt(text.slice(2), 8) : text.startsWith('0x') ? parseInt(text.slice(2), 16) : parseInt(text, 10)),
    scalar('float', '-+.0123456789', /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/, (text) =>
      /nan$/i.test(text) ? NaN : /inf$/i.test(text) ? (text.startsWith('-') ? -Infinity : Infinity) : parseFloat(text)),
  ],
});

/** The YAML versions the fast loader reads: 1.2, or 1.1 after a `%YAML 1.1` directive. */
export type YamlVersion = '1.1' | '1.2';

/** Lists and mappings nested deeper than this are refused (the `yaml` package overflows its stack far below a million). */
export const MAX_DEPTH = 100;

export type FastLoad =
  | { kind: 'read'; value: unknown; tree: NodeTree<number> }
  | { kind: 'tooDeep'; offset: number }
  /**
   * Something only the `yaml` package reads the way mcm reports it: a syntax error, an alias, a directive…
   * `mistake` is where js-yaml stopped at a YAML mistake, or where a quote it read runs on over lines indented too
   * little for it (js-yaml reads on to the next quote mark, the yaml package reports the quote left open), with the
   * YAML version the text declares.
   */
  | { kind: 'unsupported'; mistake?: { offset: number; version: YamlVersion } };

// What the two parsers read differently, found by test/robustness/loaders-agree.test.ts: lone CR line breaks,
// tabs (but after the colon, inside a one-line value, before its comment, at the end of a line), stray byte-order marks,
// directives, explicit keys (? key) but in one plain shape, a document that is one block scalar with an
// indentation indicator (|2: js-yaml counts it from another indentation there, not in a list or a mapping),
// a comment glued to a closing quote or bracket ("text"#), \U escapes, a block mapping or list begun on the
// line of "---" (`--- k: v`, which js-yaml reads and the yaml package reports),
// an empty item of a list opened on a list item's line ("- -", which js-yaml merges with the items below).
// An anchor or a tag glued to a flow collection (`&a[x]`): js-yaml reads it, the yaml package reports it.
// The yaml package reads the block mapping or list around each such place alone, and where it reads that part as
// js-yaml did (values and places), js-yaml's reading stands; anywhere else the yaml package reads the whole file.
// Lone CRs and directives change how the whole text is read: such files go to it directly.
export const UNSUPPORTED = /(?:^|[\s,[{])[&!][^\s[\]{},]*[[{]|["'\]}]#|^ *(?:- +)*-(?: *\r?$| +#)/m;

// UNSUPPORTED.test(text), found faster: each alternative of the expression is looked for from the places where its
// one character can be (indexOf is a quick scan), or only when that character is in the text at all.
const SPACE = /\s/;
const FLOW_STOP = /[\s[\]{},]/;
/** Where `(?:^|[\s,[{])` holds just before `at`. */
const opensAt = (text: string, at: number) => at === 0 || SPACE.test(text[at - 1]!) || text[at - 1] === ',' || text[at - 1] === '[' || text[at - 1] === '{';
/** Adds to `into` each place of `char` where `found` holds; stops once `into` holds more than `most`. */
const collect = (text: string, char: string, found: (at: number) => boolean, into: number[], most = MAX_SPOTS) => {
  for (let at = text.indexOf(char); at !== -1 && into.length <= most; at = text.indexOf(char, at + 1)) if (found(at)) into.push(at);
  return into;
};
/** Whether `found` holds at some place of `char`. */
const someAt = (text: string, char: string, found: (at: number) => boolean) => collect(text, char, found, [], 0).length > 0;
export const unsupportedShape = (text: string): boolean => shapeSpots(text, [], 0).length > 0;
function shapeSpots(text: string, into: number[], most = MAX_SPOTS): number[] {
  // (?:^|[\s,[{])[&!][^\s[\]{},]*[[{]: an anchor or a tag glued to a flow collection.
  const glued = (at: number) => {
    if (!opensAt(text, at)) return false;
    let i = at + 1;
    while (i < text.length && !FLOW_STOP.test(text[i]!)) i++;
    return text[i] === '[' || text[i] === '{';
  };
  collect(text, '&', glued, into, most);
  collect(text, '!', glued, into, most);
  // ["'\]}]#: a comment glued to a closing quote or bracket.
  collect(text, '#', (at) => at > 0 && `"']}`.includes(text[at - 1]!), into, most);
  // ^ *(?:- +)*-(?: *\r?$| +#): a list item with nothing in it ("-" alone on its line, or after "- "), which js-yaml
  // reads even where the yaml package finds the list's items out of line.
  return collect(text, '-', (at) => emptyItem(text, at), into, most);
}

function emptyItem(text: string, at: number): boolean {
  let i = at + 1;
  while (text[i] === ' ') i++;
  // Lines end, for the expression, at any of JavaScript's line terminators.
  const ends = i >= text.length || isLineBreak(text[i]) || (text[i] === '#' && i > at + 1);
  if (!ends) return false;
  // Before it on its line: spaces, and "-" each followed by a space.
  let j = at - 1;
  while (j >= 0 && !isLineBreak(text[j])) {
    if (text[j] === '-' ? text[j + 1] !== ' ' : text[j] !== ' ') return false;
    j--;
  }
  return true;
}

// An explicit key (? key) is read alike in one shape only: a block mapping's key in plain words on its own line,
// its value in plain words on the next line, after a ":" at the same indentation, and then a line that is not
// indented deeper (the value does not go on). Any other "? " goes to the yaml package.
export const EXPLICIT_KEY = /(?:^|[\s,[{])\?(?:[ \n]|$)/m;
const EXPLICIT_PAIR = /\? ([A-Za-z_](?:[\w.-]| (?=[\w.-]))*) *\r?\n( *): ((?:[^\s\-?:,[\]{}#&*!|>'"%@`]|-(?=[^\s]))(?:[^\n#:]|:(?=[^\s:]))*?) *\r?(?:\n|$(?![\s\S]))/y;
const NOT_TEXT = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
/** Where EXPLICIT_KEY matches (its "?" at `at`), whether the key is in any other shape than the one read alike. */
const otherExplicitKey = (text: string, at: number) => {
  const next = text[at + 1];
  if (!opensAt(text, at) || !(next === ' ' || isLineBreak(next) || at + 1 === text.length)) return false;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const indent = at - lineStart;
  for (let i = lineStart; i < at; i++) if (text[i] !== ' ') return true;
  EXPLICIT_PAIR.lastIndex = at;
  const pair = EXPLICIT_PAIR.exec(text);
  if (!pair || pair[2]!.length !== indent || NOT_TEXT.test(pair[1]!)) return true;
  // The next line, if any, starts no deeper than the key and holds something: a blank line could go on with the value.
  const after = EXPLICIT_PAIR.lastIndex;
  if (after < text.length) {
    let i = after;
    while (text[i] === ' ') i++;
    if (i - after > indent || text[i] === '\n' || text[i] === '\r' || i >= text.length) return true;
  }
  return false;
};
export const explicitKeysElsewhere = (text: string) => someAt(text, '?', (at) => otherExplicitKey(text, at));
const explicitKeySpots = (text: string, into: number[]) => collect(text, '?', (at) => otherExplicitKey(text, at), into);
// A directive (a line that starts with %) is read alike in one shape only: `%YAML 1.2` or `%YAML 1.1` before the
// document's "---", with nothing but comments and blank lines above it. Any other directive goes to the yaml package
// (%TAG changes tags). After `%YAML 1.1`, plain values are resolved by the yaml package's own YAML 1.1 types (yes and
// no are booleans there, 2026-03-01 a date, 0777 an octal number).
export const DIRECTIVE = /^%/m;
const YAML_VERSION = /%YAML 1\.([12]) *(?:#[^\n]*)?\r?\n/y;
const PROLOGUE = /^(?:[ \t]*(?:#[^\n]*)?\r?\n)*$/;
const otherDirective = (text: string, at: number) => {
  if (!startsLine(text, at)) return false;
  YAML_VERSION.lastIndex = at;
  return !YAML_VERSION.test(text) || !PROLOGUE.test(text.slice(0, at));
};
export const directivesElsewhere = (text: string) => someAt(text, '%', (at) => otherDirective(text, at));
/** The YAML version a text declares in the one directive shape read alike (1.2 when it declares none). */
const declaredVersion = (text: string): YamlVersion => (text.includes('%YAML 1.1') && /^%YAML 1\.1/m.test(text) ? '1.1' : '1.2');

// After %YAML 1.1, js-yaml resolves plain values with the yaml package's YAML 1.1 types, in its order: the first whose
// expression matches decides, as in the yaml package. They are one js-yaml type (js-yaml keeps one type per tag, and
// YAML 1.1 has two for booleans, five for numbers). Built when a file first declares YAML 1.1.
let schema11: Schema | undefined;
function yaml11Schema(): Schema {
  if (schema11) return schema11;
  const yaml = yamlPackage();
  const doc = new yaml.Document(null, { ...PARSE_OPTIONS, version: '1.1' });
  type Resolve = (text: string, onError: (message: string) => void, options: unknown) => unknown;
  const tags = doc.schema.tags.flatMap((tag) => (tag.default === true && tag.test && tag.resolve ? [{ test: tag.test, resolve: tag.resolve as Resolve }] : []));
  const refuse = (message: string) => { throw new Error(message); };
  // js-yaml constructs the value right after the type says it resolves it: the matching tag is kept in between.
  let matched: (typeof tags)[number] | undefined;
  const type = new Type('tag:mcm,2026:yaml-1.1', {
    kind: 'scalar',
    resolve: (text: unknown) => typeof text === 'string' && (matched = tags.find((tag) => tag.test.test(text))) !== undefined,
    construct: (text: string) => {
      const value = matched!.resolve(text, refuse, doc.options);
      return yaml.isScalar(value) ? value.value : value;
    },
  });
  return (schema11 = FAILSAFE_SCHEMA.extend({ implicit: [type] }));
}
// A tab is read alike by both on a `key: value` line (a list item's or not) after the ":" (`usp:\tDone`), inside a
// one-line quoted value (`message: "a\tb"`, `message: 'a\tb'`), in a one-line flow list or mapping of plain words
// (`voice: [warm,\tfriendly]`), inside a plain value on one line (`message: Sale\tnow on`), before the
// comment (`name: x\t# note`) or at the end of the line. Any other line holding a tab (a tab of indentation, a plain
// value that goes on over the next lines) goes to the yaml package.
const TAB_LINE = /^( *(?:- +)?)[\w-]+:[ \t]+(?:"(?:[^"\\\n]|\\[^\n])*"|'(?:[^'\n]|'')*'|\[[^\n[\]{}#"'&*!|>%@`]*\]|\{[^\n[\]{}#"'&*!|>%@`]*\}|((?:[^\s\-?:,[\]{}#&*!|>'"%@`]|[-?:](?=[^\s]))(?:[^\n#:]|:(?=[^\s:]))*?))(?:[ \t]+#[^\n]*)?[ \t]*\r?$/;
const BLANK_LINE = /^ *\r?$/;
/** Whether the line that starts at `from`, or the first one after it that is not blank, is indented more than `column`. */
const goesOn = (text: string, from: number, column: number) => {
  for (let start = from; start < text.length;) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? text.length : end);
    if (!BLANK_LINE.test(line)) return /^ */.exec(line)![0].length > column;
    if (end === -1) return false;
    start = end + 1;
  }
  return false;
};
/** The first tab of each line that holds one in another shape than TAB_LINE's. */
const tabSpots = (text: string, into: number[]) => {
  for (let at = text.indexOf('\t'); at !== -1 && into.length <= MAX_SPOTS; at = text.indexOf('\t', at + 1)) {
    const start = text.lastIndexOf('\n', at) + 1;
    const end = text.indexOf('\n', at);
    const line = text.slice(start, end === -1 ? text.length : end);
    const shape = TAB_LINE.exec(line);
    if (!shape || (shape[2] !== undefined && end !== -1 && goesOn(text, end + 1, shape[1]!.length))) into.push(at);
    at = end === -1 ? text.length : end;
  }
  return into;
};
const BLOCK_INDICATOR = /[|>](?:[1-9][-+]?|[-+][1-9])/y;
/** Whether the text holds a block scalar's indentation indicator: tried at each | and > (rare in a strategy). */
const indicatorAt = (text: string) => (at: number) => {
  BLOCK_INDICATOR.lastIndex = at;
  return BLOCK_INDICATOR.test(text);
};
const hasBlockIndicator = (text: string): boolean => someAt(text, '|', indicatorAt(text)) || someAt(text, '>', indicatorAt(text));
const BLOCK_HEADER = /[|>](?:[1-9][-+]?|[-+][1-9])[ \t]*(?:#[^\n]*)?\r?$/gm;
/**
 * Whether a block scalar with an indentation indicator ends on lines of spaces: js-yaml keeps the spaces past its
 * indentation, the yaml package drops those lines.
 */
const spacesAtBlockEnd = (text: string, into: number[]) => {
  for (const header of text.matchAll(BLOCK_HEADER)) {
    const lineStart = text.lastIndexOf('\n', header.index) + 1;
    const indent = /^ */.exec(text.slice(lineStart, header.index))![0].length;
    let spacesLast = false;
    for (let at = text.indexOf('\n', header.index); at !== -1 && at + 1 < text.length;) {
      const end = text.indexOf('\n', at + 1);
      const line = text.slice(at + 1, end === -1 ? text.length : end).replace(/\r$/, '');
      const spaces = /^ */.exec(line)![0].length;
      if (spaces === line.length) spacesLast ||= spaces > 0;
      else if (spaces > indent) spacesLast = false;
      else break;
      at = end;
    }
    if (spacesLast) into.push(header.index);
  }
  return into;
};
// A line break escaped in a double-quoted value ("a\ at the end of a line) followed by a blank line: js-yaml drops
// the blank line, the yaml package reads a space.
const ESCAPED_BREAK_BLANK = /\\\r?\n[ \t]*\r?\n/g;

/** Places read differently are checked one by one; past this many, the yaml package reads the whole file. */
const MAX_SPOTS = 100;

/**
 * Where the text holds something js-yaml may read differently from the yaml package (see above), each checked
 * where it is; undefined when there are too many, or for what changes how the whole text is read (a line break
 * that is a lone CR, a directive).
 */
function spotsIn(text: string): number[] | undefined {
  if ((text.includes('\r') && /\r(?!\n)/.test(text)) || (text.includes('%') && directivesElsewhere(text))) return undefined;
  const spots: number[] = [];
  collect(text, '\uFEFF', () => true, spots);
  if (text.includes('\t')) tabSpots(text, spots);
  if (text.includes('\\\n') || text.includes('\\\r')) for (const found of text.matchAll(ESCAPED_BREAK_BLANK)) spots.push(found.index);
  collect(text, '\\U', () => true, spots);
  shapeSpots(text, spots);
  explicitKeySpots(text, spots);
  if (hasBlockIndicator(text)) spacesAtBlockEnd(text, spots);
  return spots.length > MAX_SPOTS ? undefined : spots;
}

/** Reads one YAML document with js-yaml, recording where every node opens and closes. */
export function fastLoad(text: string): FastLoad {
  const spots = spotsIn(text);
  if (!spots) return { kind: 'unsupported' };
  const version = text.includes('%') ? declaredVersion(text) : '1.2';
  // YAML 1.1 merges the mapping of a `<<` key into its own; an explicit key may there be a yes or a no.
  if (version === '1.1' && (text.includes('<<') || EXPLICIT_KEY.test(text))) return { kind: 'unsupported' };
  const nodes = new Nodes();
  const stack: number[] = [];
  let special = false;
  // Anchors and aliases are read here when no anchored node holds an alias and there are fewer aliases than
  // MAX_ALIASES (the yaml package refuses the hundredth alias of one anchor): then nothing can expand.
  // Anything else goes to the yaml package, which says what is wrong.
  let aliases = 0;
  let lastAlias = -1;
  let openQuote: number | undefined;
  const listener = (event: 'open' | 'close', state: State & { anchor?: string | null }) => {
    if (event === 'open') {
      stack.push(nodes.add(state.position));
      return;
    }
    const id = stack.pop()!;
    const kind: number = KIND[state.kind as keyof typeof KIND] ?? 0;
    nodes.finish(id, state.position, kind, state.result);
    if (kind === KIND.scalar && openQuote === undefined && typeof state.result === 'string') openQuote = quoteOverIndent(text, nodes.open[id]!, state.position);
    if (kind === 0 && text[skipSpace(text, nodes.open[id]!)] === '*') {
      lastAlias = id;
      if (++aliases >= MAX_ALIASES) special = true;
    } else if (kind === 0 && state.result !== null) {
      // A node without content whose value came from elsewhere, but not written as an alias: left to the yaml package.
      special = true;
    }
    // An anchor whose name ends in ":" (&a:) is read by both, with a warning from the yaml package.
    if (state.anchor !== null && state.anchor !== undefined && (lastAlias > id || state.anchor.endsWith(':'))) special = true;
    // A key that is not text (null, a number, a list) becomes a different string in each parser.
    if (typeof state.result !== 'string' && keyFollows(text, state.position)) special = true;
  };
  // maxDepth is newer than the type definitions of js-yaml.
  const options: LoadOptions & { maxDepth: number } = { schema: version === '1.1' ? yaml11Schema() : SCHEMA, listener, onWarning: () => { special = true; }, maxDepth: MAX_DEPTH };
  let value: unknown;
  try {
    value = load(text, options);
  } catch (error) {
    if (error instanceof Error && /maxDepth/.test(error.message)) return { kind: 'tooDeep', offset: nodes.open[nodes.count - 1] ?? 0 };
    const mark = (error as { mark?: { position?: unknown } }).mark;
    const offset = openQuote ?? mark?.position;
    return typeof offset === 'number' ? { kind: 'unsupported', mistake: { offset, version } } : { kind: 'unsupported' };
  }
  // An empty document is cheap to read either way, and only the yaml package tells it from a written null.
  if (special || value === null || value === undefined) return openQuote === undefined ? { kind: 'unsupported' } : { kind: 'unsupported', mistake: { offset: openQuote, version } };
  if (typeof value !== 'object' && hasBlockIndicator(text)) return { kind: 'unsupported' };
  const tree = nodeTree(text, nodes);
  if (!tree || (text.includes('---') && DOCUMENT_START_CONTENT.test(text) && !flowOrScalar(text, tree))) return { kind: 'unsupported' };
  if (spots.length && !readAlikeAround(text, nodes, tree, value, spots, version)) return { kind: 'unsupported' };
  return { kind: 'read', value, tree };
}

// Content on the line of "---" (`--- [a, b]`, `--- text`) is read alike when the document is a scalar or a flow collection.
export const DOCUMENT_START_CONTENT = /^--- *[^\s#]/m;
function flowOrScalar(text: string, tree: NodeTree<number>): boolean {
  if (tree.root === null) return false;
  const kind = tree.kind(tree.root);
  const at = tree.head(tree.root)?.[0];
  return kind === 'leaf' || (at !== undefined && text[at] === (kind === 'map' ? '{' : '['));
}

/**
 * Where a quoted scalar read from `from` to `to` opens, when one of the lines it runs over is indented no further
 * than the line it opens on: a quote left open, which js-yaml closes at the next quote mark, however far.
 */
function quoteOverIndent(text: string, from: number, to: number): number | undefined {
  const start = skipSpace(text, from);
  const quote = text[start];
  if ((quote !== '"' && quote !== "'") || text.indexOf('\n', start) >= to) return undefined;
  const indent = (lineStart: number) => {
    let i = lineStart;
    while (text[i] === ' ') i++;
    return text[i] === '\n' || text[i] === '\r' ? Infinity : i - lineStart;
  };
  const own = indent(text.lastIndexOf('\n', start) + 1);
  for (let nl = text.indexOf('\n', start); nl !== -1 && nl < to; nl = text.indexOf('\n', nl + 1)) {
    if (indent(nl + 1) <= own) return start;
  }
  return undefined;
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (text[i] === ' ' || text[i] === '\n' || text[i] === '\r') i++;
  return i;
}

function keyFollows(text: string, from: number): boolean {
  let i = from;
  while (text[i] === ' ') i++;
  return text[i] === ':';
}

/**
 * Whether the yaml package, reading alone each block mapping or list that holds a spot, reads the same values and
 * places every node where js-yaml's reading does. A tab in a block of text or an explicit key then costs the
 * reading of its channel, not of the whole file.
 */
function readAlikeAround(text: string, nodes: Nodes, tree: NodeTree<number>, value: unknown, spots: number[], version: YamlVersion): boolean {
  const parts = new Map<number, Block | RootPair>();
  let size = 0;
  for (const spot of spots) {
    const part = blockAround(text, nodes, spot) ?? rootPairAround(text, nodes, tree, value, spot);
    if (!part) return false;
    if (parts.has(part.from)) continue;
    parts.set(part.from, part);
    // Checking much of a large file in parts would cost more than reading it whole.
    if ((size += part.to - part.from) > Math.max(text.length / 4, 65_536)) return false;
  }
  for (const part of parts.values()) if (!('id' in part ? readAlike(text, nodes, tree, part, version) : readPairAlike(text, tree, value as Record<string, unknown>, part, version))) return false;
  return true;
}

/** A pair of the root mapping on lines of its own, from its key to the end of its value. */
interface RootPair {
  key: string;
  nodes: { key: number; value: number };
  from: number;
  to: number;
}

/** The pair of the root mapping that holds `spot` when no deeper block does (a tab in the text of `usp: |`). */
function rootPairAround(text: string, nodes: Nodes, tree: NodeTree<number>, value: unknown, spot: number): RootPair | undefined {
  const root = tree.root;
  if (root === null || tree.kind(root) !== 'map' || typeof value !== 'object' || value === null) return undefined;
  const rootHead = tree.head(root);
  if (!rootHead || text[rootHead[0]] === '{') return undefined;
  // Keys in document order are not always Object.keys order (a key like 2027 comes first): the last one before the spot.
  let found: RootPair | undefined;
  for (const key of Object.keys(value)) {
    const pair = tree.pair(root, key);
    const at = pair ? tree.head(pair.key)?.[0] : undefined;
    if (!pair || at === undefined || at === null) return undefined;
    if (at > spot || (found && at < found.from)) continue;
    const from = text.lastIndexOf('\n', at - 1) + 1;
    // A block of text ends where the next key starts: its last line is the last that holds something.
    let end = contentEnd(text, nodes, pair.value);
    while (end > at && /\s/.test(text[end - 1]!)) end--;
    const lastLine = text.indexOf('\n', end);
    found = { key, nodes: pair, from, to: lastLine === -1 ? text.length : lastLine + 1 };
  }
  if (!found || spot >= found.to || !/^ *$/.test(text.slice(found.from, tree.head(found.nodes.key)![0]))) return undefined;
  return found;
}

function readPart(text: string, version: YamlVersion): { yaml: typeof Yaml; doc: Yaml.Document.Parsed; value: unknown } | undefined {
  const yaml = yamlPackage();
  const doc = yaml.parseDocument(text, { ...PARSE_OPTIONS, version });
  if (doc.errors.length || doc.warnings.length || duplicateKeys(doc, yaml).length) return undefined;
  try {
    return { yaml, doc, value: doc.toJS({ maxAliasCount: MAX_ALIASES }) };
  } catch {
    return undefined;
  }
}

function readAlike(text: string, nodes: Nodes, tree: NodeTree<number>, block: Block, version: YamlVersion): boolean {
  // The block's first line keeps its column: the dashes before it become spaces.
  const read = readPart(' '.repeat(block.start - block.from) + text.slice(block.start, block.to), version);
  return read !== undefined && sameValue(read.value, nodes.result[block.id])
    && samePlaces(text, tree, block.id, yamlTree(read.doc, read.yaml), read.doc.contents as Yaml.Node | null, block.from, read.value);
}

function readPairAlike(text: string, tree: NodeTree<number>, value: Record<string, unknown>, part: RootPair, version: YamlVersion): boolean {
  const read = readPart(text.slice(part.from, part.to), version);
  if (!read || typeof read.value !== 'object' || read.value === null || Object.keys(read.value).join('\0') !== part.key) return false;
  const own = (read.value as Record<string, unknown>)[part.key];
  if (!sameValue(own, value[part.key])) return false;
  const reference = yamlTree(read.doc, read.yaml);
  const root = read.doc.contents as Yaml.Node | null;
  const pair = root && reference.kind(root) === 'map' ? reference.pair(root, part.key) : undefined;
  return Boolean(pair) && samePair(text, tree, part.nodes, reference, pair!, part.from, part.key, own);
}

/** Whether a pair's key and value have the same places in both trees. */
function samePair<R>(text: string, fast: NodeTree<number>, a: { key: number; value: number }, reference: NodeTree<R>, b: { key: R; value: R }, shift: number, key: string, value: unknown): boolean {
  if (!samePlaces(text, fast, a.key, reference, b.key, shift, key)) return false;
  if ((a.value === a.key) !== (b.value === b.key)) return false;
  return a.value === a.key || samePlaces(text, fast, a.value, reference, b.value, shift, value);
}

/** The same values: types, prototypes, keys in the same order, dates by their time, primitives by Object.is. */
function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Date) return Object.is(a.getTime(), (b as Date).getTime());
  const [keysA, keysB] = [Object.keys(a), Object.keys(b)];
  if (keysA.length !== keysB.length || keysA.some((key, i) => key !== keysB[i])) return false;
  return keysA.every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** Whether every node of `value` has the same place in both trees (`shift` is where the part read alone starts). */
function samePlaces<R>(text: string, fast: NodeTree<number>, a: number, reference: NodeTree<R>, b: R | null, shift: number, value: unknown): boolean {
  if (b === null) return false;
  const kind = fast.kind(a);
  if (kind !== reference.kind(b)) return false;
  const [hereA, hereB] = [fast.head(a), reference.head(b)];
  // Where the fast tree cannot tell, the yaml package places the node when a diagnostic asks.
  if (hereA === undefined) return true;
  if (!hereA || !hereB) return !hereA && !hereB;
  // Places are compared as they are shown: a node that goes on over more lines by its first line.
  const shown = (start: number, end: number) => {
    const lineEnd = text.indexOf('\n', start);
    return lineEnd !== -1 && end > lineEnd ? lineEnd : end;
  };
  if (hereA[0] !== hereB[0] + shift || shown(hereA[0], hereA[1]) !== shown(hereA[0], hereB[1] + shift)) return false;
  if (kind === 'map') {
    for (const key of Object.keys(value as object)) {
      const [pairA, pairB] = [fast.pair(a, key), reference.pair(b, key)];
      if (pairA === undefined) return true;
      if (!pairA || !pairB) return !pairA && !pairB;
      if (!samePair(text, fast, pairA, reference, pairB, shift, key, (value as Record<string, unknown>)[key])) return false;
    }
  }
  if (kind === 'seq') {
    const items = value as unknown[];
    for (let i = 0; i < items.length; i++) {
      const [itemA, itemB] = [fast.item(a, i), reference.item(b, i)];
      if (itemA === undefined) return true;
      if (itemA === null || itemB === null || itemB === undefined) return itemA === null && (itemB === null || itemB === undefined);
      if (!samePlaces(text, fast, itemA, reference, itemB, shift, items[i])) return false;
    }
  }
  return true;
}
