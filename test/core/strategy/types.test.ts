import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';

test('the strategy types are generated from the current schema', () => {
  const result = spawnSync(process.execPath, ['scripts/gen-types.mjs', '--check'], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status, 'run "npm run gen:types" after changing schemas/strategy.schema.json').toBe(0);
});
