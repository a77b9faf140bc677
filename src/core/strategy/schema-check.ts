import type { ErrorObject } from 'ajv/dist/2020.js';
import { validateStrategy } from '../lint/strategy-validator.js';
import { strategySchema } from '../schema.js';
import { closeMatches, closest } from '../text/suggest.js';
import type { MessageData, MessagePart, MessageValue } from '../lint/messages.js';
import { describePlace, isRecord, show } from './describe.js';
import type { Path } from './types.js';

export interface SchemaProblem {
  /** The JSON Schema keyword that failed: `required`, `type`, `additionalProperties`… */
  keyword: string;
  /** The message of the `schema` rule that says it (src/core/rules/schema.ts), and what fills it. */
  messageId: string;
  data: MessageData;
  path: Path;
  target: 'key' | 'value';
  /** For an unknown key: the known key it is probably a typo of. */
  suggestion?: string;
  /** For an unknown key with exactly one close known key, not already in the mapping: the key to rename it to. */
  rename?: string;
  /** For a value outside a list of allowed values with exactly one close allowed value: that value. */
  replace?: string;
  /** For a missing required key: its name. */
  missing?: string;
  /** For a known key at the wrong level: the path of the mapping it belongs to, with the key. */
  belongs?: Path;
}

// Required keys whose purpose the message names, by the schema rule's messageId for it.
const WHY_REQUIRED = new Set(['mcm', 'name', 'goal', 'statement', 'usp', 'personas', 'channels', 'id', 'type', 'metric', 'stage', 'persona', 'steps', 'channel']);

const LONG_KEY = 80;

const TYPES = new Set(['string', 'number', 'integer', 'array', 'object', 'boolean']);

const capitalized = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Checks the document against the JSON Schema: one diagnostic per mistake, in plain words. */
export function checkSchema(value: unknown): SchemaProblem[] {
  const check = validateStrategy;
  if (check(value)) return [];
  const errors = check.errors ?? [];
  const typeErrorAt = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  const problems = new Map<string, SchemaProblem>();
  for (const error of errors) {
    if (error.keyword !== 'type' && typeErrorAt.has(error.instancePath)) continue;
    const problem = toProblem(error, value);
    const key = `${problem.target}:${problem.path.join('/')}`;
    if (!problems.has(key)) problems.set(key, problem);
  }
  // "usb" with "did you mean usp?" already explains why "usp" is missing, and so does "type" indented under
  // "content" why the channel has no "type": one mistake, one diagnostic.
  const explained = new Set([...problems.values()].flatMap((p) => [
    ...(p.suggestion ? [[...p.path.slice(0, -1), p.suggestion].join('/')] : []),
    ...(p.belongs ? [p.belongs.join('/')] : []),
  ]));
  return [...problems.values()].filter((p) => p.keyword !== 'required' || !explained.has([...p.path, p.missing].join('/')));
}

function toProblem(error: ErrorObject, root: unknown): SchemaProblem {
  const path = parsePointer(error.instancePath);
  const place = describePlace(root, path);
  const key = path[path.length - 1];
  const name: MessagePart = key === undefined
    ? { messageId: 'nameStrategy' }
    : typeof key === 'number' ? { messageId: 'nameItem', data: { n: key + 1, list: String(path[path.length - 2]) } } : { messageId: 'nameKey', data: { key: String(key) } };
  const where: MessageValue = path.length > 1 && typeof key === 'string' ? { messageId: 'whereIn', data: { place: describePlace(root, path.slice(0, -1)) } } : '';
  const got = show(error.data);
  const params = error.params as Record<string, unknown>;
  const schemaOf = error.parentSchema as Record<string, unknown> | undefined;
  const problem = (messageId: string, data: MessageData, more: Partial<SchemaProblem> = {}): SchemaProblem =>
    ({ keyword: error.keyword, messageId, data, path, target: 'value', ...more });
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      return WHY_REQUIRED.has(missing)
        ? problem('requiredWhy', { key: missing, place, why: { messageId: `why${capitalized(missing)}` } }, { missing })
        : problem('required', { key: missing, place }, { missing });
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const known = isRecord(schemaOf?.properties) ? Object.keys(schemaOf.properties) : [];
      // A key of thousands of characters is no typo of a known one, and is shortened in the message.
      const hint = extra.length <= LONG_KEY ? closest(extra, known) : undefined;
      const shown = extra.length <= LONG_KEY ? extra : `${extra.slice(0, LONG_KEY - 1)}…`;
      const at = { path: [...path, extra], target: 'key' as const };
      const sole = hint && closeMatches(extra, known).length === 1 && !(isRecord(error.data) && Object.hasOwn(error.data, hint));
      const home = extra.length <= LONG_KEY ? misplaced(root, path, extra) : undefined;
      if (home?.kind === 'up') return problem('misplacedUp', { key: extra, owner: describePlace(root, home.owner), under: home.under }, { ...at, belongs: [...home.owner, extra] });
      if (home?.kind === 'down') return problem('misplacedDown', { key: extra, under: home.under, place }, { ...at, belongs: [...path, home.under, extra] });
      if (home?.kind === 'item') return problem('misplacedDownItem', { key: extra, under: home.under, place }, at);
      if (hint) return problem('unknownKey', { key: shown, place, hint }, { ...at, suggestion: hint, ...(sole ? { rename: hint } : {}) });
      return known.length ? problem('unknownKeyKnown', { key: shown, place, known: known.join(', ') }, at) : problem('unknownKeyHere', { key: shown, place }, at);
    }
    case 'type': {
      const type = String(params.type);
      return problem('type', { name, where, expected: TYPES.has(type) ? { messageId: `type${capitalized(type)}` } : type, got });
    }
    case 'const':
      return problem('const', { name, allowed: JSON.stringify(params.allowedValue), got });
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const hint = typeof error.data === 'string' ? closest(error.data, allowed) : undefined;
      const sole = hint !== undefined && closeMatches(String(error.data), allowed).length === 1;
      if (hint) return problem('enumHint', { name, where, got, hint }, sole ? { replace: hint } : {});
      return allowed.length <= 8 ? problem('enum', { name, where, got, allowed: allowed.join(', ') }) : problem('enumMany', { name, where, got });
    }
    case 'pattern':
      return patternProblem(problem, { name, where, got }, error.data, String(params.pattern));
    case 'format':
      return problem(params.format === 'date' ? 'formatDate' : 'formatUri', { name, where, got });
    case 'minimum':
    case 'maximum':
      return problem(error.keyword, { name, where, limit: Number(params.limit), got });
    case 'minItems':
      return problem('minItems', { name, limit: Number(params.limit) });
    case 'minLength':
      return problem('minLength', { name, where });
    case 'maxLength':
      return problem('maxLength', { name, where, limit: Number(params.limit) });
    default:
      // Keywords the strategy schema does not use today: ajv's own words, rather than nothing.
      return error.message ? problem('other', { name, where, detail: error.message }) : problem('invalid', { name, where });
  }
}

