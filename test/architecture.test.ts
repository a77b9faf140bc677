import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const doc = readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8');

test('every path docs/architecture.md names exists', () => {
  const named = [...new Set([...doc.matchAll(/`((?:src|test|schemas|templates|docs)\/[^`\s]*)`/g)].map((m) => m[1]!))];
  expect(named.length).toBeGreaterThan(25);
  // Patterns such as src/core/rules/<id>.ts name a folder that must exist.
  const missing = named.map((p) => (p.includes('<') ? p.slice(0, p.lastIndexOf('/', p.indexOf('<'))) : p)).filter((p) => !existsSync(join(ROOT, p)));
  expect(missing).toEqual([]);
});

test('the short file names of the format list exist next to the first', () => {
  const [, list = ''] = /`src\/core\/formatters\/stylish\.ts`,([\s\S]*?)\. Counts/.exec(doc) ?? [];
  const names = [...list.matchAll(/`([a-z]+\.ts)`/g)].map((m) => m[1]!);
  expect(names).toEqual(['json.ts', 'sarif.ts', 'github.ts', 'junit.ts', 'markdown.ts']);
  for (const name of names) expect(existsSync(join(ROOT, 'src/core/formatters', name)), name).toBe(true);
});
