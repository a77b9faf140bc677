import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as Yaml from 'yaml';
import { isScalar, parseDocument, stringify, visit } from 'yaml';
import { DIRECTIVE, directivesElsewhere, EXPLICIT_KEY, explicitKeysElsewhere, UNSUPPORTED, unsupportedShape } from '../../src/core/strategy/fast-load.js';
import { parseSource } from '../../src/core/strategy/parse.js';
import type { Path } from '../../src/core/strategy/types.js';
import { duplicateKeys, PARSE_OPTIONS } from '../../src/core/strategy/yaml-load.js';
import { specExample } from '../helpers.js';
import { anyValue, edited, strategyShaped, yamlText } from './arbitraries.js';

// MCM_FUZZ_RUNS=20000 runs a longer campaign.
const RUNS = Number(process.env.MCM_FUZZ_RUNS ?? 300);

/** Every path into a value (up to a bound), plus paths that lead one step past it. */
function paths(value: unknown, limit = 400): Path[] {
  const found: Path[] = [];
  const walk = (node: unknown, path: Path) => {
    if (found.length >= limit) return;
    found.push(path, [...path, 'missing-key'], [...path, 99]);
    if (Array.isArray(node)) node.forEach((item, i) => walk(item, [...path, i]));
    else if (typeof node === 'object' && node !== null) for (const key of Object.keys(node)) walk((node as Record<string, unknown>)[key], [...path, key]);
  };
  walk(value, []);
  return found;
}

/** The first path where two values differ: type, prototype, key order, or a primitive (NaN equals NaN, 0 differs from -0). */
function difference(a: unknown, b: unknown, path: Path): string | undefined {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b) ? undefined : JSON.stringify(path);
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return JSON.stringify(path);
  if (a instanceof Date) return Object.is(a.getTime(), (b as Date).getTime()) ? undefined : JSON.stringify(path);
  const [keysA, keysB] = [Object.keys(a), Object.keys(b)];
  if (keysA.join('\0') !== keysB.join('\0')) return JSON.stringify(path);
  for (const key of keysA) {
    const found = difference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], [...path, key]);
    if (found) return found;
  }
  return undefined;
}

/**
 * What the fast loader reads differently from the reference: values, problems, or any position.
 * Returns null when the fast loader left the file to the reference (nothing to compare).
 */
function differences(text: string): string[] | null {
  const fast = parseSource(text);
  if (fast.loader !== 'js-yaml') return null;
  const reference = parseSource(text, { loader: 'yaml' });
  const found: string[] = [];
  const unlike = difference(fast.value, reference.value, []);
  if (unlike) found.push(`value at ${unlike}`);
  if (JSON.stringify(fast.problems) !== JSON.stringify(reference.problems)) found.push(`problems: ${JSON.stringify(fast.problems)} instead of ${JSON.stringify(reference.problems)}`);
  for (const path of paths(reference.value)) {
    for (const target of ['value', 'key'] as const) {
      const [a, b] = [fast.locate(path, target), reference.locate(path, target)];
      if (JSON.stringify(a) !== JSON.stringify(b)) found.push(`${target} of ${JSON.stringify(path)}: ${JSON.stringify(a)} instead of ${JSON.stringify(b)}`);
    }
  }
  return found;
}

/** Runs a property, and checks that the fast loader really read a share of the generated texts (some, with 0). */
function agree(arbitrary: fc.Arbitrary<string>, minimumShare: number, runs = RUNS) {
  let compared = 0;
  fc.assert(fc.property(arbitrary, (text) => {
    const found = differences(text);
    if (found === null) return;
    compared++;
    expect(found, text).toEqual([]);
  }), { numRuns: runs });
  // The property says something only if the fast loader read a good share of the texts.
  expect(compared / runs).toBeGreaterThanOrEqual(minimumShare);
  expect(compared).toBeGreaterThan(0);
}

