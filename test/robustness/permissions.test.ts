import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

// EACCES end to end. Root reads every file whatever its mode, so the built binary runs as the user "nobody"
// (spawn's uid and gid) on files and folders of a temporary folder whose modes shut it out.

const bin = new URL('../../bin/mcm.js', import.meta.url).pathname;
const example = new URL('../fixtures/strategies/spec-example.yaml', import.meta.url);
const isRoot = process.getuid?.() === 0;
const nobody = (() => {
  const ids = ['-u', '-g'].map((flag) => spawnSync('id', [flag, 'nobody'], { encoding: 'utf8' }).stdout.trim());
  return ids.every((id) => /^\d+$/.test(id)) ? { uid: Number(ids[0]), gid: Number(ids[1]) } : undefined;
})();
const reason = !isRoot ? 'not run as root: a user cannot hand files to another user here' : !nobody ? 'no user "nobody" on this machine' : '';

describe.skipIf(reason !== '')(`permission denied, as the user "nobody"${reason ? ` (skipped: ${reason})` : ''}`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'mcm-eacces-'));
  afterAll(() => {
    for (const folder of ['closed', 'read-only']) chmodSync(join(dir, folder), 0o755);
    rmSync(dir, { recursive: true, force: true });
  });
  // The folder itself is open to everyone (mkdtemp makes it private); what is inside is shut one way or another.
  chmodSync(dir, 0o755);
  copyFileSync(example, join(dir, 'open.yaml'));
  copyFileSync(example, join(dir, 'shut.yaml'));
  chmodSync(join(dir, 'shut.yaml'), 0o000);
  mkdirSync(join(dir, 'closed'));
  copyFileSync(example, join(dir, 'closed', 'inside.yaml'));
  chmodSync(join(dir, 'closed'), 0o000);
  mkdirSync(join(dir, 'read-only'));
  chmodSync(join(dir, 'read-only'), 0o555);
  writeFileSync(join(dir, 'shut.mcmrc.yaml'), 'rules:\n  channel-owner: warning\n');
  chmodSync(join(dir, 'shut.mcmrc.yaml'), 0o000);

  const asNobody = (args: string[]) => {
    const result = spawnSync(process.execPath, [bin, ...args], {
      cwd: dir, encoding: 'utf8', timeout: 60_000, ...nobody,
      // A home nobody can write to: the code cache is then skipped, as on a read-only machine.
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', HOME: join(dir, 'read-only'), XDG_CACHE_HOME: join(dir, 'read-only') },
    });
    return { code: result.status, out: result.stdout, err: result.stderr };
  };

  test.each([
    [['lint', 'shut.yaml'], 'mcm: Cannot read "shut.yaml": permission denied.\n'],
    [['lint', 'closed'], 'mcm: Cannot read the folder "closed": permission denied.\n'],
    [['lint', 'closed/inside.yaml'], 'mcm: Cannot read "closed/inside.yaml": permission denied.\n'],
    [['lint', 'open.yaml', '--config', 'shut.mcmrc.yaml'], 'mcm: Cannot read the configuration file "shut.mcmrc.yaml": permission denied.\n'],
    [['lint', 'open.yaml', '-o', 'read-only/report.json'], 'mcm: Cannot write the report to "read-only/report.json": permission denied.\n'],
    [['brief', 'open.yaml', '--out', 'read-only/briefs'], 'mcm: Cannot create the folder "read-only/briefs": permission denied.\n'],
  ])('mcm %j: one line, exit 2', (args, message) => {
    expect(asNobody(args)).toEqual({ code: 2, out: '', err: message });
  });

  test('the files are left as they were', () => {
    expect(readFileSync(join(dir, 'open.yaml'), 'utf8')).toBe(readFileSync(example, 'utf8'));
    chmodSync(join(dir, 'read-only'), 0o755);
    expect(spawnSync('ls', ['-A', join(dir, 'read-only')], { encoding: 'utf8' }).stdout).toBe('');
    chmodSync(join(dir, 'read-only'), 0o555);
  });
});
