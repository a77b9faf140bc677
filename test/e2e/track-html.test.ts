import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/mcm.js');

function mcm(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('mcm track --format html', () => {
  it('prints the client report with the scorecard, exits by --fail-on as the other formats do', () => {
    const shop = ['track', 'examples/online-shop.yaml', '--results', 'examples/results/online-shop.csv', '--format', 'html'];
    const run = mcm(shop);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(run.out).toContain('<section class="brief" id="scorecard" aria-labelledby="scorecard-title">');
    expect(run.out).toContain('<meta http-equiv="Content-Security-Policy"');
    // The client's page: no rule ids, no lint findings.
    expect(run.out).not.toMatch(/link-tracking|no-identical-content|id="findings"/);
    expect(mcm([...shop, '--fail-on', 'off-track']).code).toBe(1);
  });

  it('lists the rows it cannot use on standard error, as the table does', () => {
    const run = mcm(['track', 'examples/online-shop.yaml', '--results', 'test/fixtures/track/typo.csv', '--format', 'html']);
    expect(run.code).toBe(0);
    expect(run.err).toBe('test/fixtures/track/typo.csv:3:2: "emial" is not a channel of the strategy: did you mean "email"?\nOne problem in the results: those rows are left out of the scorecard.\n');
    expect(run.out).toContain('id="scorecard"');
  });
});
