import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const bin = new URL('../../bin/mcm.js', import.meta.url).pathname;
const mcm = (cwd: string, args: string[]) => {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, input: '', encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' } });
  return { code: result.status, out: result.stdout, err: result.stderr };
};

describe('mcm init, as a script runs it', () => {
  test.each(['local-service', 'ecommerce', 'b2b-saas'])('--yes --preset %s writes a strategy that mcm lint finds clean', (preset) => {
    const dir = mkdtempSync(join(tmpdir(), 'mcm-init-e2e-'));
    const written = mcm(dir, ['init', `${preset}.yaml`, '--yes', '--preset', preset]);
    expect(written.code).toBe(0);
    expect(written.err).toBe('');
    expect(written.out.split('\n')[0]).toMatch(new RegExp(`^✔ Wrote ${preset}\\.yaml: 2 personas, [45] channels, [45] funnel stages\\.$`));
    expect(mcm(dir, ['lint', `${preset}.yaml`])).toEqual({ code: 0, out: '✔ No problems found in 1 file.\n', err: '' });
    expect(mcm(dir, ['lint', `${preset}.yaml`, '--rule', 'channel-owner=error'])).toEqual({ code: 0, out: '✔ No problems found in 1 file.\n', err: '' });
  });

  test('with standard input not a terminal and no --yes, exits 2 and says what to run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcm-init-e2e-'));
    const result = mcm(dir, ['init']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('  mcm init --yes --preset local-service     (or --preset ecommerce, --preset b2b-saas)\n');
    expect(readdirSync(dir)).toEqual([]);
  });

  test('an existing file without --force: exit 2, file untouched', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcm-init-e2e-'));
    writeFileSync(join(dir, 'strategy.yaml'), 'mine\n');
    expect(mcm(dir, ['init', '--yes'])).toEqual({
      code: 2,
      out: '',
      err: 'mcm: strategy.yaml already exists, and mcm init never replaces a file unasked. Name another file (mcm init new-strategy.yaml), or add --force to replace it.\n',
    });
  });
});
