import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { run } from '../../src/cli/run.js';
import { fakeIo } from './fake-io.js';

// Answers that the readers let through but that still make a strategy the schema refuses: the person's answers
// are at fault, so it is their file that is named, in their language, with exit 2; never an internal error.

vi.mock('../../src/core/lint/engine.js', async (importOriginal) => {
  const engine = await importOriginal<typeof import('../../src/core/lint/engine.js')>();
  return {
    ...engine,
    lint: (text: string, options?: Parameters<typeof engine.lint>[1]) => {
      const result = engine.lint(text, options);
      // A draft whose first channel spends less than nothing, as the schema words it.
      if (!text.includes('total: 999')) return result;
      const refused = { ruleId: 'schema', severity: 'error' as const, message: '"budget" in channel "email" must be at least 0, got -5.', line: 65, column: 13 };
      return { ...result, errorCount: 1, diagnostics: [refused, ...result.diagnostics] };
    },
  };
});

describe('mcm init --answers --yes, a draft the schema refuses', () => {
  test.each([
    ['en', 'mcm: The answers of a.yaml make a strategy that is not valid, so nothing was written: "budget" in channel "email" must be at least 0, got -5.\n'],
    ['uk', 'mcm: Відповіді з a.yaml дають недійсну стратегію, тож нічого не записано: "budget" in channel "email" must be at least 0, got -5.\n'],
  ])('%s: exit 2, the answers file named, nothing written', async (locale, err) => {
    const dir = mkdtempSync(join(tmpdir(), 'mcm-init-invalid-'));
    writeFileSync(join(dir, 'a.yaml'), 'budget:\n  total: 999\n');
    const fake = fakeIo(dir, '', { XDG_STATE_HOME: join(dir, 'state') });
    expect(await run(['init', 's.yaml', '--locale', locale, '--answers', 'a.yaml', '--yes'], fake.io)).toBe(2);
    expect(fake.stderr()).toBe(err);
    expect(fake.stdout()).toBe('');
    expect(readdirSync(dir).sort()).toEqual(['a.yaml']);
  });
});
