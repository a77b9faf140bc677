import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import { createLocator, linePosition, marker, yamlTree, type Target } from './locate.js';
import type { Path, SourceRange, SyntaxProblem } from './types.js';

/** Aliases beyond this count are refused: a few lines could otherwise expand to gigabytes. */
export const MAX_ALIASES = 100;

export function tooDeep(limit?: number): string {
  const levels = limit ? `more than ${limit} levels; ` : '';
  return `Lists or mappings are nested too deeply here for mcm to read (${levels}a strategy needs a few): check the brackets and the indentation.`;
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

/** Reads one YAML document with the `yaml` package: the reference for values, positions and syntax messages. */
export function yamlLoad(text: string): YamlLoad {
  const yaml = yamlPackage();
  const doc = yaml.parseDocument(text, { uniqueKeys: true, prettyErrors: false, logLevel: 'error', version: '1.2' });
  // Lines are counted from the text itself: after some syntax errors the parser's own count stops short.
  const linePos = linePosition(text);
  const find = createLocator(yamlTree(doc, yaml), text, linePos);
  const at = marker(text, linePos);
  const locate = (path: Path, target?: Target) => find(path, target) ?? at(0);
  const problems: SyntaxProblem[] = [];

  const errors = doc.errors.filter((e, i) => e.code === 'DUPLICATE_KEY' || i === firstNonDuplicate(doc.errors));
  for (const error of errors) {
    problems.push({ severity: 'error', message: describe(error, text), range: at(error.pos[0], error.pos[1]) });
  }
  for (const warning of doc.warnings) {
    problems.push({ severity: 'warning', message: describe(warning, text), range: at(warning.pos[0], warning.pos[1]) });
  }
  if (problems.some((p) => p.severity === 'error')) return { value: undefined, problems, locate };

  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIASES }), problems, locate };
  } catch (error) {
    let offset = 0;
    yaml.visit(doc, { Alias(_, node) { offset = node.range?.[0] ?? 0; return yaml.visit.BREAK; } });
    const deep = error instanceof RangeError;
    problems.push({
      severity: 'error',
      message: deep ? tooDeep() : `The file uses aliases (*name) that would expand to more than ${MAX_ALIASES} copies: mcm stops here to protect your machine. Write the values out, or use fewer aliases.`,
      range: at(deep ? 0 : offset),
    });
    return { value: undefined, problems, locate };
  }
}

function firstNonDuplicate(errors: Yaml.YAMLError[]): number {
  return errors.findIndex((e) => e.code !== 'DUPLICATE_KEY');
}

function describe(error: Yaml.YAMLError, text: string): string {
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
      return `${sentence(error.message).replace(/\.$/, '')}: mcm reads plain YAML values only, so this value is read as text.`;
    default:
      // The yaml package reports its own stack overflow on very deep nesting as a plain error.
      return /call stack/i.test(error.message) ? tooDeep() : sentence(error.message);
  }
}

function sentence(message: string): string {
  const first = message.split('\n')[0] ?? message;
  return /[.!?]$/.test(first) ? first : first + '.';
}
