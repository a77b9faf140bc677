import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { readStrategyFile } from '../../src/cli/files.js';
import { MAX_BYTES } from '../../src/core/strategy/parse.js';

const dir = mkdtempSync(join(tmpdir(), 'mcm-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readStrategyFile', () => {
  test('returns a file\'s bytes exactly, whatever its length (property)', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 70_000 }), (bytes) => {
      const file = join(dir, 'any.yaml');
      writeFileSync(file, bytes);
      expect(Buffer.compare(readStrategyFile(file, 'any.yaml'), Buffer.from(bytes))).toBe(0);
    }), { numRuns: 60 });
    writeFileSync(join(dir, 'empty.yaml'), '');
    expect(readStrategyFile(join(dir, 'empty.yaml'), 'empty.yaml').length).toBe(0);
  });

  test('stops one byte past the size limit, so the loader can say the file is too large', () => {
    const file = join(dir, 'large.yaml');
    writeFileSync(file, Buffer.alloc(MAX_BYTES + 5000, 0x61));
    expect(readStrategyFile(file, 'large.yaml').length).toBe(MAX_BYTES + 1);
    writeFileSync(file, Buffer.alloc(MAX_BYTES, 0x61));
    expect(readStrategyFile(file, 'large.yaml').length).toBe(MAX_BYTES);
  });
});
