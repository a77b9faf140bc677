import { parseSource, type ParsedSource } from './parse.js';
import { sanitize, type LintStrategy } from './sanitize.js';
import { checkSchema, type SchemaProblem } from './schema-check.js';

/** A strategy file read once: its source with positions, what the schema says of it, and the strategy rules see. */
export interface LoadedStrategy {
  source: ParsedSource;
  /** Empty when the file could not be read as YAML. */
  schemaProblems: SchemaProblem[];
  /** Undefined when the file could not be read as YAML. */
  strategy: LintStrategy | undefined;
}

/** Parses, checks against the schema and sanitizes: what `lint` and `renderBrief` both start from. */
export function loadStrategy(input: string | Uint8Array): LoadedStrategy {
  const source = parseSource(input);
  if (source.value === undefined) return { source, schemaProblems: [], strategy: undefined };
  const schemaProblems = checkSchema(source.value);
  return { source, schemaProblems, strategy: sanitize(source.value, schemaProblems) };
}

export function isLoadedStrategy(input: string | Uint8Array | LoadedStrategy): input is LoadedStrategy {
  return typeof input === 'object' && 'source' in input;
}
