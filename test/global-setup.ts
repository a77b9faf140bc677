import { spawnSync } from 'node:child_process';

// End-to-end tests spawn the built binary: build once before any test runs (the bundle, then the type
// declarations). Type errors do not stop the build here (test/typecheck.test.ts reports them), so one
// unfinished module cannot hide every other result.
export default function setup(): void {
  spawnSync(process.execPath, ['scripts/bundle.mjs'], { stdio: 'ignore' });
  spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'ignore' });
}
