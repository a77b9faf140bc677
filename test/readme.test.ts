import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { rules } from '../src/core/rules/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

test('README lists every rule with its severities, description and page', () => {
  const rows = readme.split('\n').filter((line) => line.startsWith('| [`'));
  expect(rows).toEqual(rules.map((r) => `| [\`${r.id}\`](docs/rules/${r.id}.md) | ${r.severity.recommended} | ${r.severity.strict} | ${r.description} |`));
});

test('README tells a new user the two commands', () => {
  expect(readme).toContain('npm install');
  expect(readme).toContain('npm test');
  expect(readme).toContain('npx mcm lint examples/oil-change.yaml');
});
