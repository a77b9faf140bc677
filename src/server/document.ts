import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import type { Path } from '../index.js';
import { nodeIndex, type Place } from '../core/strategy/locate.js';

const require = createRequire(import.meta.url);
const yaml = require('yaml') as typeof Yaml;

export type { Place } from '../core/strategy/locate.js';

/**
 * A strategy as the editor holds it: read with the `yaml` package, which keeps going after a syntax error,
 * so half-typed lines still tell where the cursor is.
 */
export class StrategyDocument {
  readonly doc: Yaml.Document;
  /** The document as plain data (empty when it cannot be read). */
  readonly data: Record<string, unknown>;
  /** Paths to offsets and back (src/core/strategy/locate.ts, as fixes use them). */
  private readonly index: ReturnType<typeof nodeIndex>;

  constructor(readonly text: string) {
    this.doc = yaml.parseDocument(text, { prettyErrors: false, logLevel: 'silent', uniqueKeys: false, version: '1.2' });
    let data: unknown;
    try {
      data = this.doc.toJS({ maxAliasCount: 100 });
    } catch {
      data = undefined;
    }
    this.data = isRecord(data) ? data : {};
    this.index = nodeIndex(this.doc, yaml, text);
  }

  /** The value at a path in the data. */
  get(path: Path): unknown {
    let node: unknown = this.data;
    for (const key of path) {
      if (Array.isArray(node) && typeof key === 'number') node = node[key];
      else if (isRecord(node) && Object.hasOwn(node, String(key))) node = node[String(key)];
      else return undefined;
    }
    return node;
  }

  /** Offsets of the node at a path (its key when `target` is key); undefined when it is not in the file. */
  range(path: Path, target: 'key' | 'value' = 'value'): [number, number] | undefined {
    const span = this.index.spanOf(path, target);
    return span ? [span.offset, span.endOffset] : undefined;
  }

  /** The place of the cursor at `offset`. */
  placeAt(offset: number): Place | undefined {
    return this.index.placeAt(offset);
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
