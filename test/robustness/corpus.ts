import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from '../../src/core/lint/diagnostic.js';

export const badDir = new URL('../fixtures/bad/', import.meta.url).pathname;

/** The committed bad inputs: small files, each a way a strategy file can go wrong. */
export function committedCorpus(): { name: string; bytes: Buffer }[] {
  return readdirSync(badDir).sort().map((name) => ({ name, bytes: readFileSync(join(badDir, name)) }));
}

/** Inputs too large to commit, generated once per test run into a temporary folder, with the diagnostic they must give. */
export function generatedCorpus(): { name: string; path: string; expected: string }[] {
  const dir = join(tmpdir(), `mcm-bad-corpus-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const files: { name: string; text: () => string; expected: string }[] = [
    // 50 MB of nested lists: far beyond any strategy, and far beyond what a YAML tree of it would fit in memory.
    {
      name: 'nested-lists-50mb.yaml',
      text: () => 'mcm: 1\nname: Nested\nchannels:\n' + '  - [[[[[[[[[[lol, lol], [lol]]]]]]]]]]\n'.repeat(1_350_000),
      expected: '1:1  error  This file is larger than 10 MB, the most mcm reads (a strategy of 10,000 channels is about 6 MB): check that it is the right file, or split the strategy.  yaml-syntax',
    },
    {
      name: 'long-line-value.yaml',
      text: () => `mcm: 1\nname: Long\nusp: ${'Done in 30 minutes, or the next one is free. '.repeat(22_223)}\n`,
      expected: '1:1  error  Missing required "goal" in the strategy: the one goal every channel serves.  schema',
    },
    {
      name: 'long-line-garbage.yaml',
      text: () => `mcm: 1\n${'{[:'.repeat(333_334)}\n`,
      expected: '2:148  error  Lists or mappings are nested too deeply here for mcm to read (more than 100 levels; a strategy needs a few): check the brackets and the indentation.  yaml-syntax',
    },
    {
      name: 'long-key.yaml',
      text: () => `mcm: 1\n${'k'.repeat(1_000_000)}: value\n`,
      expected: `2:1  error  Unknown key "${'k'.repeat(79)}…" in the strategy. Known keys here: mcm, name, locale, approach, period, goal, usp, brand, budget, stack, personas, channels, funnel, journeys (or x-… for your own data).  schema`,
    },
  ];
  return files.map(({ name, text, expected }) => {
    const path = join(dir, name);
    writeFileSync(path, text());
    return { name, path, expected };
  });
}

/** The positions that do not lie inside `text`; empty when every diagnostic points into the file. */
export function positionsOutside(text: string, diagnostics: Diagnostic[]): string[] {
  const lines = text.split('\n');
  const width = (line: number) => lines[line - 1]?.length ?? -1;
  const wrong: string[] = [];
  for (const d of diagnostics) {
    const where = `${d.ruleId} ${d.line}:${d.column}-${d.endLine}:${d.endColumn}`;
    const startInside = d.line >= 1 && d.line <= lines.length && d.column >= 1 && d.column <= width(d.line) + 1;
    // The end may sit one character after a start at the very end of a line: a one-character marker there.
    const endLimit = Math.max(width(d.endLine) + 1, d.endLine === d.line ? d.column + 1 : 0);
    const endInside = d.endLine >= d.line && d.endLine <= lines.length && d.endColumn >= 1 && d.endColumn <= endLimit;
    const ordered = d.endLine > d.line || d.endColumn >= d.column;
    if (!startInside || !endInside || !ordered || !Number.isInteger(d.line + d.column + d.endLine + d.endColumn)) wrong.push(where);
  }
  return wrong;
}

/** Text as the loader sees it: UTF-8 where it decodes, with a replacement character where it does not. */
export function decoded(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

/** A stack trace line, as Node prints one: "    at fn (file.js:1:2)". */
export const STACK_LINE = /^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>\)?)$/m;