/** Texts of one to `most` lines, each drawn from `line`. */
const linesOf = (line: fc.Arbitrary<string>, most: number) => fc.array(line, { minLength: 1, maxLength: most }).map((lines) => `${lines.join('\n')}\n`);

describe('the fast loader reads values and places nodes exactly as the yaml package does', () => {
  test('on strategies with arbitrary values, in every YAML style', () => agree(yamlText(strategyShaped), 0.6));

  test('on arbitrary YAML values', () => agree(yamlText(anyValue), 0.6));

  test('on the SPEC example with random edits, where both read it', () => agree(edited(specExample), 0.1));

  test('on generated strategies with random edits, where both read it', () => agree(yamlText(strategyShaped).chain(edited), 0.08));

  test('on an empty item of a list opened on a list item\'s line, which js-yaml merges with the items below', () => {
    const text = 'goal:\n  - -\n  - 54\n  - x\n';
    expect(parseSource(text).value).toEqual({ goal: [[null], 54, 'x'] });
    expect(differences(text)).toBeNull();
  });

  test('on tabs: in a one-line double-quoted or plain value, before a comment and at the end of a line both read them; anywhere else the yaml package checks them where they stand', () => {
    const line = fc.constantFrom('message: "a\tb"', '  - msg: "\ttab first"  # note', 'k: "x\t\\"\ty"', 'k:\t"x"', '\tk: "x"', 'k: "x"\t# c', 'k: a\tb', '- "x\ty"', 'k: "x\t', '  y"',
      'message: Sale\tnow on', 'name: x\t# note', 'k: x\t', 'k: 1\t', 'k: null\t# c', '- k: a\t\tb \t', '  j: c', '    goes on', '', '  ', '# c\t', 'm: |', '  x: a\tb', 'k: [', '  a: b\tc', ']',
      'k: a\t#b', 'k: a\t:b', 'k: http://x\ty', '\t', 'k: \t', '? a\tb', ': c\td', 'k: >', 'k: a\tb\r', 'k:\tb', 'k: \tb', 'k:\t \tb # c', '- id:\tx', 'k:\t', 'k:\t# c', 'v: [a,\tb]', 'v: [\ta, b\t]\t# c', 'm: {a:\t1, b: 2}', 'v: [a\tb]', 'v: [a,\t[b]]', 'v: [a,\t', '  b]', "k: 'a\tb'", "- k: 'x\t''y'''\t# c", "k: 'a\t", "  b'", "k: 'a'\tb");
    agree(linesOf(line, 6), 0.05, RUNS * 4);
    // Tabs pasted into the plain values of a generated strategy: inside, before a comment, at the end of the line.
    const pasted = fc.tuple(yamlText(strategyShaped), fc.array(fc.constantFrom(0, 1, 2, 3, 4), { minLength: 40, maxLength: 40 })).map(([t, picks]) => {
      let n = 0;
      return t.replace(/^( *(?:- )?[A-Za-z_][\w-]*: [\w.][^\n #]*) ([^\n#]*)$/gm, (all, head: string, rest: string) =>
        [all, `${head}\t${rest}`, `${head} ${rest}\t# note`, `${head} ${rest}\t`, `${head.replace(': ', ':\t')} ${rest}`][picks[n++ % picks.length]!]!);
    });
    agree(pasted, 0.3);
    for (const t of ['message: "a\tb"\n', 'message: Sale\tnow on\n', 'name: x\t# note\nid: y\n', '- name: x\t\n  id: y\n', 'k: 1\t\n']) expect(differences(t), t).toEqual([]);
    expect(parseSource('- name: Sale\tnow\n  id: y\t# note\n').locate([0, 'name'])).toEqual({ line: 1, column: 9, endLine: 1, endColumn: 17 });
    expect(parseSource('- name: Sale\tnow\n  id: y\t# note\n').locate([0, 'id'])).toEqual({ line: 2, column: 7, endLine: 2, endColumn: 8 });
    // A tab of indentation is reported by the yaml package; a plain value that goes on over the next line is read
    // alone by it, and both agree.
    expect(differences('\tk: b\n')).toBeNull();
    expect(parseSource('\tk: b\n').problems.map((p) => [p.messageId, p.range.line, p.range.column])).toEqual([['tabIndent', 1, 1]]);
    expect(differences('k: a\tb\n  c\n')).toEqual([]);
    // A tab after the colon separates key and value as a space does (text typed with the Tab key).
    for (const t of ['voice: [friendly,\tstraightforward]\n', 'k: {a:\t1}\n', 'k:\tb\n', 'usp:\tDone in 30 minutes\nname: x\n', '- id:\tx\n  name: y\n', 'k: \tv # c\n', "usp: 'Done\tin 30'\n", "- k: 'it''s\there'\n"]) expect(differences(t), t).toEqual([]);
    expect(parseSource('usp:\tDone in 30 minutes\n').locate(['usp'])).toEqual({ line: 1, column: 6, endLine: 1, endColumn: 24 });
  });

  test('on stray byte-order marks (files joined with cat, text pasted from Windows): read alike where they stand, or left to the yaml package', () => {
    const examples = ['b2b-saas.yaml', 'local-bakery.yaml'].map((name) => readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8'));
    // After the first character: parseSource drops a byte-order mark that starts the file, as editors hide it.
    const marked = fc.tuple(fc.constantFrom(specExample, ...examples), fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), fc.boolean()).map(([text, places, lineStart]) => {
      let out = text;
      for (const place of places) {
        let at = 1 + (place % (out.length - 1));
        if (lineStart) at = out.indexOf('\n', at) + 1 || at;
        out = `${out.slice(0, at)}\uFEFF${out.slice(at)}`;
      }
      return out;
    });
    agree(marked, 0.2);
    agree(linesOf(fc.constantFrom('k: \uFEFFv', '\uFEFFk: v', '- \uFEFFa', '  - b', 'm: "x\uFEFFy"', "q: 'a\uFEFF'", 'n: [a, \uFEFFb]', '\uFEFF', '\uFEFF# c', 'k: |', '  \uFEFFtext', '--- \uFEFF', 'k:\uFEFF v', 'j: x'), 6), 0.05, RUNS * 4);
  });

  test('a line break escaped in a double-quoted value, then a blank line, is left to the yaml package (js-yaml drops the blank line)', () => {
    for (const t of ['m: "a\\\n\n  b"\n', 'm: "a\\\n  \n  b"\n', 'm: "a\\\r\n\r\n  b"\r\n']) {
      expect(differences(t), t).toBeNull();
      expect(parseSource(t).value).toEqual({ m: 'a b' });
    }
    expect(differences('m: "a\\\n  b"\n')).toEqual([]);
  });

  test('on block scalars with an indentation indicator (|2, >-2, |+1): read alike in a mapping or a list, a document that is one such scalar goes to the yaml package', () => {
    // Texts that begin with spaces make both emitters write the indicator.
    const spaced = fc.oneof(fc.constantFrom(' a', '  two\n lines', '\n\n  after blank lines', ' x\n\n', '   x\n  y\n\n\n', ' \ta', ' - item', ' # not a comment'), fc.string().map((t) => ` ${t}`));
    const value = fc.oneof(fc.dictionary(fc.constantFrom('message', 'usp', 'name', 'notes'), spaced, { minKeys: 1 }), fc.array(spaced, { minLength: 1 }),
      fc.record({ channels: fc.array(fc.record({ id: fc.constantFrom('email', 'blog'), content: fc.record({ message: spaced }) }), { minLength: 1 }) }));
    agree(yamlText(value), 0.3);
    const line = fc.constantFrom('k: |2', 'k: >-2', 'k: |+1', 'k: |1-', 'k: >2 # c', '- |2', '  - >1', '- k: |1', 'a:', '  k: |3', '   a', '  b', ' c', '    d', '     e', '', '  ', 'j: x', '# c', '|2', '>1', '--- |2');
    agree(linesOf(line, 7), 0.05, RUNS * 4);
    const read = (t: string) => { expect(differences(t), t).toEqual([]); return parseSource(t).value; };
    expect(read('k: |2\n   a\n  b\n')).toEqual({ k: ' a\nb\n' });
    expect(read('k: >-2\n  a\n  b\nj: x\n')).toEqual({ k: 'a b', j: 'x' });
    expect(read('k: |+1\n a\n\n')).toEqual({ k: 'a\n\n' });
    expect(read('- |1\n  a\n- >2\n    b\n')).toEqual([' a\n', '  b\n']);
    expect(read('a:\n  k: |2\n      x\n    y\n')).toEqual({ a: { k: '  x\ny\n' } });
    expect(read('a: 1\nk: |2\n   a\n  b\n')).toEqual({ a: 1, k: ' a\nb\n' });
    expect(parseSource('a: 1\nk: |2\n   a\n  b\n').locate(['k'])).toEqual({ line: 2, column: 4, endLine: 2, endColumn: 6 });
    // At the top of a document js-yaml counts the indicator from one column further left.
    expect(differences('|2\n  a\n')).toBeNull();
    expect(parseSource('|2\n  a\n').value).toBe('a\n');
    expect(differences('# c\n>1\n  a\n')).toBeNull();
    // Content indented less than the indicator says is reported by the yaml package.
    expect(differences('k: |3\n  a\n')).toBeNull();
    expect(parseSource('k: |3\n  a\n').problems.map((p) => p.messageId)).toEqual(['indentation']);
    // Lines of spaces at the end of such a scalar, past its indentation: js-yaml keeps the spaces.
    for (const t of ['k: |1\n  \n', 'k: |1-\n  \n# c\n', 'k: |2\n  a\n   \n\nj: x\n']) expect(differences(t), t).toBeNull();
    expect(parseSource('k: |1\n  \nj: x\n').value).toEqual({ k: '', j: 'x' });
  });

  test('on directives: %YAML 1.2 or 1.1 before the "---" is read alike, any other directive goes to the yaml package', () => {
    const prologue = fc.array(fc.constantFrom('%YAML 1.2', '%YAML 1.2 # version', '# yaml-language-server: $schema=x', '', '  ', '%YAML 1.1', '%YAML 1.1 # old', '%TAG !m! tag:x,2026:', ' %YAML 1.2', '%YAML 1.2\r', '%YAML 1.3'), { maxLength: 3 });
    const start = fc.constantFrom('---', '--- # c', '---  ', '');
    const documents = fc.tuple(prologue, start, yamlText(strategyShaped)).map(([lines, marker, body]) => `${lines.map((l) => `${l}\n`).join('')}${marker ? `${marker}\n` : ''}${body}`);
    agree(documents, 0.2);
    const read = (t: string) => { expect(differences(t), t).toEqual([]); return parseSource(t).value; };
    expect(read('%YAML 1.2\n---\nk: yes\n')).toEqual({ k: 'yes' });
    expect(read('# c\n%YAML 1.2 # d\n\n--- # e\n- a\n- b: c\n')).toEqual(['a', { b: 'c' }]);
    expect(read('%YAML 1.2\r\n---\r\nk: v\r\n')).toEqual({ k: 'v' });
    expect(parseSource('%YAML 1.2\n---\na: 1\nk: v\n').locate(['k'])).toEqual({ line: 4, column: 4, endLine: 4, endColumn: 5 });
    // YAML 1.1 reads yes as true, a date as a date and 0777 as an octal number, with the yaml package's own types.
    expect(read('%YAML 1.1\n---\nk: yes\nd: 2026-03-01\noctal: 0777\ns: 1:20\nq: "yes"\n')).toEqual({ k: true, d: new Date('2026-03-01'), octal: 511, s: 80, q: 'yes' });
    // A key that YAML 1.1 reads as a boolean, a merge key and an explicit key are left to the yaml package.
    for (const t of ['%YAML 1.1\n---\nno: x\n', '%YAML 1.1\n---\na: &a {k: v}\nb:\n  <<: *a\n', '%YAML 1.1\n---\n? y\n: v\n']) expect(differences(t), t).toBeNull();
    for (const t of ['%TAG !m! tag:x,2026:\n---\nk: v\n', 'k: v\n%YAML 1.2\n---\nj: x\n', '%YAML 1.2\n%YAML 1.2\n---\nk: v\n', '%YAML 1.2\nk: v\n']) expect(differences(t), t).toBeNull();
    expect(parseSource('%YAML 1.2\nk: v\n').problems.map((p) => [p.messageId, p.range.line, p.range.column])).toEqual([['indentation', 2, 1]]);
  });

  test('after %YAML 1.1, plain values mean what YAML 1.1 says, as the yaml package reads them (property)', () => {
    const plain = fc.constantFrom('yes', 'No', 'ON', 'off', 'y', 'N', '0777', '-012', '0b1010', '0x1F', '1_000', '+12', '1:20', '-1:30:00', '190:20:30.15', '1.5', '.5', '1e3', '6.8523015e+5',
      '.inf', '-.Inf', '.NaN', '~', 'null', 'Null', '2026-03-01', '2026-3-1', '2026-03-01 10:00:00', '2001-12-14t21:59:43.10-05:00', '2026-13-45', 'Yes please', 'true', 'plain words');
    const line = fc.oneof(fc.tuple(fc.constantFrom('k', 'start', 'budget', '  note', '  - id', '- x', '  - '), plain).map(([key, v]) => (key.endsWith(' ') ? `${key}${v}` : `${key}: ${v}`)),
      fc.constantFrom('list:', 'map:', '  sub:', '    deep: yes', '- item', '# comment', ''));
    const documents = fc.tuple(fc.constantFrom('%YAML 1.1\n---\n', '%YAML 1.1 # c\n--- # d\n', '# head\n%YAML 1.1\n---\n'), linesOf(line, 10)).map(([head, body]) => `${head}${body}`);
    // Random lines are often not YAML, or hold a key YAML 1.1 reads as a boolean: a smaller share is read fast.
    agree(documents, 0.08);
    agree(yamlText(strategyShaped).map((body) => `%YAML 1.1\n---\n${body}`), 0.5);
  });

  test('on content on the line of "---": a scalar or a flow collection is read alike, a block mapping or list begun there goes to the yaml package', () => {
    const begun = (value: fc.Arbitrary<unknown>) => fc.tuple(yamlText(value), fc.constantFrom('--- ', '---  ', '# c\n--- ')).map(([body, marker]) => `${marker}${body}`);
    agree(begun(fc.oneof(strategyShaped, anyValue)), 0.1);
    const flow = fc.tuple(strategyShaped, fc.boolean()).map(([v, padding]) => `--- ${stringify(v, { collectionStyle: 'flow', flowCollectionPadding: padding })}`);
    agree(flow, 0.6);
    const read = (t: string) => { expect(differences(t), t).toEqual([]); return parseSource(t).value; };
    expect(read('--- { mcm: 1, name: Plan }\n')).toEqual({ mcm: 1, name: 'Plan' });
    expect(read('--- [a,\n b]\n')).toEqual(['a', 'b']);
    expect(read('--- a\n b\n')).toBe('a b');
    expect(read('--- !!map { k: v }\n...\n')).toEqual({ k: 'v' });
    expect(read('--- "q" # c\n')).toBe('q');
    expect(read('--- |\n  a\n')).toBe('a\n');
    expect(parseSource('--- { mcm: 1, name: Plan }\n').locate(['name'])).toEqual({ line: 1, column: 21, endLine: 1, endColumn: 25 });
    // js-yaml reads a block mapping begun on the line of "---"; the yaml package reports it.
    for (const t of ['--- k: v\n', '--- "k": v\n', '--- - a\n- b\n', '--- &a k: v\n', '--- !!map\nk: v\n']) expect(differences(t), t).toBeNull();
    expect(parseSource('--- k: v\n').problems.map((p) => [p.messageId, p.range.line, p.range.column])).toEqual([['indentation', 1, 5]]);
  });

  test('on anchors and aliases of every kind of value, in block and flow style', () => {
    const anchored = fc.constantFrom('Shared note', '"quoted: yes"', '42', '~', '[a, b]', '{ k: v, n: 1 }', '\n    k: v\n    n: 1', '\n    - a\n    - b', '|\n    two\n    lines');
    const use = fc.constantFrom('*x', '[*x, 1]', '{ k: *x }', '\n  - *x\n  - 2', '\n  k: *x', '*x # a comment', '!!str *x');
    const text = fc.tuple(anchored, fc.array(use, { minLength: 1, maxLength: 4 }), fc.boolean()).map(([value, uses, tagged]) =>
      `a: ${tagged ? '!!map ' : ''}&x ${value}\n${uses.map((u, i) => `b${i}: ${u}`).join('\n')}\n`);
    agree(text, 0.3);
  });

  test('on explicit keys (? key): a plain key and value on two lines is read alike, any other shape goes to the yaml package', () => {
    // Some `key: value` lines of a generated strategy become `? key` and `: value`.
    const explicit = fc.tuple(yamlText(strategyShaped), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 })).map(([text, picks]) => {
      let n = 0;
      return text.replace(/^( *)([A-Za-z_][\w.-]*): ([\w.-][^\n]*)$/gm, (line, indent: string, key: string, value: string) => (picks[n++ % picks.length] ? `${indent}? ${key}\n${indent}: ${value}` : line));
    });
    agree(explicit, 0.3);
    // Hand-made shapes around it: in flow collections, in lists, in block scalars, values that go on, comments, keys that are not text.
    const line = fc.constantFrom('? a', ': b', '? x-note', ': Written as an explicit key', 'usp: u', 'k:', '  ? a', '  : b', '  c: d', '    ? e', '    : f', '- ? a', '  - x',
      '? null', '? 1', ': 2', ':', '? a b', ': c d', '[', ']', '{', '}', 'm: |', '  text', '', '# c', '  # c', ': b # c', ': http://x', ': b:c', '? "q"', ': [1, 2]');
    agree(linesOf(line, 8), 0, RUNS * 4);
    expect(differences('a: 1\n? x-note\n: Written as an explicit key\nusp: u\n')).toEqual([]);
    expect(differences('? a\nb: c\n')).toBeNull();
    expect(differences('? 1\n: x\n')).toBeNull();
  });

  test('constructs read differently in places are checked where they stand: a tab in a block of text, an explicit key, an escape… (property)', () => {
    // A `key: value` line of a strategy (in a channel or at the top), rewritten into a shape that the fast loader alone does not read alike everywhere.
    const shapes = ['literal', 'folded', 'kept', 'stripped', 'goesOn', 'comment', 'explicit', 'explicitComment', 'escape', 'gluedComment', 'gluedAnchor', 'emptyItem', 'escapedBreak'] as const;
    const rewrite = (indent: string, key: string, value: string, shape: (typeof shapes)[number], cut: number) => {
      const at = cut % (value.length + 1);
      const tabbed = `${value.slice(0, at)}\t${value.slice(at)}`;
      const words = value.split(' ');
      switch (shape) {
        case 'literal': return `${indent}${key}: |\n${indent}  ${tabbed}`;
        case 'folded': return `${indent}${key}: >\n${indent}  ${words.join(`\n${indent}  `)}\t`;
        case 'kept': return `${indent}${key}: |+\n${indent}  ${tabbed}\n`;
        case 'stripped': return `${indent}${key}: >-\n${indent}  \t${value}`;
        case 'goesOn': return `${indent}${key}: ${words[0]}\n${indent}  ${words.slice(1).join('\t')}`;
        case 'comment': return `${indent}# a note\twith a tab\n${indent}${key}: ${value}`;
        case 'explicit': return `${indent}? ${key}\n${indent}: ${tabbed}`;
        case 'explicitComment': return `${indent}? ${key} # c\n${indent}: ${value}`;
        case 'escape': return `${indent}${key}: "${value.replace(/["\\]/g, '')} \\U0001F600"`;
        case 'gluedComment': return `${indent}${key}: "${value.replace(/["\\]/g, '')}"#c`;
        case 'gluedAnchor': return `${indent}${key}: &a[${value.replace(/[[\]{},]/g, '')}]`;
        case 'emptyItem': return `${indent}${key}:\n${indent}  - -\n${indent}  - ${value}`;
        case 'escapedBreak': return `${indent}${key}: "${value.replace(/["\\]/g, '').slice(0, 8)}\\\n\n${indent}  more"`;
      }
    };
    const bases = [specExample, ...['oil-change', 'online-shop', 'kyiv-roastery'].map((name) => readFileSync(new URL(`../../examples/${name}.yaml`, import.meta.url), 'utf8'))];
    const text = fc.tuple(fc.constantFrom(...bases), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...shapes), fc.nat()), { minLength: 1, maxLength: 3 })).map(([base, picks]) => {
      const lines = base.split('\n');
      const nested = lines.flatMap((line, i) => (/^ *[a-z_]+: [A-Za-z][^#\n]*$/.test(line) ? [i] : []));
      for (const [pick, shape, cut] of picks) {
        const i = nested[pick % nested.length]!;
        const line = /^( *)([a-z_]+): (.*)$/.exec(lines[i]!);
        if (!line || lines[i]!.includes('\n')) continue;
        const [, indent, key, value] = line;
        lines[i] = rewrite(indent!, key!, value!.trimEnd(), shape, cut);
      }
      return lines.join('\n');
    });
    agree(text, 0.4, RUNS * 2);
    // The bench's case: a tab in a block of text inside a channel costs the reading of that channel only.
    const tab = specExample.replace(/^( +)message: (.*)$/m, (_, indent: string, value: string) => `${indent}message: |\n${indent}  ${value.replace(' ', '\t')}`);
    expect(parseSource(tab).loader).toBe('js-yaml');
    expect(differences(tab)).toEqual([]);
    // At the top of the file, the pair is read alone.
    for (const t of ['mcm: 1\nusp: |\n  Fast\tservice\nname: x\n', 'usp: >\n  Fast\n  \tservice\n', 'a: 1\nb: x\n  y\tz\nc: 2\n']) {
      expect(parseSource(t).loader, t).toBe('js-yaml');
      expect(differences(t), t).toEqual([]);
    }
  }, Math.max(20_000, RUNS * 40));

  test('the quick look for shapes read differently finds what the regular expression finds (property)', () => {
    const piece = fc.constantFrom('&', '!', '&a', '!t', '[', ']', '{', '}', ',', ' ', '  ', '\n', '\r', '\r\n', '\u2028', '\u00a0', '%', '#', '"', "'", '|', '>', '1', '2', '+', '-', '- ', '---', '?', '? ', 'a', 'k: ', ':');
    const text = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (t) => {
      expect(unsupportedShape(t), JSON.stringify(t)).toBe(UNSUPPORTED.test(t));
      if (!EXPLICIT_KEY.test(t)) expect(explicitKeysElsewhere(t), JSON.stringify(t)).toBe(false);
      if (!DIRECTIVE.test(t)) expect(directivesElsewhere(t), JSON.stringify(t)).toBe(false);
    }), { numRuns: RUNS * 20 });
    expect([unsupportedShape('a: &x[1]\n'), unsupportedShape('a: "x"#c\n'), unsupportedShape('- - \n')]).toEqual([true, true, true]);
    // An empty item: js-yaml reads `mcm:\n    -\n - a` though its items are out of line, as the yaml package says.
    expect([unsupportedShape('mcm:\n    -\n - a\n'), unsupportedShape('k:\n  - # none\n'), unsupportedShape('k:\r  -')]).toEqual([true, true, true]);
    expect(parseSource('mcm:\n    -\n - a\n').problems.map((p) => [p.messageId, p.range.line, p.range.column])).toEqual([['indentation', 2, 6]]);
    expect([unsupportedShape('a: x & y [1]\n'), unsupportedShape('a: 5 %\n'), unsupportedShape('a: x #c\n'), unsupportedShape('- a\n- -1\n'), unsupportedShape('a: |2\n'), unsupportedShape('--- a\n')]).toEqual([false, false, false, false, false, false]);
  });

  test('an alias inside an anchored node, or more than the alias limit, is left to the yaml package', () => {
    expect(differences('a: &x [1]\nb: &y [*x, *x]\nc: *y\n')).toBeNull();
    expect(differences(`a: &x 1\n${Array.from({ length: 100 }, (_, i) => `b${i}: *x`).join('\n')}\n`)).toBeNull();
    expect(differences(`a: &x 1\n${Array.from({ length: 99 }, (_, i) => `b${i}: *x`).join('\n')}\n`)).toEqual([]);
    expect(parseSource('a: *nowhere\n').loader).toBe('yaml');
    // The yaml package warns of an anchor whose name ends in a colon.
    expect(differences("name:\n  - {;:,&: ''}\n")).toBeNull();
    expect(differences('a: &x: 1\n')).toBeNull();
  });

  test('on the SPEC example and the examples folder', () => {
    const files = [specExample, ...['oil-change', 'local-bakery', 'online-shop'].map((name) => readFileSync(new URL(`../../examples/${name}.yaml`, import.meta.url), 'utf8'))];
    for (const text of files) expect(differences(text)).toEqual([]);
  });
});

