import { readdirSync, readFileSync } from 'node:fs';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { briefLanguage } from '../../../src/core/brief/language.js';
import { renderBrief, type BriefFile } from '../../../src/core/brief/render.js';
import { loadTemplates } from '../../../src/cli/templates.js';
import { createCatalogue } from '../../../src/core/i18n/catalogue.js';
import { chooseLocale } from '../../../src/core/i18n/locale.js';
import { lint } from '../../../src/core/lint/engine.js';
import { asRecord, htmlIn, markdownlint, mermaidBlocks, mermaidParse, unevenTableRows } from './validators.js';

// Every folder of test/fixtures/brief/ with a strategy.yaml is a case: its briefs are compared with the
// files under expected/ (run vitest with -u to write them after a deliberate change, then read the diff).
// A folder named "<case>.<locale>" is rendered in that language, as --locale does; otherwise the strategy's
// own locale: key decides, then English.
const FIXTURES = new URL('../../fixtures/brief/', import.meta.url);
const cases = readdirSync(FIXTURES, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
const templates = loadTemplates();

const LOCALES = new URL('../../../locales/', import.meta.url);
const tableOf = (file: string) => JSON.parse(readFileSync(new URL(file, LOCALES), 'utf8')) as Record<string, string>;

/** The language of a case, and the lint messages in it, as mcm brief loads them. */
export function caseLanguage(name: string, strategy: unknown) {
  const locale = chooseLocale({ flag: name.includes('.') ? name.split('.').pop() : undefined, strategy });
  if (locale === 'en') return { locale, language: briefLanguage() };
  return {
    locale,
    messages: createCatalogue(locale, tableOf(`${locale}.json`), IntlMessageFormat),
    language: briefLanguage(locale, { brief: tableOf(`brief.${locale}.json`), catalog: tableOf(`catalog.${locale}.json`) }),
  };
}

function briefsOf(name: string): BriefFile[] {
  const input = readFileSync(new URL(`${name}/strategy.yaml`, FIXTURES), 'utf8');
  const { messages, language } = caseLanguage(name, (parse(input) as { locale?: unknown }).locale);
  const result = lint(input, { file: 'strategy.yaml', ...(messages ? { messages } : {}) });
  expect(result.errorCount, `${name}/strategy.yaml has lint errors`).toBe(0);
  return renderBrief(input, { file: 'strategy.yaml', diagnostics: result.diagnostics, templates, language }).files;
}

const rendered = new Map(cases.map((name) => [name, briefsOf(name)]));

describe.each(cases)('the briefs of %s', (name) => {
  const files = rendered.get(name)!;

  it('writes an overview, a brief per channel and a brief per persona', () => {
    const strategy: { channels: { id: string }[]; personas: { id: string }[] } = parse(readFileSync(new URL(`${name}/strategy.yaml`, FIXTURES), 'utf8'));
    expect(files.map((f) => f.path)).toEqual([
      'overview.md',
      ...strategy.channels.map((c) => `channels/${c.id}.md`),
      ...strategy.personas.map((p) => `personas/${p.id}.md`),
    ]);
  });

  it.each(files.map((f) => [f.path, f] as const))('%s matches its golden file', async (path, file) => {
    await expect(file.content).toMatchFileSnapshot(`../../fixtures/brief/${name}/expected/${path}`);
  });

  it('has tables with as many cells in every row as in the header', () => {
    for (const file of files) expect(unevenTableRows(file.content), file.path).toEqual([]);
  });

  it('lets no user text through as HTML', () => {
    // mcm's own markdownlint setting after a table row too long to wrap is the one comment a brief may hold.
    const own = (html: string) => html.startsWith('<!-- markdownlint-configure-file\n');
    for (const file of files) expect(htmlIn(file.content).filter((html) => !own(html)), file.path).toEqual([]);
  });

  it('has Mermaid diagrams that Mermaid itself parses', async () => {
    const blocks = files.flatMap((f) => mermaidBlocks(f.content).map((block) => [f.path, block] as const));
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    // Every fenced Mermaid block is parsed: none slips past the block finder (a Gantt chart, a pie, a flowchart).
    const fences = files.reduce((n, f) => n + (f.content.match(/^\s*(```|~~~)\s*mermaid/gm) ?? []).length, 0);
    expect(blocks.length).toBe(fences);
    for (const [path, block] of blocks) {
      await expect(mermaidParse(block), `${path}:\n${block}`).resolves.toBeTruthy();
    }
  }, 60_000);
});

it('every brief of every case is clean under markdownlint with its default rules', () => {
  const all = Object.assign({}, ...cases.map((name) => asRecord(rendered.get(name)!, `${name}/`)));
  expect(Object.keys(all).length).toBeGreaterThan(cases.length * 3);
  expect(markdownlint(all)).toBe('');
}, 60_000);
