import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

// Static imports that exist at run time (`import type` is erased).
const STATIC = /(?:^|\n)\s*import\s+(?!type\s)[^'";]*?from\s+'([^']+)'/g;
const files = sources(join(ROOT, 'src')).map((file) => ({ file: relative(ROOT, file), text: readFileSync(file, 'utf8') }));
const importers = (test: (spec: string) => boolean) => files.filter(({ text }) => [...text.matchAll(STATIC)].some((m) => test(m[1]!))).map((f) => f.file);

it('loads the chart libraries only when a picture is drawn', () => {
  expect(importers((spec) => /^vega(-lite)?$/.test(spec))).toEqual([]);
  const svg = files.find((f) => f.file === 'src/core/report/svg.ts')!.text;
  expect(svg).toContain("import('vega')");
  expect(svg).toContain("import('vega-lite')");
});

it('loads the HTML report only for mcm brief --format html', () => {
  const outside = importers((spec) => spec.includes('/report/') || spec.includes('brief-html')).filter((f) => !f.startsWith('src/core/report/') && f !== 'src/cli/commands/brief-html.ts');
  expect(outside).toEqual([]);
  expect(files.find((f) => f.file === 'src/cli/commands/brief-action.ts')!.text).toContain("await import('./brief-html.js')");
});
