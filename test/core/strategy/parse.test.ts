import { describe, expect, test } from 'vitest';
import { renderMessage } from '../../../src/core/lint/messages.js';
import yamlSyntax from '../../../src/core/rules/yaml-syntax.js';
import { parseSource } from '../../../src/core/strategy/parse.js';

const problems = (input: string | Uint8Array) => parseSource(input).problems.map((p) => `${p.range.line}:${p.range.column} ${p.severity} ${renderMessage(yamlSyntax, p.messageId, p.data)}`);

describe('parseSource', () => {
  test('reads a mapping, with a byte-order mark and CRLF line endings', () => {
    const parsed = parseSource('\uFEFFmcm: 1\r\nname: Spring promo\r\nchannels:\r\n  - id: email\r\n');
    expect(parsed.problems).toEqual([]);
    expect(parsed.value).toEqual({ mcm: 1, name: 'Spring promo', channels: [{ id: 'email' }] });
    expect(parsed.locate(['channels', 0, 'id'])).toEqual({ line: 4, column: 9, endLine: 4, endColumn: 14 });
    expect(parsed.locate(['mcm'], 'key')).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 4 });
    expect(parsed.locate(['name'], 'key')).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 5 });
  });

  test('keeps dates as text', () => {
    expect(parseSource('deadline: 2027-06-30\n').value).toEqual({ deadline: '2027-06-30' });
  });

  test('reports bad indentation where it is', () => {
    expect(problems('channels:\n  - id: a\n - id: b\n')).toEqual([
      '3:2 error The indentation of this line does not fit the lines around it: check it, and put text that contains ": " or " #" in quotes.',
    ]);
  });

  test('reports text with ": " that needs quotes', () => {
    expect(problems('usp: Fast: done in 30 minutes\n')).toEqual([
      '1:6 error This value holds ": ", which YAML reads as the start of another key: put the whole text in quotes.',
    ]);
  });

  test('reports every duplicate key', () => {
    expect(problems('name: a\nusp: b\nname: c\nusp: d\n')).toEqual([
      '3:1 error The key "name" appears twice in the same place: keep one.',
      '4:1 error The key "usp" appears twice in the same place: keep one.',
    ]);
  });

  test('reports a tab used for indentation', () => {
    expect(problems('goal:\n\tstatement: Sell more\n')).toEqual(['2:1 error A tab indents this line: YAML indents with spaces only.']);
  });

  test('reports several documents', () => {
    expect(problems('mcm: 1\n---\nmcm: 1\n')).toEqual([
      '2:1 error The file holds more than one YAML document (a second "---"): a strategy is one document.',
    ]);
  });

  test('refuses an alias bomb quickly, without expanding it', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) levels.push(`${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(10).fill(`*${'abcdefghi'[i - 1]}`).join(', ')}]`);
    // 10^9 nodes if expanded: finishing at all, with no value, shows it was not expanded.
    const parsed = parseSource(levels.join('\n') + '\n');
    expect(parsed.value).toBeUndefined();
    expect(problems(levels.join('\n') + '\n')).toEqual([
      '2:8 error The file uses aliases (*name) that would expand to more than 100 copies: mcm stops here to protect your machine. Write the values out, or use fewer aliases.',
    ]);
  });

  test('reports an empty file and a file of comments only', () => {
    const message = '1:1 error The file is empty: a strategy starts with "mcm: 1" (run "mcm init" to draft one).';
    expect(problems('')).toEqual([message]);
    expect(problems('# just a note\n\n')).toEqual([message]);
  });

  test('reports bytes that are not UTF-8, at their line', () => {
    const bytes = Buffer.concat([Buffer.from('mcm: 1\nname: Caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    expect(problems(bytes)).toEqual([
      '2:10 error This file is not UTF-8 text: save it as UTF-8 (most editors offer it under "Save with encoding").',
    ]);
  });

  test('reports binary data', () => {
    expect(problems(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toEqual([
      '1:1 error This file is not UTF-8 text: save it as UTF-8 (most editors offer it under "Save with encoding").',
    ]);
    expect(problems('mcm: 1\nname: a\0b\n')).toEqual(['2:8 error This file holds binary data, not a YAML strategy.']);
  });

  test('words each kind of YAML mistake itself, where it is', () => {
    expect([
      ...problems('mcm: 1\nname: "Spring\nusp: x\n'),
      ...problems('mcm: 1\nbrand: { voice: [a, b }\n'),
      ...problems('personas:\n  - id: a\n   name: b\n'),
      ...problems('name: @home\n'),
      ...problems('name: "a\\qb"\n'),
    ]).toEqual([
      '2:7 error A quote opened here is never closed: end the text with the same quote mark it starts with.',
      '2:23 error A list or mapping in brackets ([ ] or { }) is not written as YAML reads it here: check that it is closed and that its items are separated by commas, and put text that contains "#", ": " or a comma in quotes.',
      '3:4 error This line sits in a list but does not start with "-": start each item of a list with "- ", or indent the line as the lines of the item above.',
      '1:7 error A value here starts with @, which YAML reserves: put the whole value in quotes.',
      '1:9 error The double-quoted text holds \\q, a backslash escape YAML does not know: write \\\\ for a backslash, or use single quotes.',
    ]);
  });

  test('a file whose lines end with a carriage return alone is told so at its first line break, not read as one line', () => {
    const message = 'error This file ends its lines with a carriage return alone (CR), as classic Mac OS did: YAML reads it as one line. Save it with LF line endings (editors offer them under "Line endings" or "End of line sequence").';
    expect(problems('mcm: 1\rname: x\rusp: y\r')).toEqual([`1:7 ${message}`]);
    expect(problems('# yaml-language-server: $schema=x\rmcm: 1\r')).toEqual([`1:34 ${message}`]);
    // One line ended by a CR, and a CR inside a file of LF or CRLF line breaks, are read as the yaml package reads them.
    expect(problems('mcm: 1\r')).toEqual([]);
    expect(problems('mcm: 1\r\nname: "a\rb"\r\n')).toEqual([]);
  });

  test('a quote left open is reported where it opens, past the quote marks its text holds', () => {
    const opened = (text: string) => problems(text).map((line) => line.split(' ')[0]);
    expect(opened('mcm: 1\nname: "Say \\"hi\\" and \\\\\nusp: x\n')).toEqual(['2:7']);
    expect(opened("mcm: 1\nname: 'It''s \"ours\"\nusp: x\n")).toEqual(['2:7']);
    expect(opened("mcm: 1\nname: '''Quoted'' start\nusp: x\n")).toEqual(['2:7']);
    expect(opened('channels:\n  - id: a\n    message: "Open \\" still\n  - id: b\n')).toEqual(['3:14']);
  });

  test('reads an unknown tag as text, with a warning', () => {
    expect(problems('name: !!js/function x\n')).toEqual([
      '1:7 warning The tag !!js/function is not one mcm reads: mcm reads plain YAML values only, so this value is read as text.',
    ]);
  });

  test('treats __proto__ and constructor as plain keys', () => {
    const parsed = parseSource('__proto__: { polluted: true }\nconstructor: 1\n');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(parsed.value)).toBe(Object.prototype);
    expect(Object.keys(parsed.value as object)).toEqual(['__proto__', 'constructor']);
  });

  test('points at the first line of a multi-line node', () => {
    const parsed = parseSource('channels:\n  - id: email\n    type: email\n');
    expect(parsed.locate(['channels', 0])).toEqual({ line: 2, column: 5, endLine: 2, endColumn: 14 });
    expect(parsed.locate(['channels'], 'key')).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 9 });
  });

  test('falls back to the nearest existing node for a missing path', () => {
    const parsed = parseSource('goal:\n  statement: Sell\n');
    expect(parsed.locate(['goal', 'deadline'])).toEqual({ line: 2, column: 3, endLine: 2, endColumn: 18 });
  });
});

test('an empty value in a flow mapping closed on a later line is read and placed as the yaml package does', () => {
  for (const text of ['{\nk:\n}\n', '{\nk: \n}\n', 'brand: { voice:\n}\n']) {
    const fast = parseSource(text);
    const reference = parseSource(text, { loader: 'yaml' });
    const path = text.startsWith('brand') ? ['brand', 'voice'] : ['k'];
    expect([fast.value, fast.locate(path, 'value')]).toEqual([reference.value, reference.locate(path, 'value')]);
  }
  expect(parseSource('{\nk: \n}\n').locate(['k'], 'value')).toEqual({ line: 2, column: 4, endLine: 3, endColumn: 1 });
  // On one line the fast loader reads it.
  expect(parseSource('x: { a: 1, b: }\n').loader).toBe('js-yaml');
});
