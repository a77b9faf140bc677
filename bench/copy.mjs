// The bench runs mcm from a private copy of the build, so that a rebuild of the working folder during a
// run (another terminal, a watcher) cannot make later cases time a process that fails to start.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PARTS = ['dist', 'bin', 'locales', 'templates', 'schemas', 'package.json'];

/**
 * Copies what `mcm` runs from into a new temporary folder (node_modules is linked, not copied) and warms its
 * code cache with one lint. Returns `{ root, bin, remove }`.
 */
export function privateCopy(root) {
  const copy = mkdtempSync(join(tmpdir(), 'mcm-bench-build-'));
  for (const part of PARTS) {
    if (!existsSync(join(root, part))) continue;
    // The code cache is keyed by each file's time of change, which a copy does not keep: it is rebuilt below.
    cpSync(join(root, part), join(copy, part), { recursive: true, filter: (from) => !from.includes(`${join('dist', '.cache')}`) });
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
  const bin = join(copy, 'bin', 'mcm.js');
  spawnSync(process.execPath, [bin, 'lint', join(root, 'examples', 'oil-change.yaml'), '--format', 'json'], { stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
  return { root: copy, bin, remove: () => rmSync(copy, { recursive: true, force: true }) };
}
