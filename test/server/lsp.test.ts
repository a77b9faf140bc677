import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { channelTypes } from '../../src/core/catalog/index.js';
import { Client } from './client.js';

const spec = readFileSync(new URL('../fixtures/strategies/spec-example.yaml', import.meta.url), 'utf8');
// The SPEC example with an off-voice tone on the website: one warning, plus what the configuration adds.
const text = spec.replace('      cta: Choose a slot\n', '      cta: Choose a slot\n      tone: cheerful\n');
const lineOf = (needle: string, from = 0) => text.split('\n').findIndex((l, i) => i >= from && l.includes(needle));
const pos = (needle: string, at = 0, from = 0) => {
  const line = lineOf(needle, from);
  return { line, character: text.split('\n')[line]!.indexOf(needle) + at };
};

let dir: string;
let uri: string;
let client: Client;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mcm-lsp-'));
  writeFileSync(join(dir, '.mcmrc.yaml'), 'rules:\n  channel-owner: error\n  link-tracking: off\n  goal-kpi-link: off\n');
  uri = pathToFileURL(join(dir, 'strategy.yaml')).href;
  client = new Client(dir);
});

afterAll(() => {
  client.child.kill();
  rmSync(dir, { recursive: true, force: true });
});

describe('mcm lsp --stdio', () => {
  test('initialize: the capabilities it offers', async () => {
    const result = await client.request('initialize', { processId: null, rootUri: pathToFileURL(dir).href, capabilities: {} });
    expect(result).toEqual({
      capabilities: {
        textDocumentSync: { openClose: true, change: 2 },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [' ', ',', '['] },
        definitionProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix'] },
      },
      serverInfo: { name: 'mcm', version: expect.stringMatching(/^\d+\.\d+\.\d+/) },
    });
    await client.notify('initialized', {});
  });

  test('open: the diagnostics of mcm lint, with the configuration next to the file', async () => {
    const published = client.diagnostics(uri, 1);
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    const website = lineOf('  - id: website');
    const email = lineOf('  - id: email');
    const tone = pos('tone: cheerful');
    expect(await published).toEqual([
      {
        range: { start: { line: website, character: 4 }, end: { line: website, character: 15 } }, severity: 1, source: 'mcm', code: 'channel-owner',
        codeDescription: { href: 'https://mcm.dev/docs/rules/channel-owner' },
        message: 'Channel "website" has no owner: name the person or role who runs it under owner, so someone answers for its message and its KPIs.',
      },
      {
        range: { start: { line: tone.line, character: 12 }, end: { line: tone.line, character: 20 } }, severity: 2, source: 'mcm', code: 'tone-consistency',
        codeDescription: { href: 'https://mcm.dev/docs/rules/tone-consistency' },
        message: 'Channel "website" uses the tone "cheerful", which is not part of the brand voice: pick one of "friendly" or "straightforward", or add "cheerful" to brand.voice if the brand really speaks that way.',
      },
      {
        range: { start: { line: email, character: 4 }, end: { line: email, character: 13 } }, severity: 1, source: 'mcm', code: 'channel-owner',
        codeDescription: { href: 'https://mcm.dev/docs/rules/channel-owner' },
        message: 'Channel "email" has no owner: name the person or role who runs it under owner, so someone answers for its message and its KPIs.',
      },
    ]);
  });

  test('change: a burst of edits ends with the diagnostics of the last version, each version linted at most once', async () => {
    const tone = pos('cheerful');
    const published = client.diagnostics(uri, 3);
    const range = { start: tone, end: { line: tone.line, character: tone.character + 'cheerful'.length } };
    await client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range, text: 'friendl' }] });
    const after = { start: tone, end: { line: tone.line, character: tone.character + 'friendl'.length } };
    await client.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ range: after, text: 'friendly' }] });
    expect((await published).map((d) => `${d.range.start.line}:${d.range.start.character} ${String(d.code)}`)).toEqual([
      `${lineOf('  - id: website')}:4 channel-owner`,
      `${lineOf('  - id: email')}:4 channel-owner`,
    ]);
    // A version superseded while it waited is never linted; none is linted twice.
    const versions = client.published.filter((p) => p.uri === uri).map((p) => p.version);
    expect(versions).toEqual([...new Set(versions)].sort());
    expect(versions.at(-1)).toBe(3);
  });

  test('hover: a channel type from the catalog', async () => {
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: pos('type: facebook', 8) });
    expect(hover).toEqual({
      contents: {
        kind: 'markdown',
        value: [
          '**Facebook** (`facebook`), owned channel',
          '',
          'Formats:',
          '- `text-post`: post text up to 63,206 characters',
          '- `image-post`: post text up to 63,206 characters',
          '- `carousel`: post text up to 63,206 characters',
          '- `short-video`',
          '- `video`: post text up to 63,206 characters',
          '- `story`',
          '- `live-video`',
          '- `social-ad`: primary text best within 125 characters; headline best within 40 characters',
          '',
          'Stages: awareness, consideration, conversion, retention, advocacy',
          '',
          'Audience: Used by a majority of every adult age group; older than TikTok or Instagram. B2C: a strong fit; B2B: a fair fit.',
        ].join('\n'),
      },
      range: { start: { line: lineOf('type: facebook'), character: 10 }, end: { line: lineOf('type: facebook'), character: 18 } },
    });
  });

  test('hover: a metric, and the room a message has left', async () => {
    const metric = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: pos('click_through_rate', 3) });
    expect(metric.contents.value).toBe('**Click-through rate** (`click_through_rate`)\n\nClicks divided by impressions, for ads, posts and search results.\n\nA ratio, written as a fraction (0.02 = 2 %); read at a moment (the actual is the latest result); higher is better.\n\nMeasures: consideration');
    const message = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: pos('Your oil change', 2) });
    expect(message.contents.value).toBe('**54 of 63,206** characters for the post text of a Facebook image post: 63,152 left.');
    // A comment has nothing to say.
    expect(await client.request('textDocument/hover', { textDocument: { uri }, position: pos('# format version', 3) })).toBeNull();
  });

  test('completion: formats of this channel\'s type, metrics that fit it, ids, stages and voice words', async () => {
    type Item = { label: string; textEdit: { range: unknown; newText: string } };
    const labels = async (position: { line: number; character: number }) =>
      (await client.request<Item[]>('textDocument/completion', { textDocument: { uri }, position })).map((i) => i.label);
    const format = pos('format: image-post', 10);
    const items = await client.request<Item[]>('textDocument/completion', { textDocument: { uri }, position: format });
    expect(items.map((i) => i.label)).toEqual(Object.keys(channelTypes.facebook.formats));
    expect(items[0]!.textEdit).toEqual({ range: { start: { line: format.line, character: 14 }, end: { line: format.line, character: 24 } }, newText: 'text-post' });
    expect(await labels(pos('metric: open_rate', 10))).toEqual([...new Set(channelTypes.email.metrics)]);
    expect(await labels(pos('channels: [website, email]', 12))).toEqual(['facebook-page', 'website', 'email']);
    expect(await labels(pos('personas: [busy-commuter]   # who', 12))).toEqual(['busy-commuter']);
    expect(await labels(pos('stage: retention', 8))).toEqual(['awareness', 'consideration', 'conversion', 'retention', 'advocacy']);
    expect(await labels(pos('tone: friendly  ', 7))).toEqual(['friendly', 'straightforward']);
    expect((await labels(pos('type: email', 7))).slice(0, 3)).toEqual(['website', 'blog', 'seo']);
    expect(await labels(pos('name: Spring', 7))).toEqual([]);
  });

  test('definition: a persona or channel id leads to where it is defined', async () => {
    const persona = await client.request('textDocument/definition', { textDocument: { uri }, position: pos('personas: [busy-commuter]   # who', 14) });
    expect(persona).toEqual({ uri, range: { start: { line: lineOf('- id: busy-commuter'), character: 8 }, end: { line: lineOf('- id: busy-commuter'), character: 21 } } });
    const channel = await client.request('textDocument/definition', { textDocument: { uri }, position: pos('channels: [website, email]', 22) });
    expect(channel).toEqual({ uri, range: { start: { line: lineOf('- id: email'), character: 8 }, end: { line: lineOf('- id: email'), character: 13 } } });
    expect(await client.request('textDocument/definition', { textDocument: { uri }, position: pos('type: email', 7) })).toBeNull();
  });

  test('code action: the fix and the suggestions of the diagnostics in the range', async () => {
    const tone = pos('tone: cheerful', 6); // "friendly" there since the change test
    const kpi = pos('metric: conversion_rate', 8);
    // The website's tone written "Friendly", and a KPI that a website does not have.
    const edits = [
      { range: { start: tone, end: { line: tone.line, character: tone.character + 1 } }, text: 'F' },
      { range: { start: kpi, end: { line: kpi.line, character: kpi.character + 'conversion_rate'.length } }, text: 'retweets' },
    ];
    const published = client.diagnostics(uri, 5);
    await client.notify('textDocument/didChange', { textDocument: { uri, version: 4 }, contentChanges: [edits[0]] });
    await client.notify('textDocument/didChange', { textDocument: { uri, version: 5 }, contentChanges: [edits[1]] });
    const diagnostics = await published;
    expect(diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${String(d.code)}`)).toEqual([
      `${lineOf('  - id: website')}:4 channel-owner`,
      `${tone.line}:${tone.character} tone-consistency`,
      `${kpi.line}:${kpi.character} kpi-channel-fit`,
      `${lineOf('  - id: email')}:4 channel-owner`,
    ]);
    const ask = (line: number, from: number, to: number) => client.request('textDocument/codeAction', {
      textDocument: { uri }, range: { start: { line, character: from }, end: { line, character: to } }, context: { diagnostics: [] },
    });
    const toneFix = diagnostics.find((d) => d.code === 'tone-consistency')!;
    expect(await ask(tone.line, tone.character, tone.character)).toEqual([{
      title: 'Write "friendly"', kind: 'quickfix', isPreferred: true, diagnostics: [toneFix],
      edit: { changes: { [uri]: [{ range: { start: tone, end: { line: tone.line, character: tone.character + 8 } }, newText: 'friendly' }] } },
    }]);
    const kpiFit = diagnostics.find((d) => d.code === 'kpi-channel-fit')!;
    const replace = (newText: string) => ({ changes: { [uri]: [{ range: { start: kpi, end: { line: kpi.line, character: kpi.character + 'retweets'.length } }, newText }] } });
    const actions = await ask(kpi.line, kpi.character + 2, kpi.character + 4);
    expect(actions).toEqual([{ title: 'Measure "shares" instead', kind: 'quickfix', diagnostics: [kpiFit], edit: replace('shares') }]);
  });

  test('code action: none where nothing can be fixed', async () => {
    const line = lineOf('  - id: email');
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri }, range: { start: { line, character: 4 }, end: { line, character: 13 } }, context: { diagnostics: [] },
    });
    expect(actions).toEqual([]);
  });

  test('a YAML file that is not a strategy gets no diagnostics', async () => {
    const other = pathToFileURL(join(dir, 'docker-compose.yaml')).href;
    const published = client.diagnostics(other, 1);
    await client.notify('textDocument/didOpen', { textDocument: { uri: other, languageId: 'yaml', version: 1, text: 'services:\n  web:\n    image: nginx\n' } });
    expect(await published).toEqual([]);
  });

  test('shutdown and exit end the server with status 0', async () => {
    expect(await client.stop()).toBe(0);
  });
});

describe('mcm lsp', () => {
  test('a broken configuration is shown at the top of the file, and the recommended rules still run', async () => {
    const broken = mkdtempSync(join(tmpdir(), 'mcm-lsp-config-'));
    try {
      writeFileSync(join(broken, '.mcmrc.yaml'), 'rules:\n  no-such-rule: error\n');
      const file = pathToFileURL(join(broken, 'strategy.yaml')).href;
      const other = new Client(broken);
      await other.request('initialize', { processId: null, rootUri: null, capabilities: {} });
      await other.notify('initialized', {});
      const published = other.diagnostics(file, 1);
      await other.notify('textDocument/didOpen', { textDocument: { uri: file, languageId: 'yaml', version: 1, text: spec } });
      const diagnostics = await published;
      expect(diagnostics[0]).toEqual({
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 1, source: 'mcm', code: 'config',
        message: '.mcmrc.yaml: unknown rule "no-such-rule" (run "mcm rules" for the list). (the recommended rules run until it is fixed)',
      });
      // The recommended rules: the SPEC example has only advice (info) under them.
      expect(diagnostics.slice(1).map((d) => d.severity)).toEqual(diagnostics.slice(1).map(() => 3));
      // In the strategy's own language, like the rest of its diagnostics.
      const ukrainian = pathToFileURL(join(broken, 'uk.yaml')).href;
      const own = other.diagnostics(ukrainian, 1);
      await other.notify('textDocument/didOpen', { textDocument: { uri: ukrainian, languageId: 'yaml', version: 1, text: spec.replace(/^(mcm: 1.*)$/m, '$1\nlocale: uk') } });
      expect((await own)[0]?.message).toBe('.mcmrc.yaml: невідоме правило «no-such-rule» (список правил: «mcm rules»). (поки помилку не виправлено, діють рекомендовані правила)');
      expect(await other.stop()).toBe(0);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });

  test('without --stdio it says how to run it and exits 2', () => {
    const result = spawnSync(process.execPath, [new URL('../../bin/mcm.js', import.meta.url).pathname, 'lsp'], { encoding: 'utf8' });
    expect({ code: result.status, out: result.stdout, err: result.stderr }).toEqual({
      code: 2, out: '',
      err: 'mcm: mcm lsp speaks to an editor over standard input and output: run it as "mcm lsp --stdio" (docs/editors.md shows how editors start it).\n',
    });
  });
});

describe('mcm lsp --stdio in the user\'s language', () => {
  let other: Client;
  let home: string;
  beforeAll(() => {
    home = mkdtempSync(join(tmpdir(), 'mcm-lsp-locale-'));
    writeFileSync(join(home, '.mcmrc.yaml'), 'rules:\n  channel-owner: off\n  link-tracking: off\n  goal-kpi-link: off\n');
    other = new Client(home);
  });
  afterAll(() => {
    other.child.kill();
    rmSync(home, { recursive: true, force: true });
  });

  test('the editor\'s language, unless the strategy names its own; quick fixes in the same language', async () => {
    await other.request('initialize', { processId: null, rootUri: pathToFileURL(home).href, capabilities: {}, locale: 'pl-PL' });
    await other.notify('initialized', {});
    const polish = pathToFileURL(join(home, 'pl.yaml')).href;
    const cased = text.replace('tone: cheerful', 'tone: Friendly');
    const published = other.diagnostics(polish, 1);
    await other.notify('textDocument/didOpen', { textDocument: { uri: polish, languageId: 'yaml', version: 1, text: cased } });
    const [tone] = await published;
    expect(tone?.message).toBe('Kanał „website” zapisuje ton „Friendly”, a głos marki zapisuje „friendly”: pisz tak samo, aby briefy i raporty je grupowały.');
    const at = { line: tone!.range.start.line, character: tone!.range.start.character };
    const actions = await other.request<{ title: string }[]>('textDocument/codeAction', { textDocument: { uri: polish }, range: { start: at, end: at }, context: { diagnostics: [] } });
    expect(actions.map((a) => a.title)).toEqual(['Napisz „friendly”']);

    const ukrainian = pathToFileURL(join(home, 'uk.yaml')).href;
    const own = other.diagnostics(ukrainian, 1);
    await other.notify('textDocument/didOpen', { textDocument: { uri: ukrainian, languageId: 'yaml', version: 1, text: cased.replace(/^(mcm: 1.*)$/m, '$1\nlocale: uk') } });
    expect((await own).map((d) => d.message)).toEqual(['Канал «website» пише тон «Friendly», а голос бренду пише «friendly»: пишіть однаково, щоб брифи й звіти їх групували.']);
  });
});
