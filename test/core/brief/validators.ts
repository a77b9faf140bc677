import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import type { BriefFile } from '../../../src/core/brief/render.js';

const BINARY = fileURLToPath(new URL('../../../node_modules/.bin/markdownlint-cli2', import.meta.url));

/**
 * Runs markdownlint-cli2 with its default rules on the files, in an empty temporary folder so that no
 * configuration file of this repository applies. Returns its findings, one per line; '' when clean.
 */
export function markdownlint(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mcm-brief-lint-'));
  try {
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), content);
    }
    const run = spawnSync(BINARY, ['**/*.md'], { cwd: dir, encoding: 'utf8' });
    if (run.error) throw run.error;
    const findings = `${run.stdout}\n${run.stderr}`.split('\n').filter((line) => /\bMD\d{3}\//.test(line));
    if (run.status !== 0 && findings.length === 0) throw new Error(`markdownlint-cli2 failed: ${run.stderr}`);
    return findings.join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The ```mermaid blocks of a Markdown text. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
}

type MermaidParse = (text: string) => Promise<unknown>;
let parser: Promise<MermaidParse> | undefined;

/**
 * Mermaid's own parser. Mermaid sanitises labels with DOMPurify, which needs a DOM when the module loads:
 * without one every flowchart fails with "DOMPurify.addHook is not a function". A jsdom window is enough.
 */
export function mermaidParse(text: string): Promise<unknown> {
  parser ??= (async () => {
    const { window } = new JSDOM('<!doctype html><html><body></body></html>');
    Object.assign(globalThis, { window, document: window.document });
    const { default: mermaid } = await import('mermaid');
    return (source: string) => mermaid.parse(source);
  })();
  return parser.then((parse) => parse(text));
}

const markdownIt = new MarkdownIt({ html: true });

/** Raw HTML that a renderer would pass through: the user's text must never produce any. */
export function htmlIn(markdown: string): string[] {
  const found: string[] = [];
  for (const token of markdownIt.parse(markdown, {})) {
    if (token.type === 'html_block') found.push(token.content);
    for (const child of token.children ?? []) if (child.type === 'html_inline') found.push(child.content);
  }
  return found;
}

/** The text a reader sees, one line per paragraph, list item, heading or table cell. */
export function renderedText(markdown: string): string[] {
  const lines: string[] = [];
  for (const token of markdownIt.parse(markdown, {})) {
    if (token.type !== 'inline') continue;
    lines.push((token.children ?? []).map((child) => {
      if (child.type === 'softbreak') return ' ';
      if (child.type === 'hardbreak') return '\n';
      return child.type === 'text' || child.type === 'code_inline' ? child.content : '';
    }).join(''));
  }
  return lines;
}

/** Rows of every table whose number of cells differs from its header's. */
export function unevenTableRows(markdown: string): string[] {
  const uneven: string[] = [];
  let header: number | undefined;
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      header = undefined;
      continue;
    }
    // Cells are separated by pipes that no backslash escapes.
    const cells = line.replace(/\\\\/g, '').split(/(?<!\\)\|/).length - 2;
    header ??= cells;
    if (cells !== header) uneven.push(line);
  }
  return uneven;
}

export function asRecord(files: BriefFile[], prefix = ''): Record<string, string> {
  return Object.fromEntries(files.map((f) => [prefix + f.path, f.content]));
}
