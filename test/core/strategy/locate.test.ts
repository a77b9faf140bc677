import { parseDocument } from 'yaml';
import * as yaml from 'yaml';
import { describe, expect, test } from 'vitest';
import { nodeIndex } from '../../../src/core/strategy/locate.js';

const text = [
  'goal:',
  '  statement: Book 400 oil changes',
  'channels:',
  '  - id: email',
  '    content:',
  '      message: |',
  '        Two lines',
  '        of text',
  '  - { id: sms, type: sms }',
  '',
].join('\n');
const index = nodeIndex(parseDocument(text), yaml, text);

describe('node offsets and paths both ways', () => {
  test('a multi-line node ends on its real last line, with offsets', () => {
    const at = index.spanOf(['channels', 0, 'content', 'message'])!;
    expect(at).toMatchObject({ line: 6, column: 16, endLine: 8, endColumn: 16 });
    expect(text.slice(at.offset, at.endOffset)).toBe('|\n        Two lines\n        of text');
    const channel = index.spanOf(['channels', 0])!;
    expect([channel.line, channel.endLine]).toEqual([4, 8]);
    expect(text.slice(index.spanOf(['goal', 'statement'], 'key')!.offset, index.spanOf(['goal', 'statement'], 'key')!.endOffset)).toBe('statement');
    expect(index.spanOf(['channels', 5])).toBeUndefined();
  });

  test('pathAt finds the innermost path at an offset', () => {
    expect(index.pathAt(text.indexOf('oil'))).toEqual(['goal', 'statement']);
    expect(index.pathAt(text.indexOf('statement'))).toEqual(['goal', 'statement']);
    expect(index.pathAt(text.indexOf('of text'))).toEqual(['channels', 0, 'content', 'message']);
    expect(index.pathAt(text.indexOf('sms'))).toEqual(['channels', 1, 'id']);
    expect(index.pathAt(text.indexOf('type: sms') + 7)).toEqual(['channels', 1, 'type']);
    expect(index.pathAt(text.length)).toEqual([]);
  });
});

describe('the place of an editor cursor (the language server asks nodeIndex too)', () => {
  const at = (needle: string, plus = 0) => text.indexOf(needle) + plus;
  test('on a key, on a value, after a colon with nothing typed yet', () => {
    expect(index.placeAt(at('statement', 2))).toEqual({ path: ['goal', 'statement'], target: 'key', start: at('statement'), end: at('statement') + 9, word: 'statement' });
    expect(index.placeAt(at('email', 1))).toEqual({ path: ['channels', 0, 'id'], target: 'value', start: at('email'), end: at('email') + 5, word: 'email' });
    const typed = 'goal:\n  metric: \n';
    const doc = nodeIndex(parseDocument(typed), yaml, typed);
    expect(doc.placeAt(typed.indexOf('metric: ') + 8)).toEqual({ path: ['goal', 'metric'], target: 'value', start: 16, end: 16, word: '' });
    expect(index.placeAt(text.length + 5)).toBeUndefined();
  });
});
