import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import { createLocator, linePosition, marker, yamlTree, type Target } from './locate.js';
import type { Path, SourceRange, SyntaxProblem } from './types.js';

/** Aliases beyond this count are refused: a few lines could otherwise expand to gigabytes. */
export const MAX_ALIASES = 100;

/** The yaml-syntax message for nesting too deep to read, with the limit when it is known. */
export function tooDeep(limit?: number): Pick<SyntaxProblem, 'messageId' | 'data'> {
  return limit ? { messageId: 'tooDeepLimit', data: { limit } } : { messageId: 'tooDeep' };
}

// The yaml package takes about 30 ms to load: only the files that need it pay for it.
const require = createRequire(import.meta.url);
let loaded: typeof Yaml | undefined;
export function yamlPackage(): typeof Yaml {
  if (!loaded) loaded = require('yaml');
  return loaded!;
}

export interface YamlLoad {
  value: unknown;
  problems: SyntaxProblem[];
  locate(path: Path, target?: Target): SourceRange;
}

/** How the `yaml` package reads a strategy (its own duplicate-key check compares each key with every earlier one: minutes for a large mapping). */
export const PARSE_OPTIONS = { uniqueKeys: false, prettyErrors: false, logLevel: 'error', version: '1.2' } as const;

/** Reads one YAML document with the `yaml` package: the reference for values, positions and syntax messages. */
export function yamlLoad(text: string): YamlLoad {
  const yaml = yamlPackage();
  const doc = yaml.parseDocument(text, PARSE_OPTIONS);
  // Lines are counted from the text itself: after some syntax errors the parser's own count stops short.
  const linePos = linePosition(text);
  const find = createLocator(yamlTree(doc, yaml), text, linePos);
  const at = marker(text, linePos);
  const locate = (path: Path, target?: Target) => find(path, target) ?? at(0);
  const problems = syntaxProblems(text, at, { duplicates: duplicateKeys(doc, yaml), first: doc.errors[0], warnings: doc.warnings });
  if (problems.some((p) => p.severity === 'error')) return { value: undefined, problems, locate };

  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIASES }), problems, locate };
  } catch (error) {
    let offset = 0;
    const missing = unresolvedAlias(doc, yaml);
    if (missing) {
      problems.push({
        severity: 'error',
        messageId: 'unknownAlias',
        data: { name: missing.name },
        range: at(missing.offset, missing.offset + missing.name.length + 1),
      });
      return { value: undefined, problems, locate };
    }
    yaml.visit(doc, { Alias(_, node) { offset = node.range?.[0] ?? 0; return yaml.visit.BREAK; } });
    const deep = error instanceof RangeError;
    problems.push({
      severity: 'error',
      ...(deep ? tooDeep() : { messageId: 'aliases', data: { limit: MAX_ALIASES } }),
      range: at(deep ? 0 : offset),
    });
    return { value: undefined, problems, locate };
  }
}

type Reported = Pick<Yaml.YAMLError, 'code' | 'message' | 'pos'>;

/**
 * What mcm reports of a reading: each duplicate key, the first error, then the warnings. After an error the parser
 * reads the rest of the file as best it can: duplicate keys and warnings found past the error are not reported.
 */
export function syntaxProblems(text: string, at: ReturnType<typeof marker>, found: { duplicates: number[]; first?: Reported; warnings: Reported[] }): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  const before = (offset: number) => !found.first || offset < found.first.pos[0];
  for (const offset of found.duplicates.filter(before)) problems.push({ severity: 'error', ...duplicateMessage(text, offset), range: at(offset, offset + 1) });
  const { first } = found;
  if (first) {
    const said = describe(first, text);
    // The yaml package reports a quote left open where its text ends, at the end of the file for a value of the root mapping.
    const open = said.messageId === 'unclosedQuote' ? quoteOpening(text, first.pos[0], first.message.includes("'") ? "'" : '"') : undefined;
    problems.push({ severity: 'error', ...said, range: open === undefined ? at(first.pos[0], first.pos[1]) : at(open, open + 1) });
  }
  for (const warning of found.warnings.filter((w) => before(w.pos[0]))) problems.push({ severity: 'warning', ...describe(warning, text), range: at(warning.pos[0], warning.pos[1]) });
  return problems;
}

/**
 * Where the text quoted with `quote` that runs on to `end` opens. Inside double-quoted text every double quote mark
 * is escaped (an odd number of backslashes before it), inside single-quoted text single quote marks come in pairs:
 * the first such quote mark before `end` that is neither opens it.
 */
function quoteOpening(text: string, end: number, quote: '"' | "'"): number | undefined {
  for (let i = Math.min(end, text.length) - 1; i >= 0; i--) {
    if (text[i] !== quote) continue;
    let run = 1;
    if (quote === '"') {
      while (text[i - run] === '\\') run++;
      if (run % 2 === 1) return i;
    } else {
      while (text[i - run] === "'") run++;
      if (run % 2 === 1) return i - run + 1;
      i -= run - 1;
    }
  }
  return undefined;
}