describe('duplicate keys', () => {
  test('are found where the yaml package\'s own visit finds them, in every kind of collection (property)', () => {
    const reference = (doc: Yaml.Document) => {
      const offsets: number[] = [];
      visit(doc, {
        Map(_, map) {
          const seen = new Set<unknown>();
          for (const pair of map.items) {
            if (!isScalar(pair.key)) continue;
            if (seen.has(pair.key.value)) offsets.push(pair.key.range?.[0] ?? 0);
            else seen.add(pair.key.value);
          }
        },
      });
      return offsets.sort((a, b) => a - b);
    };
    const line = fc.constantFrom('a: 1', 'a: 2', '  a: 1', '  b: 2', '- a: 1', '  - a: 1', '    a: 2', 'k: [a: 1, a: 2]', 'k: {a: 1, a: 2}', '? [a, b]', ': x', '? {a: 1, a: 1}',
      'k: &x {a: 1}', 'j: *x', '<<: *x', '- [x: 1, x: 1]', 'b:', '  - - a: 1', '      a: 1');
    fc.assert(fc.property(linesOf(line, 8), (text) => {
      const doc = parseDocument(text, PARSE_OPTIONS);
      expect(duplicateKeys(doc, Yaml), text).toEqual(reference(doc));
    }), { numRuns: RUNS * 4 });
    expect(duplicateKeys(parseDocument('a: 1\nb:\n  - c: 1\n    c: 2\na: 3\n', PARSE_OPTIONS), Yaml)).toEqual([21, 26]);
  });
});
