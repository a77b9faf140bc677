import { createRequire } from 'node:module';
import type { Ajv2020 as Ajv } from 'ajv/dist/2020.js';
import { isRecord } from '../strategy/describe.js';
import type { Path } from '../strategy/types.js';
import { SEVERITY_RANK, type SeveritySetting } from './diagnostic.js';
import { defineRule, type Rule } from './define-rule.js';
import { configError } from '../messages/config-errors.js';

/** The functions a declarative rule's `then` can call. */
export const DECLARATIVE_FUNCTIONS = ['truthy', 'falsy', 'pattern', 'enumeration', 'length', 'contains', 'schema'] as const;
export type DeclarativeFunction = (typeof DECLARATIVE_FUNCTIONS)[number];

/** A rule written in the configuration, without code (`define:`). */
export interface DeclarativeRule {
  description: string;
  severity?: SeveritySetting;
  /** JSONPath over the strategy: the nodes the rule looks at. */
  given: string;
  /** A key (or dotted keys) under each node: the value checked instead of the node itself. */
  field?: string;
  then: { function: DeclarativeFunction } & Record<string, unknown>;
  message: string;
  docsUrl?: string;
}

const NAMESPACED = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
const KEYS = ['description', 'severity', 'given', 'field', 'then', 'message', 'docsUrl'];
const OPTIONS: Record<DeclarativeFunction, string[]> = {
  truthy: [], falsy: [], pattern: ['match', 'notMatch'], enumeration: ['values'], length: ['min', 'max'], contains: ['value'], schema: ['schema'],
};

// Both libraries are loaded only when a configuration defines rules: most runs never need them.
const require = createRequire(import.meta.url);
type JsonPathResult = { value: unknown; path: string };
type JsonPathFn = (options: { path: string; json: unknown; resultType: 'all'; wrap: true; eval: 'safe' }) => JsonPathResult[];
let jsonPath: { JSONPath: JsonPathFn & { toPathArray(path: string): string[] } } | undefined;
const loadJsonPath = () => (jsonPath ??= require('jsonpath-plus') as NonNullable<typeof jsonPath>);

/**
 * Checks a `define:` entry and turns it into an ordinary rule. Throws UserError naming `source` and the key
 * for anything it cannot run.
 */
export function declarativeRule(id: string, spec: unknown, source: string): Rule {
  const where = { source, id };
  if (!NAMESPACED.test(id)) throw configError('config.define.namespace', { ...where, example: `acme/${id.replace(/^.*\//, '') || 'my-rule'}` });
  if (!isRecord(spec)) throw configError('config.define.mapping', where);
  for (const key of Object.keys(spec)) if (!KEYS.includes(key)) throw configError('config.define.unknownKey', { ...where, key, keys: KEYS.join(', ') });
  for (const key of ['description', 'given', 'message'] as const) {
    if (typeof spec[key] !== 'string' || spec[key] === '') throw configError('config.define.text', { ...where, key });
  }
  if (spec.field !== undefined && (typeof spec.field !== 'string' || spec.field === '')) throw configError('config.define.field', where);
  const severity = spec.severity ?? 'warning';
  if (typeof severity !== 'string' || !Object.hasOwn(SEVERITY_RANK, severity)) throw configError('config.define.severity', { ...where, value: String(JSON.stringify(severity)) });
  const given = spec.given as string;
  if (!given.startsWith('$')) throw configError('config.define.givenStart', where);
  try {
    loadJsonPath().JSONPath({ path: given, json: {}, resultType: 'all', wrap: true, eval: 'safe' });
  } catch (error) {
    throw configError('config.define.givenInvalid', { ...where, detail: String((error as Error).message) });
  }
  const then = spec.then;
  if (!isRecord(then)) throw configError('config.define.then', { ...where, example: '{ function: truthy }' });
  const fn = then.function as DeclarativeFunction;
  if (!DECLARATIVE_FUNCTIONS.includes(fn)) throw configError('config.define.function', { ...where, functions: DECLARATIVE_FUNCTIONS.join(', '), value: String(JSON.stringify(then.function)) });
  for (const key of Object.keys(then)) {
    if (key !== 'function' && !OPTIONS[fn].includes(key)) {
      throw OPTIONS[fn].length ? configError('config.define.option', { ...where, key, function: fn, options: OPTIONS[fn].join(', ') }) : configError('config.define.noOption', { ...where, key, function: fn });
    }
  }
  const test = compile(fn, then, where);
  const definition = spec as unknown as DeclarativeRule;
  const field = definition.field?.split('.');

  return defineRule({
    id,
    description: definition.description,
    severity: { recommended: severity as SeveritySetting, strict: severity as SeveritySetting },
    messages: { failed: definition.message },
    ...(definition.docsUrl ? { docsUrl: definition.docsUrl } : {}),
    check(context) {
      const { JSONPath } = loadJsonPath();
      const found = JSONPath({ path: given, json: context.strategy, resultType: 'all', wrap: true, eval: 'safe' })
        .map((r) => ({ value: r.value, path: toPath(JSONPath.toPathArray(r.path), context.strategy) }));
      const targets = found.map(({ value, path }) => {
        if (!field) return { value, path, present: true };
        let node = value;
        for (const key of field) {
          if (!isRecord(node) || !Object.hasOwn(node, key)) return { value: undefined, path, present: false };
          node = node[key];
        }
        return { value: node, path: [...path, ...field], present: true };
      });
      if (fn === 'contains') {
        const value = then.value;
        const has = targets.some((t) => t.value === value || (Array.isArray(t.value) && t.value.includes(value)));
        if (!has) context.report({ messageId: 'failed', path: commonPrefix(found.map((f) => f.path)), data: { value: show(value) } });
        return;
      }
      for (const target of targets) {
        const problem = test(target.value, target.present);
        if (problem !== undefined) context.report({ messageId: 'failed', path: target.path, data: { value: show(target.value), error: problem } });
      }
    },
  });
}

