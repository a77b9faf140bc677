import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderBrief, type RenderOptions } from '../../../src/core/brief/render.js';
import { loadTemplates } from '../../../src/cli/templates.js';
import type { Diagnostic } from '../../../src/core/lint/diagnostic.js';
import { lint } from '../../../src/core/lint/engine.js';
import { asRecord, markdownlint, mermaidBlocks, mermaidParse } from './validators.js';

const input = readFileSync(new URL('../../fixtures/brief/spec-example/strategy.yaml', import.meta.url), 'utf8');

/** A folder of templates, given as file name → text; shown in messages as "my-templates". */
function templatesWith(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'mcm-templates-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return loadTemplates({ dir, shown: 'my-templates' });
}

function render(options: Partial<RenderOptions> = {}) {
  return renderBrief(input, { file: 'strategy.yaml', diagnostics: [], templates: loadTemplates(), ...options });
}

function contentOf(files: { path: string; content: string }[], path: string): string {
  return files.find((f) => f.path === path)!.content;
}

describe('custom templates', () => {
  it('replace the built-in template of the same file name, and only that one', () => {
    const { files } = render({ templates: templatesWith({ 'overview.md.hbs': '# {{md name}}\n\nFor {{md goal.statement}}, by {{date goal.deadline}}.\n' }) });
    expect(contentOf(files, 'overview.md')).toBe('# Spring oil-change promo\n\nFor Book 400 oil changes online this quarter, by June 30, 2027.\n');
    expect(contentOf(files, 'channels/email.md')).toMatch(/^# Customer emails — channel brief\n/);
  });

  it('replace a partial, from partials/ or beside the templates, and may add partials of their own', () => {
    const { files } = render({
      templates: templatesWith({
        'partials/footer.hbs': 'Owned by the growth team.\n',
        'kpi-table.hbs': '{{#each rows}}\n- {{label}}: {{targetText}}\n{{/each}}\n',
        'persona.md.hbs': '# {{md persona.title}}\n\n{{> signature}}\n',
        'partials/signature.hbs': 'Questions: ask {{md strategyName}}.\n',
      }),
    });
    const email = contentOf(files, 'channels/email.md');
    expect(email).toMatch(/## KPIs\n\n- Open rate: 35%\n- Click rate: 5%\n/);
    expect(email.endsWith('- [Emma, the busy commuter](../personas/busy-commuter.md)\n\nOwned by the growth team.\n')).toBe(true);
    expect(contentOf(files, 'personas/busy-commuter.md')).toBe('# Emma, the busy commuter\n\nQuestions: ask Spring oil-change promo.\n');
  });

  it('must be named after a brief', () => {
    expect(() => templatesWith({ 'overveiw.md.hbs': '# x\n' })).toThrow('--templates: my-templates/overveiw.md.hbs replaces no brief; did you mean overview.md.hbs?');
    expect(() => templatesWith({ 'summary.md.hbs': '# x\n' })).toThrow(
      '--templates: my-templates/summary.md.hbs replaces no brief: the briefs are overview.md.hbs, channel.md.hbs, persona.md.hbs.',
    );
    expect(() => loadTemplates({ dir: '/nonexistent/templates', shown: 'nowhere' })).toThrow('--templates: "nowhere" is not a folder of templates.');
  });
});

describe('a template error', () => {
  const failing = (files: Record<string, string>) => () => render({ templates: templatesWith(files) });

  it.each([
    ['an unknown helper', { 'overview.md.hbs': '# T\n\n{{mdd name}}\n' }, 'Template my-templates/overview.md.hbs, line 3, column 1: unknown helper "mdd"; did you mean "md"?'],
    ['the console logger', { 'overview.md.hbs': '{{log name}}' }, 'Template my-templates/overview.md.hbs, line 1, column 1: unknown helper "log". The helpers are: each, if, unless, lookup, with, md, block, quote, code, url, mermaid, number, percent, money, date, join, plural, t.'],
    ['an unknown partial', { 'channel.md.hbs': '# T\n{{> kpi-tabel}}\n' }, 'Template my-templates/channel.md.hbs, line 2, column 1: unknown partial "kpi-tabel"; did you mean "kpi-table"?'],
    ['a misspelt field', { 'overview.md.hbs': '# T\n\n{{nam}}\n' }, 'Template my-templates/overview.md.hbs, line 3, column 3: "nam" is not a field here; did you mean "name"?'],
    ['a misspelt field given to a helper', { 'persona.md.hbs': '# T\n{{md segmnt}}\n' }, 'Template my-templates/persona.md.hbs, line 2, column 1: "segmnt" is not a field here; did you mean "segment"?'],
    ['a field of an empty value', { 'channel.md.hbs': '# T\n{{content.headline.text}}' }, 'Template my-templates/channel.md.hbs, line 2, column 3: "text" is read from a field that is empty here: guard it with {{#if …}}.'],
    ['a field of a text', { 'overview.md.hbs': '{{name.constructor}}' }, 'Template my-templates/overview.md.hbs: "constructor" is read from a text or a number, which has no fields.'],
    ['a wrong value for a helper', { 'overview.md.hbs': '\n{{percent name}}' }, 'Template my-templates/overview.md.hbs, line 2, column 1: "percent": expected a number, got string ({{percent 0.02}} → 2%).'],
    ['too many values for a helper', { 'overview.md.hbs': '{{md name usp}}' }, 'Template my-templates/overview.md.hbs, line 1, column 1: "md" takes 1 value, got 2 ({{md text}}: text on one line, safe in a sentence, a heading or a table cell).'],
    ['a block closed by the wrong tag', { 'overview.md.hbs': '# T\n{{#if name}}x{{/each}}\n' }, 'Template my-templates/overview.md.hbs, line 2, column 4: if doesn\'t match each.'],
    ['a block never closed', { 'overview.md.hbs': '# T\n{{#if name}}\n' }, 'Template my-templates/overview.md.hbs, line 2, column 1: the block {{#if}} is never closed: add {{/if}} where it ends.'],
    ['a tag never closed', { 'overview.md.hbs': '# T\n\n  {{name\n' }, 'Template my-templates/overview.md.hbs, line 3, column 3: this {{ tag is never closed with }}.'],
    ['a tag Handlebars cannot read', { 'overview.md.hbs': '# T\n{{name}}{{#}}\n' }, 'Template my-templates/overview.md.hbs, line 2: Handlebars cannot read the text marked here.\n    # T{{name}}{{#}}\n    --------------^'],
    ['a partial that fails', { 'partials/footer.hbs': 'By\n{{fille}}\n' }, 'Template my-templates/partials/footer.hbs, line 2, column 3: "fille" is not a field here; did you mean "file"?'],
    ['a partial that includes itself', { 'partials/footer.hbs': '{{> footer}}' }, 'Template my-templates/partials/footer.hbs: a partial includes itself without end.'],
  ])('%s is a clear message naming the file and the line', (_, files, message) => {
    expect(failing(files)).toThrow(expect.objectContaining({ name: 'UserError', message }));
  });

  it('in a built-in template names it as built in', () => {
    const templates = loadTemplates();
    templates.partials.footer = { text: '{{nope}}\n', shown: 'templates/brief/partials/footer.hbs (built in)' };
    expect(() => render({ templates })).toThrow('Template templates/brief/partials/footer.hbs (built in), line 1, column 3: "nope" is not a field here.');
  });
});

describe('the briefs', () => {
  it('are not HTML-escaped, and templates cannot reach prototype properties', () => {
    const { files } = render({
      templates: templatesWith({ 'overview.md.hbs': '{{name}} & {{usp}} <{{lookup this "constructor"}}|{{lookup this "__proto__"}}|{{lookup name "length"}}>\n' }),
    });
    expect(contentOf(files, 'overview.md')).toBe('Spring oil-change promo & Done in 30 minutes, or the next one is free <||23>\n');
  });

  it('list the warnings and notes mcm lint leaves open in the overview', () => {
    const finding = (severity: Diagnostic['severity'], line: number, message: string, ruleId: string): Diagnostic => ({
      ruleId, messageId: 'x', message, severity, file: 'strategy.yaml', path: [], pointer: '', line, column: 3, endLine: line, endColumn: 4,
    });
    const { files } = render({
      diagnostics: [
        finding('warning', 12, 'Channel "email" uses the tone "cheeky", which is not in the brand voice | friendly, straightforward.', 'tone-consistency'),
        finding('info', 40, 'The strategy has no <website> channel.', 'owned-channel'),
      ],
    });
    expect(contentOf(files, 'overview.md')).toContain([
      '## Open lint findings',
      '',
      'mcm lint leaves 1 warning and 1 note open in `strategy.yaml`:',
      '',
      '- Warning, line 12: Channel "email" uses the tone "cheeky", which is not in the',
      '  brand voice \\| friendly, straightforward. (`tone-consistency`)',
      '- Note, line 40: The strategy has no \\<website> channel. (`owned-channel`)',
      '',
    ].join('\n'));
  });

  it('say so when the strategy sets no budget', () => {
    const noBudget = input.replace(/^budget:.*\n(?: {2}.*\n)+/m, '').replace(/^ {4}budget: \d+.*\n/gm, '');
    expect(noBudget).not.toMatch(/^\s*budget:/m);
    const { files } = renderBrief(noBudget, { file: 'strategy.yaml', diagnostics: [], templates: loadTemplates() });
    expect(contentOf(files, 'overview.md')).toContain('## Budget\n\nThe strategy sets no budget yet: add budget.total, and a budget to each channel.\n\n## KPIs per channel\n');
    expect(contentOf(files, 'channels/website.md')).toContain('- **Budget:** none set for this channel\n');
  });

  it('can be limited to one part, while every brief of a full run stays expected', () => {
    const { files, expected } = render({ only: 'personas' });
    expect(files.map((f) => f.path)).toEqual(['personas/busy-commuter.md']);
    expect(expected).toEqual(['overview.md', 'channels/facebook-page.md', 'channels/website.md', 'channels/email.md', 'personas/busy-commuter.md']);
    expect(render({ only: 'overview' }).files.map((f) => f.path)).toEqual(['overview.md']);
    expect(render({ only: 'channels' }).files.map((f) => f.path)).toEqual(['channels/facebook-page.md', 'channels/website.md', 'channels/email.md']);
  });
});

describe('names too long for a line', () => {
  const id = 'regional-facebook-page-and-instagram-ads-for-the-spring-campaign';
  const name = 'Facebook page and Instagram ads for drivers within twenty kilometres of our three workshops in the north';
  const long = input.replaceAll('facebook-page', id).replace('name: Facebook page and ads', `name: ${name}`);

  it('still give files clean under markdownlint, with Mermaid labels cut short', async () => {
    expect(lint(long).errorCount).toBe(0);
    const { files } = renderBrief(long, { file: 'strategy.yaml', diagnostics: [], templates: loadTemplates() });
    expect(markdownlint(asRecord(files))).toBe('');
    const overview = contentOf(files, 'overview.md');
    // Table rows cannot wrap: the file tells markdownlint so, rather than breaking them. The funnel diagram
    // puts each channel of a stage on a line of its own, so its lines stay short.
    expect(overview.endsWith('<!-- markdownlint-configure-file\n{ "MD013": { "tables": false } }\n-->\n')).toBe(true);
    expect(overview).toContain('  awareness["<b>Awareness</b>\n    Facebook page and Instagram ads for dri…"]\n');
    expect(contentOf(files, 'personas/busy-commuter.md')).not.toContain('markdownlint-configure-file');
    for (const block of mermaidBlocks(overview)) await expect(mermaidParse(block)).resolves.toBeTruthy();
  }, 60_000);
});
