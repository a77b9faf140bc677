import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { run } from '../../src/cli/run.js';
import { rules } from '../../src/core/rules/index.js';
import { fakeIo } from './fake-io.js';

const mcm = async (args: string[], env: Record<string, string | undefined> = {}) => {
  const fake = fakeIo(process.cwd(), '', env);
  const code = await run(args, fake.io);
  return { code, out: fake.stdout(), err: fake.stderr() };
};

describe('mcm rules', () => {
  test('gives each description in the chosen language, aligned under the headings of the language; ids and severities stay as they are', async () => {
    const uk = await mcm(['rules', '--locale', 'uk']);
    expect({ code: uk.code, err: uk.err }).toEqual({ code: 0, err: '' });
    expect(uk.out.split('\n')).toContain('channel-owner           off             warning  Кожен канал має відповідального.');
    expect(uk.out.split('\n')).toContain('budget-total            error           error    Бюджети каналів разом не перевищують загального бюджету.');
    const pl = await mcm(['--locale', 'pl', 'rules']);
    expect(pl.out.split('\n')).toContain('unique-ids              error     error    Identyfikatory person i kanałów są unikalne.');
    const ga = await mcm(['rules'], { MCM_LOCALE: 'ga' });
    expect(ga.out.split('\n')).toContain('multiple-channels       error    error    Úsáideann an straitéis dhá chainéal ar a laghad.');
    const unknown = await mcm(['rules', '--locale', 'de']);
    expect(unknown.code).toBe(2);
  });

  test('--locale pl: the headings and the lines under the table in Polish; ids, severities and preset names stay English', async () => {
    const { code, out, err } = await mcm(['rules', '--locale', 'pl']);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    const lines = out.split('\n');
    expect(lines[0]).toBe('Reguła                  Zalecany  Ścisły   Opis');
    expect(lines).toContain('channel-owner           off       warning  Każdy kanał ma osobę odpowiedzialną.');
    expect(lines.slice(rules.length + 1)).toEqual([
      '',
      'recommended to zestaw domyślny; „extends: strict” w .mcmrc.yaml wybiera strict, a „rules:” ustawia tam poziom dowolnej reguły.',
      'Uruchom „mcm rules <id>”, aby zobaczyć dokumentację reguły z przykładem, który nie przechodzi, i takim, który przechodzi.',
      '',
    ]);
    for (const english of ['Rule ', 'Recommended', 'Strict', 'Description', 'default preset', 'Run "mcm']) expect(out, english).not.toContain(english);
  });

  test('lists every rule in registry order, aligned, with its severity in each preset', async () => {
    const { code, out, err } = await mcm(['rules']);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    const lines = out.split('\n');
    expect(lines[0]).toBe('Rule                    Recommended  Strict   Description');
    expect(lines.slice(1, rules.length + 1).map((line) => line.split(' ')[0])).toEqual(rules.map((r) => r.id));
    expect(lines).toContain('yaml-syntax             error        error    The file parses as one YAML document, with no duplicate keys.');
    expect(lines).toContain('owned-channel           info         info     The strategy includes a website or blog channel: your site is a channel too.');
    expect(lines).toContain('channel-owner           off          warning  Every channel has an owner.');
    expect(lines).toContain('no-cut-text             warning      warning  A text does not lose its end to a YAML comment: an unquoted " #hashtag" ends the value.');
    expect(lines).toContain('modeline                warning      warning  The comment that tells editors where the schema is (the yaml-language-server modeline) is written so that they read it.');
    expect(lines).toContain('persona-stage-coverage  info         warning  Every persona is reached at each core funnel stage by a channel that targets it.');
    expect(lines).toContain('unused-suppression      warning      error    Every mcm-disable comment turns off a problem that is really there.');
    expect(lines.slice(rules.length + 1)).toEqual([
      '',
      'recommended is the default preset; "extends: strict" in .mcmrc.yaml selects strict, and "rules:" there sets any rule.',
      'Run "mcm rules <id>" for a rule\'s documentation, with an example that fails and one that passes.',
      '',
    ]);
  });

  test('colours the severities only when colour is on', async () => {
    const plain = await mcm(['rules']);
    expect(plain.out).not.toContain('\u001b[');
    const coloured = await mcm(['rules'], { FORCE_COLOR: '1' });
    expect(coloured.out.split('\n')[0]).toBe('\u001b[1mRule                    Recommended  Strict   Description\u001b[22m');
    expect(coloured.out).toContain('channel-owner           \u001b[2moff        \u001b[22m  \u001b[33mwarning\u001b[39m  Every channel has an owner.');
    expect((await mcm(['rules', '--no-color'], { FORCE_COLOR: '1' })).out).toBe(plain.out);
  });

  test('prints the documentation page of a rule', async () => {
    const { code, out, err } = await mcm(['rules', 'funnel-coverage']);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toBe(readFileSync(new URL('../../docs/rules/funnel-coverage.md', import.meta.url), 'utf8'));
    expect(out.split('\n').slice(0, 5)).toEqual([
      '# funnel-coverage',
      '',
      '> Each core funnel stage has at least one channel, and every conversion channel has a call to action.',
      '',
      'Default severity: warning · Options: none',
    ]);
  });

  test('makes the headings of a page bold when colour is on', async () => {
    const { out } = await mcm(['rules', 'channel-owner'], { FORCE_COLOR: '1' });
    expect(out.split('\n')[0]).toBe('\u001b[1m# channel-owner\u001b[22m');
    expect(out).toContain('\n\u001b[1m## Why\u001b[22m\n');
  });

  test.each([
    ['funnel-coverag', 'mcm: Unknown rule "funnel-coverag"; did you mean "funnel-coverage"? Run "mcm rules" for the list.\n'],
    ['budget', 'mcm: Unknown rule "budget"; did you mean "budget-total"? Run "mcm rules" for the list.\n'],
    ['coverage', 'mcm: Unknown rule "coverage"; rules with "coverage" in their id: funnel-coverage, persona-coverage, persona-stage-coverage. Run "mcm rules" for the list.\n'],
    ['tiktok-ban', 'mcm: Unknown rule "tiktok-ban". Run "mcm rules" for the list.\n'],
  ])('an unknown id "%s" exits 2 with a hint', async (id, message) => {
    expect(await mcm(['rules', id])).toEqual({ code: 2, out: '', err: message });
  });
});
