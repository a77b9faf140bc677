import { describe, expect, it } from 'vitest';
import { stylish } from '../../../src/core/formatters/stylish.js';
import { CWD, OPTIONS, RESULTS } from './fixtures.js';

describe('stylish', () => {
  it('lists the problems of each file, then a summary (colour off)', async () => {
    await expect(stylish(RESULTS, OPTIONS)).toMatchFileSnapshot('golden/stylish.txt');
  });

  it('colours severities, positions and the summary on a terminal (colour on)', async () => {
    await expect(stylish(RESULTS, { ...OPTIONS, color: true })).toMatchFileSnapshot('golden/stylish-color.txt');
  });

  it('says the same words with and without colour', () => {
    const coloured = stylish(RESULTS, { ...OPTIONS, color: true });
    expect(coloured).toContain('\u001b[');
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(stylish(RESULTS, OPTIONS));
  });

  it('confirms a clean run in one line', () => {
    expect(stylish([{ file: `${CWD}/strategy.yaml`, diagnostics: [], errorCount: 0, warningCount: 0, infoCount: 0 }], OPTIONS))
      .toBe('✔ No problems found in 1 file.\n');
  });
});
