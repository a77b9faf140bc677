import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

// Imports that exist at run time: `import type` and `export type` are erased by the compiler.
const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?!type\s)[^'";]*?from\s+'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/g;

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(join(ROOT, 'src'))) {
    const text = readFileSync(file, 'utf8');
    graph.set(file, [...text.matchAll(IMPORT)].map((m) => resolve(dirname(file), (m[1] ?? m[2])!.replace(/\.js$/, '.ts'))));
  }
  return graph;
}

test('no module of src/ imports itself through others at run time', () => {
  const graph = importGraph();
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === 'open') cycles.push(stack.slice(stack.indexOf(next)).concat(next).map((f) => relative(ROOT, f)).join(' → '));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  expect(cycles).toEqual([]);
});

test('the cycle check sees the imports it is meant to see', () => {
  const graph = importGraph();
  const deps = (file: string) => (graph.get(join(ROOT, file)) ?? []).map((f) => relative(ROOT, f));
  expect(deps('src/cli/commands/lint.ts')).toContain('src/cli/commands/lint-action.ts');
  expect(deps('src/core/lint/engine.ts')).toContain('src/core/strategy/load.ts');
});

test('core never imports the command line, the terminal libraries or node:process', () => {
  const offenders = sourceFiles(join(ROOT, 'src/core')).filter((file) => /from '(?:commander|@inquirer\/[^']+|chalk|node:process)'|from '\.\.\/(?:\.\.\/)*cli\//.test(readFileSync(file, 'utf8')));
  expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
});
