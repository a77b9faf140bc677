import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { markdownlint } from '../core/brief/validators.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/mcm.js');
const out = mkdtempSync(join(tmpdir(), 'mcm-brief-results-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function mcm(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('mcm brief --results', () => {
  it('puts the scorecard in the Markdown overview, clean under markdownlint', () => {
    const run = mcm(['brief', 'examples/online-shop.yaml', '--results', 'examples/results/online-shop.csv', '--out', out]);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const overview = readFileSync(join(out, 'overview.md'), 'utf8');
    expect(overview).toContain('## Scorecard: Verde Stride 2027 growth plan, as of March 31, 2027\n\n| Channel | KPI | Target | Actual | Expected by now | Progress | Status |\n');
    expect(overview).toContain('| tiktok | Video views | 2,500,000 | 310,000 | 616,438 | 12% | 🔴 Off track |');
    expect(overview.indexOf('## Scorecard')).toBeLessThan(overview.indexOf('## Open lint findings'));
    expect(markdownlint({ 'overview.md': overview })).toBe('');
  });

  it('lists the rows it cannot use on standard error and still writes the briefs', () => {
    const run = mcm(['brief', 'examples/online-shop.yaml', '--results', 'test/fixtures/track/typo.csv', '--out', join(out, 'typo')]);
    expect(run.code).toBe(0);
    expect(run.err).toBe('test/fixtures/track/typo.csv:3:2: "emial" is not a channel of the strategy: did you mean "email"?\n');
    expect(readFileSync(join(out, 'typo', 'overview.md'), 'utf8')).toContain('1 result row was left out:');
  });
});