/** The test of one function: undefined when the value passes, else why it does not. */
function compile(fn: DeclarativeFunction, then: Record<string, unknown>, where: { source: string; id: string }): (value: unknown, present: boolean) => string | undefined {
  switch (fn) {
    case 'truthy':
      return (value) => (value ? undefined : 'missing or empty');
    case 'falsy':
      return (value) => (value ? 'present' : undefined);
    case 'contains':
      if (then.value === undefined) throw configError('config.define.containsValue', where);
      return () => undefined;
    case 'pattern': {
      if (then.match === undefined && then.notMatch === undefined) throw configError('config.define.patternMatch', where);
      const regex = (key: 'match' | 'notMatch') => {
        if (then[key] === undefined) return undefined;
        if (typeof then[key] !== 'string') throw configError('config.define.regexText', { ...where, key });
        try {
          return new RegExp(then[key], 'u');
        } catch (error) {
          throw configError('config.define.regexInvalid', { ...where, key, detail: String((error as Error).message) });
        }
      };
      const match = regex('match');
      const notMatch = regex('notMatch');
      return (value, present) => {
        if (!present || typeof value !== 'string') return undefined;
        if (match && !match.test(value)) return `does not match ${match.source}`;
        if (notMatch?.test(value)) return `matches ${notMatch.source}`;
        return undefined;
      };
    }
    case 'enumeration': {
      if (!Array.isArray(then.values) || then.values.length === 0) throw configError('config.define.enumerationValues', where);
      const values = then.values;
      return (value, present) => (!present || value === undefined || values.includes(value) ? undefined : `not one of ${values.map(show).join(', ')}`);
    }
    case 'length': {
      for (const key of ['min', 'max'] as const) {
        if (then[key] !== undefined && (typeof then[key] !== 'number' || !Number.isFinite(then[key]))) throw configError('config.define.number', { ...where, key });
      }
      if (then.min === undefined && then.max === undefined) throw configError('config.define.lengthBounds', where);
      const min = then.min as number | undefined;
      const max = then.max as number | undefined;
      return (value, present) => {
        if (!present) return undefined;
        const size = typeof value === 'string' ? [...value].length : Array.isArray(value) ? value.length : isRecord(value) ? Object.keys(value).length : typeof value === 'number' ? value : undefined;
        if (size === undefined) return undefined;
        if (min !== undefined && size < min) return `${size} is under ${min}`;
        if (max !== undefined && size > max) return `${size} is over ${max}`;
        return undefined;
      };
    }
    case 'schema': {
      if (!isRecord(then.schema)) throw configError('config.define.schemaMissing', where);
      const { Ajv2020 } = require('ajv/dist/2020.js') as { Ajv2020: typeof Ajv };
      let validate;
      try {
        validate = new Ajv2020({ allErrors: false, strict: false }).compile(then.schema);
      } catch (error) {
        throw configError('config.define.schemaInvalid', { ...where, detail: String((error as Error).message) });
      }
      return (value, present) => {
        if (!present || validate(value)) return undefined;
        const error = validate.errors?.[0];
        return `${error?.instancePath ? `${error.instancePath.slice(1)} ` : ''}${error?.message ?? 'does not match the schema'}`;
      };
    }
  }
}

/** JSONPath's path array (`$`, then keys as text) as the path of a node, with array indexes as numbers. */
function toPath(parts: string[], root: unknown): Path {
  const path: (string | number)[] = [];
  let node = root;
  for (const part of parts.slice(1)) {
    if (Array.isArray(node)) {
      const index = Number(part);
      path.push(index);
      node = node[index];
    } else {
      path.push(part);
      node = isRecord(node) ? node[part] : undefined;
    }
  }
  return path;
}

/** The deepest node every result lies in: where a finding about all of them points (`$.channels[*].type` → channels). */
function commonPrefix(paths: Path[]): Path {
  if (!paths.length) return [];
  const [first, ...rest] = paths;
  let length = first!.length;
  for (const path of rest) {
    let i = 0;
    while (i < length && i < path.length && path[i] === first![i]) i++;
    length = i;
  }
  const prefix = first!.slice(0, length);
  // A single result: the list that holds it, rather than the one value.
  if (!rest.length) while (prefix.length && typeof prefix[prefix.length - 1] !== 'number') prefix.pop();
  if (!rest.length && prefix.length) prefix.pop();
  return prefix;
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value) ?? 'nothing';
}