interface SchemaNode {
  $ref?: string;
  type?: string;
  items?: SchemaNode;
  properties?: Record<string, SchemaNode>;
}

function resolveRef(node: SchemaNode | undefined): SchemaNode | undefined {
  const ref = node?.$ref?.replace('#/$defs/', '');
  return ref ? (strategySchema.$defs as Record<string, SchemaNode>)[ref] : node;
}

/** The schema of the value at `path`, following properties, list items and references. */
function schemaAt(path: Path): SchemaNode | undefined {
  let node = resolveRef(strategySchema as unknown as SchemaNode);
  for (const segment of path) node = resolveRef(typeof segment === 'number' ? node?.items : node?.properties?.[segment]);
  return node;
}

const knows = (node: SchemaNode | undefined, key: string) => node?.properties !== undefined && Object.hasOwn(node.properties, key);

type Home =
  /** A key of a mapping further out (`kpis` indented under `content`): `owner` is that mapping, `under` its key on the way. */
  | { kind: 'up'; owner: Path; under: string }
  /** A key of the mapping under `under` (`statement` next to `goal` instead of in it). */
  | { kind: 'down'; under: string }
  /** A key of the items of the list under `under` (a channel's `kpis` at the top of the strategy). */
  | { kind: 'item'; under: string };

/**
 * Where a key unknown in the mapping at `path` belongs, when it is a key the format knows one level out
 * (or further out, the nearest first) or one level in, and the mapping there does not have it yet.
 */
function misplaced(root: unknown, path: Path, key: string): Home | undefined {
  if (/^x(?:-|$)/.test(key)) return undefined;
  const valueAt = (at: Path) => at.reduce<unknown>((value, segment) => (value as Record<string | number, unknown> | undefined)?.[segment], root);
  for (let end = path.length - 1; end >= 0; end--) {
    const owner = path.slice(0, end);
    const under = path[end];
    if (typeof under !== 'string') continue;
    const value = valueAt(owner);
    if (isRecord(value) && !Object.hasOwn(value, key) && knows(schemaAt(owner), key)) return { kind: 'up', owner, under };
  }
  const here = schemaAt(path);
  const homes: Home[] = [];
  for (const [name, child] of Object.entries(here?.properties ?? {})) {
    const node = resolveRef(child);
    if (knows(node, key)) homes.push({ kind: 'down', under: name });
    else if (knows(resolveRef(node?.items), key)) homes.push({ kind: 'item', under: name });
  }
  if (homes.length !== 1) return undefined;
  const [home] = homes as [Home];
  if (home.kind === 'down') {
    const inner = valueAt([...path, home.under]);
    if (inner !== undefined && (!isRecord(inner) || Object.hasOwn(inner, key))) return undefined;
  }
  return home;
}

function patternProblem(problem: (messageId: string, data: MessageData) => SchemaProblem, data: MessageData, value: unknown, pattern: string): SchemaProblem {
  const text = String(value);
  if (pattern.includes('A-Z')) return problem('patternCurrency', data);
  const snake = pattern.includes('_');
  const fixed = text.trim().toLowerCase().replace(/[^a-z0-9]+/g, snake ? '_' : '-').replace(snake ? /^_+|_+$/g : /^-+|-+$/g, '');
  const kind = snake ? 'patternMetric' : 'patternId';
  return fixed ? problem(`${kind}Fixed`, { ...data, fixed }) : problem(kind, data);
}

export function parsePointer(pointer: string): Path {
  if (!pointer) return [];
  return pointer.slice(1).split('/').map((s) => {
    const key = s.replace(/~1/g, '/').replace(/~0/g, '~');
    return /^(0|[1-9]\d*)$/.test(key) ? Number(key) : key;
  });
}
