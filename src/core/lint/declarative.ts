import { createRequire } from 'node:module';
import type { Ajv2020 as Ajv } from 'ajv/dist/2020.js';
import { isRecord } from '../strategy/describe.js';
import type { Path } from '../strategy/types.js';
import { SEVERITY_RANK, type SeveritySetting } from './diagnostic.js';
import { defineRule, type Rule } from './define-rule.js';
import { UserError } from '../errors.js';

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
  const where = `${source}: define "${id}"`;
  if (!NAMESPACED.test(id)) throw new UserError(`${where}: a defined rule's id needs a namespace, such as "acme/${id.replace(/^.*\//, '') || 'my-rule'}".`);
  if (!isRecord(spec)) throw new UserError(`${where}: must be a mapping with description, given, then and message.`);
  for (const key of Object.keys(spec)) if (!KEYS.includes(key)) throw new UserError(`${where}: unknown key "${key}" (a defined rule has ${KEYS.join(', ')}).`);
  for (const key of ['description', 'given', 'message'] as const) {
    if (typeof spec[key] !== 'string' || spec[key] === '') throw new UserError(`${where}: "${key}" must be a non-empty text.`);
  }
  if (spec.field !== undefined && (typeof spec.field !== 'string' || spec.field === '')) throw new UserError(`${where}: "field" must be a key name.`);
  const severity = spec.severity ?? 'warning';
  if (typeof severity !== 'string' || !Object.hasOwn(SEVERITY_RANK, severity)) throw new UserError(`${where}: "severity" must be off, info, warning or error, got ${JSON.stringify(severity)}.`);
  const given = spec.given as string;
  if (!given.startsWith('$')) throw new UserError(`${where}: "given" must be a JSONPath starting with "$", such as "$.channels[*]".`);
  try {
    loadJsonPath().JSONPath({ path: given, json: {}, resultType: 'all', wrap: true, eval: 'safe' });
  } catch (error) {
    throw new UserError(`${where}: "given" is not a JSONPath this can read: ${(error as Error).message}.`);
  }
  const then = spec.then;
  if (!isRecord(then)) throw new UserError(`${where}: "then" must be a mapping such as { function: truthy }.`);
  const fn = then.function as DeclarativeFunction;
  if (!DECLARATIVE_FUNCTIONS.includes(fn)) throw new UserError(`${where}: "then.function" must be one of ${DECLARATIVE_FUNCTIONS.join(', ')}, got ${JSON.stringify(then.function)}.`);
  for (const key of Object.keys(then)) {
    if (key !== 'function' && !OPTIONS[fn].includes(key)) throw new UserError(`${where}: "then.${key}" is not an option of ${fn}${OPTIONS[fn].length ? ` (it takes ${OPTIONS[fn].join(', ')})` : ' (it takes none)'}.`);
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
function compile(fn: DeclarativeFunction, then: Record<string, unknown>, where: string): (value: unknown, present: boolean) => string | undefined {
  switch (fn) {
    case 'truthy':
      return (value) => (value ? undefined : 'missing or empty');
    case 'falsy':
      return (value) => (value ? 'present' : undefined);
    case 'contains':
      if (then.value === undefined) throw new UserError(`${where}: contains needs "then.value", the value that must be among the results.`);
      return () => undefined;
    case 'pattern': {
      if (then.match === undefined && then.notMatch === undefined) throw new UserError(`${where}: pattern needs "then.match" or "then.notMatch", a regular expression.`);
      const regex = (key: 'match' | 'notMatch') => {
        if (then[key] === undefined) return undefined;
        if (typeof then[key] !== 'string') throw new UserError(`${where}: "then.${key}" must be a regular expression written as text.`);
        try {
          return new RegExp(then[key], 'u');
        } catch (error) {
          throw new UserError(`${where}: "then.${key}" is not a regular expression: ${(error as Error).message}.`);
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
      if (!Array.isArray(then.values) || then.values.length === 0) throw new UserError(`${where}: enumeration needs "then.values", a list of the allowed values.`);
      const values = then.values;
      return (value, present) => (!present || value === undefined || values.includes(value) ? undefined : `not one of ${values.map(show).join(', ')}`);
    }
    case 'length': {
      for (const key of ['min', 'max'] as const) {
        if (then[key] !== undefined && (typeof then[key] !== 'number' || !Number.isFinite(then[key]))) throw new UserError(`${where}: "then.${key}" must be a number.`);
      }
      if (then.min === undefined && then.max === undefined) throw new UserError(`${where}: length needs "then.min" or "then.max".`);
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
      if (!isRecord(then.schema)) throw new UserError(`${where}: schema needs "then.schema", a JSON Schema.`);
      const { Ajv2020 } = require('ajv/dist/2020.js') as { Ajv2020: typeof Ajv };
      let validate;
      try {
        validate = new Ajv2020({ allErrors: false, strict: false }).compile(then.schema);
      } catch (error) {
        throw new UserError(`${where}: "then.schema" is not a JSON Schema: ${(error as Error).message}.`);
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
