import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { strategySchema } from '../src/core/schema.js';
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

/** Every .ts file under a folder, as paths from the repository root. */
function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

/** The code of a file without its comments, so that a comment naming process.env is not a use of it. */
const code = (file: string) => readFileSync(join(ROOT, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

// src/core never touches the file system or the process: the CLI (and the language server) read files,
// environment variables and arguments, and pass what they found in.
const FORBIDDEN = [
  { what: 'imports the file system', pattern: /(?:from\s+|import\s*\(\s*|require\(\s*)['"](?:node:)?fs(?:\/promises)?['"]/ },
  { what: 'imports node:process', pattern: /(?:from\s+|import\s*\(\s*|require\(\s*)['"](?:node:)?process['"]/ },
  { what: 'reads process', pattern: /(?<![\w.$])process\s*(?:\.|\[)/ },
];

test('no file in src/core touches the file system or the process', () => {
  const files = sources('src/core');
  expect(files.length).toBeGreaterThan(100);
  const found = files.flatMap((file) => FORBIDDEN.filter((f) => f.pattern.test(code(file))).map((f) => `${file} ${f.what}`));
  expect(found).toEqual([]);
});

test('the check would see each kind of access', () => {
  const samples = [
    "import { readFileSync } from 'node:fs';",
    "import { readFile } from 'fs/promises';",
    "const fs = require('fs');",
    "const { env } = await import('node:process');",
    'const home = process.env.HOME;',
    "const cwd = process['cwd']();",
  ];
  for (const sample of samples) expect(FORBIDDEN.some((f) => f.pattern.test(sample)), sample).toBe(true);
  expect(FORBIDDEN.some((f) => f.pattern.test('const processed = subprocess.run; // process.env'.replace(/\/\/.*$/, '')))).toBe(false);
});

test('the schema the core uses is schemas/strategy.schema.json', () => {
  expect(strategySchema).toEqual(JSON.parse(readFileSync(join(ROOT, 'schemas/strategy.schema.json'), 'utf8')));
});
