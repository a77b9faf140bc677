import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { BRIEF_ERRORS } from '../../src/core/messages/brief-errors.js';

// The errors of mcm brief, the HTML report and mcm track are keyed sentences of BRIEF_ERRORS (or already worded by
// a translator), so that every language can say them: none of these files words an error in English inline.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FILES = [
  'src/cli/commands/brief-action.ts', 'src/cli/commands/brief-html.ts', 'src/cli/commands/brief-reason.ts', 'src/cli/commands/brief.ts',
  'src/cli/commands/track-import-action.ts', 'src/cli/commands/track-action.ts', 'src/cli/commands/track.ts', 'src/cli/templates.ts',
  'src/core/brief/render.ts', 'src/core/report/model.ts', 'src/core/results/import.ts', 'src/core/results/report.ts',
];
const source = (file: string) => readFileSync(join(ROOT, file), 'utf8');

it('no file of brief, the report or track builds a UserError from a plain string', () => {
  const plain = FILES.flatMap((file) => source(file).split('\n').map((line, i) => ({ where: `${file}:${i + 1}`, line }))
    .filter(({ line }) => /new UserError\(\s*['"`]/.test(line)).map(({ where }) => where));
  expect(plain).toEqual([]);
});

it('no file of brief, the report or track pushes an English sentence into the notes or problems it prints', () => {
  const english = FILES.flatMap((file) => source(file).split('\n').map((line, i) => ({ where: `${file}:${i + 1}`, line }))
    .filter(({ line }) => /(?:notes|problems)\.push\(\s*['"`]|message: ['"`][a-z]/.test(line)).map(({ where }) => where));
  expect(english).toEqual([]);
});

it('every sentence of the table is used, and every key used is in the table', () => {
  const code = FILES.map(source).join('\n');
  const used = new Set([...code.matchAll(/'(brief\.[A-Za-z0-9]+)'/g)].map((m) => m[1]!));
  expect([...used].filter((key) => !Object.hasOwn(BRIEF_ERRORS, key))).toEqual([]);
  expect(Object.keys(BRIEF_ERRORS).filter((key) => !used.has(key))).toEqual([]);
});
