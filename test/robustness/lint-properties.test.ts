import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { lint } from '../../src/core/lint/engine.js';
import { specExample } from '../helpers.js';
import { anyValue, edited, strategyShaped, yamlText } from './arbitraries.js';
import { committedCorpus, decoded, positionsOutside } from './corpus.js';

// MCM_FUZZ_RUNS=20000 runs a longer campaign.
const RUNS = Number(process.env.MCM_FUZZ_RUNS ?? 200);

/** Lints, and returns what is wrong with the result: positions outside the file, or a polluted prototype. */
function defects(input: string | Uint8Array): string[] {
  const result = lint(input, { file: 'fuzz.yaml' });
  const text = typeof input === 'string' ? input : decoded(input);
  const found = positionsOutside(text, result.diagnostics);
  if (Object.keys(Object.prototype).length > 0 || 'polluted' in {}) found.push('Object.prototype was changed');
  if (result.errorCount + result.warningCount + result.infoCount !== result.diagnostics.length) found.push('counts do not add up');
  return found;
}

describe('lint never throws and places every diagnostic inside the file', () => {
  test('on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
      expect(defects(text)).toEqual([]);
    }), { numRuns: RUNS });
  });

  test('on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      expect(defects(bytes)).toEqual([]);
    }), { numRuns: RUNS });
  });

  test('on arbitrary YAML values', () => {
    fc.assert(fc.property(yamlText(anyValue), (text) => {
      expect(defects(text)).toEqual([]);
    }), { numRuns: RUNS });
  });

  test('on strategies with arbitrary values in every field, in every YAML style', () => {
    fc.assert(fc.property(yamlText(strategyShaped), (text) => {
      expect(defects(text)).toEqual([]);
    }), { numRuns: RUNS });
  });

  test('on the SPEC example with random edits', () => {
    fc.assert(fc.property(edited(specExample), (text) => {
      expect(defects(text)).toEqual([]);
    }), { numRuns: RUNS });
  });

  test.each(committedCorpus())('on test/fixtures/bad/$name', ({ bytes }) => {
    expect(defects(bytes)).toEqual([]);
    expect(defects(decoded(bytes))).toEqual([]);
  });
});
