import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { fastLoad } from '../../src/core/strategy/fast-load.js';
import { mistakeWhereItStands } from '../../src/core/strategy/mistake.js';
import { parseSource } from '../../src/core/strategy/parse.js';
import { yamlLoad } from '../../src/core/strategy/yaml-load.js';
import { specExample } from '../helpers.js';
import { edited, strategyShaped } from './arbitraries.js';

// MCM_FUZZ_RUNS=20000 runs a longer campaign.
const RUNS = Number(process.env.MCM_FUZZ_RUNS ?? 300);

const examples = readdirSync(new URL('../../examples/', import.meta.url)).filter((f) => f.endsWith('.yaml'))
  .map((f) => readFileSync(new URL(`../../examples/${f}`, import.meta.url), 'utf8'));

/** The problems read where the mistake stands, or undefined when the whole file goes to the yaml package. */
function local(text: string) {
  const fast = fastLoad(text);
  return fast.kind === 'unsupported' && fast.mistake ? mistakeWhereItStands(text, fast.mistake.offset, fast.mistake.version) : undefined;
}

/** One mistake of the kinds people make, in one line of a text. */
const mistaken = (base: fc.Arbitrary<string>) => fc.tuple(base, fc.nat(), fc.constantFrom(
  (l: string) => l.replace(/^ +/, '\t'), (l: string) => l.replace(/^( *)/, '$1\t'), (l: string) => `${l}: more`, (l: string) => l.replace(/: /, ': "'),
  (l: string) => l.replace(/: /, ': @'), (l: string) => l.replace(/: /, ': [a, b'), (l: string) => `${l} ]`, (l: string) => l.replace(/^( *)- /, '$1'),
  (l: string) => ` ${l}`, (l: string) => l.replace(/^ /, ''), (l: string) => `${l}\n${l}`, (l: string) => l.replace(/: /, ': "a\\q" '),
  (l: string) => l.replace(/: /, ': !!js/function '), (l: string) => l.replace(/: (.*)$/, ': Fast: $1'), (l: string) => `${l} #x"`,
)).map(([text, at, change]) => {
  const lines = text.split('\n');
  const i = at % lines.length;
  lines[i] = change(lines[i]!);
  return lines.join('\n');
});

const blockStrategies = strategyShaped.map((v) => stringify(v, { collectionStyle: 'block' }) ?? '');

function agree(texts: fc.Arbitrary<string>, minimumShare: number) {
  let taken = 0;
  fc.assert(fc.property(texts, (text) => {
    const problems = local(text);
    if (!problems) return;
    taken++;
    expect(problems, text).toEqual(yamlLoad(text).problems);
  }), { numRuns: RUNS });
  expect(taken / RUNS).toBeGreaterThanOrEqual(minimumShare);
}

describe('a YAML mistake in one item of a list, or in one pair of the root mapping, is read where it stands', () => {
  test('and reported as the yaml package reports it reading the whole file (property)', () => {
    agree(mistaken(fc.constantFrom(specExample, ...examples)), 0.35);
    agree(mistaken(blockStrategies), 0.2);
    agree(fc.constantFrom(specExample, ...examples).chain((base) => edited(base)), 0.1);
  }, Math.max(20_000, RUNS * 40));

  test('a line indented with a tab in a channel: the same problem, found without reading the rest with the yaml package', () => {
    const text = specExample.replace(/^( {4})(\w+:)/m, '\t$2');
    expect(text).not.toBe(specExample);
    const problems = local(text);
    expect(problems).toBeDefined();
    expect(problems).toEqual(yamlLoad(text).problems);
    expect(parseSource(text).problems.map((p) => p.messageId)).toEqual(['tabIndent']);
  });

  test('after an error, duplicate keys and warnings past it are not reported: the rest was read as best the parser could', () => {
    const shown = (text: string) => yamlLoad(text).problems.map((p) => [p.messageId, p.range.line]);
    expect(shown('a: 1\na: 2\nb: @x\nc: 1\nc: 2\n')).toEqual([['duplicateKey', 2], ['reservedStart', 3]]);
    expect(shown('b: @x\nc: 1\nc: 2\n')).toEqual([['reservedStart', 1]]);
    expect(shown('c: 1\nc: 2\n')).toEqual([['duplicateKey', 2]]);
  });

  test('a duplicate key in one channel of a long list is found there', () => {
    const text = specExample.replace(/^( {4})(name: .*)$/m, '$1$2\n$1$2');
    expect(local(text)).toEqual(yamlLoad(text).problems);
    expect(local(text)!.map((p) => [p.messageId, p.range.line])).toEqual([['duplicateKey', 24]]);
  });

  test('a mistake outside any list, or that runs on past its item, goes to the yaml package', () => {
    expect(local('name: "unclosed\ngoal: x\n')).toBeUndefined();
    expect(local('channels:\n  - id: a\n    message: "open\n  - id: b\n    message: x\n')).toBeUndefined();
  });

  test('a quote left open in one message, which js-yaml reads on to the next quote mark, is read in its channel', () => {
    const examples = new URL('../../examples/', import.meta.url);
    for (const [name, line] of [['b2b-saas.yaml', 94], ['local-bakery.yaml', 78]] as const) {
      const text = readFileSync(new URL(name, examples), 'utf8').replace(/^( +message: )"(.*)"$/m, (_, key, words) => `${key}"${words}`);
      expect(fastLoad(text)).toEqual({ kind: 'unsupported', mistake: { offset: expect.any(Number), version: '1.2' } });
      expect(local(text), name).toEqual(yamlLoad(text).problems);
      expect(local(text)!.map((p) => [p.messageId, p.range.line])).toEqual([['unclosedQuote', line]]);
    }
  });

  test('a mistake in a pair of the root mapping is read in that pair, unless its key is also elsewhere', () => {
    for (const text of ['channels:\n  - id: a\n\tname: x\n', 'name: x\nusp: Fast: done in 30 minutes\ngoal: y\n']) {
      expect(local(text), text).toBeDefined();
      expect(local(text), text).toEqual(yamlLoad(text).problems);
    }
    expect(local('usp: x\nname: x\nusp: @y\n')).toBeUndefined();
  });
});
