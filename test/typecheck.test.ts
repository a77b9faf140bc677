import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';

test('the project type-checks under strict TypeScript', () => {
  const result = spawnSync('npx', ['tsc', '-p', 'tsconfig.json', '--noEmit'], { encoding: 'utf8' });
  expect(result.stdout).toBe('');
  expect(result.status).toBe(0);
}, 120_000);
