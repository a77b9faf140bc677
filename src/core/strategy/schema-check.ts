import type { ErrorObject } from 'ajv/dist/2020.js';
import { validateStrategy } from '../lint/strategy-validator.js';
import { closeMatches, closest } from '../text/suggest.js';
import { describePlace, isRecord, show } from './describe.js';
import type { Path } from './types.js';

export interface SchemaProblem {
  messageId: string;
  message: string;
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
}

const WHY_REQUIRED: Record<string, string> = {
  mcm: 'the format version, 1 for now',
  name: 'what the team calls this strategy',
  goal: 'the one goal every channel serves',
  statement: 'the goal in one sentence',
  usp: 'the unique selling proposition every channel builds on',
  personas: 'the people the strategy speaks to',
  channels: 'where the message reaches them',
  id: 'the id other parts of the strategy use to refer to it',
  type: 'the channel type from the catalog (email, instagram…), or custom',
  metric: 'what the KPI measures',
  stage: 'awareness, consideration, conversion, retention or advocacy',
  persona: 'the persona who takes this journey',
  steps: 'the steps of the journey, in order',
  channel: 'the channel of this step',
};

const LONG_KEY = 80;

const TYPE_WORDS: Record<string, string> = {
  string: 'text', number: 'a number', integer: 'a whole number', array: 'a list', object: 'a mapping of keys and values', boolean: 'true or false',
};

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
  // "usb" with "did you mean usp?" already explains why "usp" is missing: one mistake, one diagnostic.
  const misspelt = new Set([...problems.values()].filter((p) => p.suggestion).map((p) => [...p.path.slice(0, -1), p.suggestion].join('/')));
  return [...problems.values()].filter((p) => p.messageId !== 'required' || !misspelt.has([...p.path, p.missing].join('/')));
}

function toProblem(error: ErrorObject, root: unknown): SchemaProblem {
  const path = parsePointer(error.instancePath);
  const place = describePlace(root, path);
  const key = path[path.length - 1];
  const name = key === undefined ? 'The strategy' : typeof key === 'number' ? `Item ${key + 1} of "${String(path[path.length - 2])}"` : `"${String(key)}"`;
  const where = path.length > 1 && typeof key === 'string' ? ` in ${describePlace(root, path.slice(0, -1))}` : '';
  const got = show(error.data);
  const params = error.params as Record<string, unknown>;
  const schemaOf = error.parentSchema as Record<string, unknown> | undefined;
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      const why = WHY_REQUIRED[missing];
      return { messageId: 'required', path, target: 'value', missing, message: `Missing required "${missing}" in ${place}${why ? `: ${why}` : ''}.` };
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const known = isRecord(schemaOf?.properties) ? Object.keys(schemaOf.properties) : [];
      // A key of thousands of characters is no typo of a known one, and is shortened in the message.
      const hint = extra.length <= LONG_KEY ? closest(extra, known) : undefined;
      const shown = extra.length <= LONG_KEY ? extra : `${extra.slice(0, LONG_KEY - 1)}…`;
      const tail = hint ? `; did you mean "${hint}"?` : known.length ? `. Known keys here: ${known.join(', ')} (or x-… for your own data).` : '.';
      const sole = hint && closeMatches(extra, known).length === 1 && !(isRecord(error.data) && Object.hasOwn(error.data, hint));
      return { messageId: 'unknownKey', path: [...path, extra], target: 'key', ...(hint ? { suggestion: hint } : {}), ...(sole ? { rename: hint } : {}), message: `Unknown key "${shown}" in ${place}${tail}` };
    }
    case 'type':
      return { messageId: 'type', path, target: 'value', message: `${name}${where} must be ${TYPE_WORDS[String(params.type)] ?? params.type}, got ${got}.` };
    case 'const':
      return { messageId: 'const', path, target: 'value', message: `${name} must be ${JSON.stringify(params.allowedValue)} (the format version this mcm reads), got ${got}.` };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const hint = typeof error.data === 'string' ? closest(error.data, allowed) : undefined;
      const list = allowed.length <= 8 ? `: use one of ${allowed.join(', ')}` : ' (run "mcm schema" for the list)';
      const sole = hint !== undefined && closeMatches(String(error.data), allowed).length === 1;
      return { messageId: 'enum', path, target: 'value', ...(sole ? { replace: hint } : {}), message: `${name}${where} is ${got}, which mcm does not know${hint ? `; did you mean "${hint}"?` : list}.`.replace(/\?\.$/, '?') };
    }
    case 'pattern':
      return { messageId: 'pattern', path, target: 'value', message: patternMessage(name, where, error.data, String(params.pattern)) };
    case 'format':
      return { messageId: 'format', path, target: 'value', message: params.format === 'date'
        ? `${name}${where} must be a date written YYYY-MM-DD, got ${got}.`
        : `${name}${where} must be a full web address such as https://example.com/page, got ${got}.` };
    case 'minimum':
      return { messageId: 'minimum', path, target: 'value', message: `${name}${where} must be at least ${params.limit}, got ${got}.` };
    case 'maximum':
      return { messageId: 'maximum', path, target: 'value', message: `${name}${where} must be at most ${params.limit}, got ${got}.` };
    case 'minItems':
      return { messageId: 'minItems', path, target: 'value', message: `${name} is empty: add at least ${params.limit}.` };
    case 'minLength':
      return { messageId: 'minLength', path, target: 'value', message: `${name}${where} is empty: write it out or remove the key.` };
    case 'maxLength':
      return { messageId: 'maxLength', path, target: 'value', message: `${name}${where} is longer than ${params.limit} characters.` };
    default:
      return { messageId: error.keyword, path, target: 'value', message: `${name}${where}: ${error.message ?? 'is not valid'}.` };
  }
}

function patternMessage(name: string, where: string, data: unknown, pattern: string): string {
  const text = String(data);
  if (pattern.includes('A-Z')) return `${name}${where} must be a three-letter currency code such as EUR or USD, got ${show(data)}.`;
  if (pattern.includes('_')) {
    const fixed = text.trim().toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
    return `${name}${where} must be a metric id in snake_case${fixed ? ` such as "${fixed}"` : ''}, got ${show(data)}.`;
  }
  const fixed = text.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return `${name}${where} must be an id in kebab-case (lowercase letters, digits and hyphens)${fixed ? ` such as "${fixed}"` : ''}, got ${show(data)}.`;
}

export function parsePointer(pointer: string): Path {
  if (!pointer) return [];
  return pointer.slice(1).split('/').map((s) => {
    const key = s.replace(/~1/g, '/').replace(/~0/g, '~');
    return /^(0|[1-9]\d*)$/.test(key) ? Number(key) : key;
  });
}