/** The first alias whose anchor is not defined before it, if any. */
function unresolvedAlias(doc: Yaml.Document, yaml: typeof Yaml): { name: string; offset: number } | undefined {
  const anchors = new Set<string>();
  let found: { name: string; offset: number } | undefined;
  yaml.visit(doc, {
    Node(_, node) {
      if (yaml.isAlias(node)) {
        if (!anchors.has(node.source)) {
          found = { name: node.source, offset: node.range?.[0] ?? 0 };
          return yaml.visit.BREAK;
        }
      } else if (node.anchor) anchors.add(node.anchor);
      return undefined;
    },
  });
  return found;
}

/**
 * Where each key that repeats an earlier key of the same mapping starts, in document order. Keys are equal
 * as the yaml package compares them (scalars by value), with one set per mapping, so it stays linear.
 */
export function duplicateKeys(doc: Yaml.Document.Parsed | Yaml.Document, yaml: typeof Yaml): number[] {
  const offsets: number[] = [];
  // A walk of its own: yaml.visit builds a frozen path for every node, a tenth of the reading of a large file.
  const stack: unknown[] = [doc.contents];
  while (stack.length) {
    const node = stack.pop();
    if (yaml.isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        stack.push(pair.key, pair.value);
        if (!yaml.isScalar(pair.key)) continue;
        if (seen.has(pair.key.value)) offsets.push(pair.key.range?.[0] ?? 0);
        else seen.add(pair.key.value);
      }
    } else if (yaml.isSeq(node)) {
      for (const item of node.items) stack.push(item);
    } else if (yaml.isPair(node)) {
      stack.push(node.key, node.value);
    }
  }
  return offsets.sort((a, b) => a - b);
}

function duplicateMessage(text: string, offset: number): Pick<SyntaxProblem, 'messageId' | 'data'> {
  const snippet = (/^[^:\n]*/.exec(text.slice(offset)) ?? [''])[0].trim();
  return { messageId: 'duplicateKey', data: { key: snippet } };
}

// Each problem the yaml package reports gets mcm's own words, in the user's language; its own (English)
// sentence is kept as `detail` only for the rare problems mcm has no words of its own for.
function describe(error: Reported, text: string): Pick<SyntaxProblem, 'messageId' | 'data'> {
  const message = sentence(error.message);
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return duplicateMessage(text, error.pos[0]);
    case 'TAB_AS_INDENT':
      return { messageId: 'tabIndent' };
    case 'MULTIPLE_DOCS':
      return { messageId: 'multipleDocs' };
    case 'BLOCK_AS_IMPLICIT_KEY':
      // `usp: Fast: done in 30 minutes`: the second ": " starts a mapping inside the value.
      if (/nested mappings/i.test(message)) return { messageId: 'colonInText' };
    // falls through
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BAD_INDENT':
      return /\bflow (map|sequence|collection)\b/i.test(message) ? { messageId: 'unclosedFlow' } : { messageId: 'indentation' };
    case 'MISSING_CHAR':
      if (/closing ["']?quote/i.test(message)) return { messageId: 'unclosedQuote' };
      if (/followed by map values/i.test(message)) return { messageId: 'noValue' };
      if (/comments must be separated/i.test(message)) return { messageId: 'gluedComment' };
      if (/without - indicator/i.test(message)) return { messageId: 'noDash' };
      if (/\bflow (map|sequence|collection)\b|between .* items|space after :/i.test(message)) return { messageId: 'unclosedFlow' };
      return { messageId: 'indentation' };
    case 'UNEXPECTED_TOKEN':
      return /\bflow (map|sequence|collection)\b|\bin (flow|collection)\b|empty item/i.test(message) ? { messageId: 'unclosedFlow' } : { messageId: 'parser', data: { detail: message } };
    case 'BAD_SCALAR_START':
      return { messageId: 'reservedStart', data: { char: lastWord(message) } };
    case 'BAD_DQ_ESCAPE':
      return { messageId: 'badEscape', data: { escape: lastWord(message) } };
    case 'TAG_RESOLVE_FAILED':
      // As the file writes it: `!!js/function`, not `tag:yaml.org,2002:js/function`.
      return { messageId: 'unknownTag', data: { tag: lastWord(message).replace(/^tag:yaml\.org,2002:/, '!!') } };
    default:
      // The yaml package reports its own stack overflow on very deep nesting as a plain error.
      return /call stack/i.test(error.message) ? tooDeep() : { messageId: 'parser', data: { detail: message } };
  }
}

/** The character or escape a sentence of the yaml package ends with: "… reserved character @." → "@". */
function lastWord(message: string): string {
  return (message.trim().split(/\s+/).at(-1) ?? '').replace(/\.$/, '');
}

function sentence(message: string): string {
  const first = message.split('\n')[0] ?? message;
  return /[.!?]$/.test(first) ? first : first + '.';
}
