import { expect, test } from 'vitest';
import { closest, distance } from '../../../src/core/text/suggest.js';

test('distance counts insertions, deletions, substitutions and swaps as one edit each', () => {
  expect([distance('kpi', 'kpis'), distance('kpis', 'kpi'), distance('websit', 'website'), distance('emial', 'email'), distance('abc', 'xyz')]).toEqual([1, 1, 1, 1, 3]);
});

test('closest suggests likely typos only', () => {
  expect(closest('emial', ['email', 'sms', 'website'])).toBe('email');
  expect(closest('Facebok', ['facebook', 'instagram'])).toBe('facebook');
  expect(closest('persona', ['personas', 'channels'])).toBe('personas');
  expect(closest('carrier-pigeon', ['email', 'sms', 'website'])).toBeUndefined();
});
