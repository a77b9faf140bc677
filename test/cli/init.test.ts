import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { run } from '../../src/cli/run.js';
import { lint } from '../../src/core/lint/engine.js';
import { fakeIo } from './fake-io.js';

const answers = (name: string) => join(import.meta.dirname, '..', 'fixtures', 'init', 'answers', name);
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mcm-init-'));
});

async function init(args: string[]) {
  const fake = fakeIo(dir);
  const code = await run(['init', ...args], fake.io);
  return { code, out: fake.stdout(), err: fake.stderr() };
}

const schemaText = readFileSync(join(import.meta.dirname, '..', '..', 'schemas', 'strategy.schema.json'), 'utf8');
const schemaNote = "  and strategy.schema.json next to it, which editors read through the file's first line (mcm schema --write refreshes it).\n";

const nextSteps = (file = '') => [
  '',
  'Next:',
  `  mcm lint${file}    check it again after each edit (editors check it too, through its first line)`,
  `  mcm brief${file}   write a brief for each channel and persona into briefs/`,
  '',
].join('\n');

describe('mcm init, without a terminal', () => {
  test('--yes writes the preset, which lints clean, and says what to do next', async () => {
    expect(await init(['--yes'])).toEqual({ code: 0, out: `✔ Wrote strategy.yaml: 2 personas, 4 channels, 4 funnel stages.\n${schemaNote}${nextSteps()}`, err: '' });
    const text = readFileSync(join(dir, 'strategy.yaml'), 'utf8');
    // Not installed in this folder's project, mcm points the modeline at a schema it writes next to the file.
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./strategy.schema.json');
    expect(readFileSync(join(dir, 'strategy.schema.json'), 'utf8')).toBe(schemaText);
    expect(lint(text).diagnostics).toEqual([]);
  });

  test('writes into a new folder, and names the file in the next steps', async () => {
    const { code, out } = await init(['plans/q3.yaml', '--yes', '--preset', 'b2b-saas']);
    expect(code).toBe(0);
    expect(out).toBe(`✔ Wrote plans/q3.yaml: 2 personas, 5 channels, 4 funnel stages.\n${schemaNote}${nextSteps(' plans/q3.yaml')}`);
    expect(readdirSync(join(dir, 'plans'))).toEqual(['q3.yaml', 'strategy.schema.json']);
  });

  test('without --yes or --answers, says how to run without questions', async () => {
    expect(await init([])).toEqual({
      code: 2,
      out: '',
      err: [
        'mcm: this is not a terminal, so init cannot ask its questions. To draft a strategy without questions, run:',
        '  mcm init --yes --preset local-service     (or --preset ecommerce, --preset b2b-saas)',
        'or give your answers in a YAML or JSON file:',
        '  mcm init --answers answers.yaml --yes',
        '',
      ].join('\n'),
    });
    expect(readdirSync(dir)).toEqual([]);
  });

  test('never replaces a file unasked; --force does', async () => {
    writeFileSync(join(dir, 'strategy.yaml'), 'mine\n');
    expect(await init(['--yes'])).toEqual({
      code: 2,
      out: '',
      err: 'mcm: strategy.yaml already exists, and mcm init never replaces a file unasked. Name another file (mcm init new-strategy.yaml), or add --force to replace it.\n',
    });
    expect(readFileSync(join(dir, 'strategy.yaml'), 'utf8')).toBe('mine\n');
    expect((await init(['--yes', '--force'])).code).toBe(0);
    expect(readFileSync(join(dir, 'strategy.yaml'), 'utf8')).toMatch(/^# yaml-language-server/);
  });

  test('"-" writes the strategy to standard output, and the rest to standard error', async () => {
    const { code, out, err } = await init(['-', '--yes', '--preset', 'ecommerce']);
    expect(code).toBe(0);
    expect(out).toMatch(/^# yaml-language-server: \$schema=\.\/strategy\.schema\.json\n\n# Format version of this file\nmcm: 1\n/);
    expect(lint(out).diagnostics).toEqual([]);
    expect(err).toBe('✔ Wrote the strategy: 2 personas, 5 channels, 5 funnel stages.\nIts first line points editors at ./strategy.schema.json: run "mcm schema --write" in the folder where you save it.\n');
    expect(readdirSync(dir)).toEqual([]);
  });

  test('refuses a folder as the file', async () => {
    mkdirSync(join(dir, 'plans'));
    expect(await init(['plans', '--yes'])).toEqual({ code: 2, out: '', err: 'mcm: "plans" is a folder: name the strategy file to write, like plans/strategy.yaml.\n' });
  });

  test('shows the warnings the answers could not avoid, after writing', async () => {
    const { code, out } = await init(['--yes', '--channels', 'website,email,sms']);
    expect(code).toBe(0);
    expect(out).toBe([
      '✔ Wrote strategy.yaml: 2 personas, 3 channels, 4 funnel stages.',
      schemaNote,
      'It is valid; mcm lint suggests looking at:',
      'strategy.yaml',
      '  48:35  warning  Persona "busy-commuter" prefers Facebook, but the strategy has no facebook channel: add one to reach them where they already are, or remove "facebook" from their preferred_channels.  persona-coverage',
      '  56:35  warning  Persona "first-car-owner" prefers Google Ads search, but the strategy has no ppc-search channel: add one to reach them where they already are, or remove "ppc-search" from their preferred_channels.  persona-coverage',
      '',
      '✖ 2 problems (0 errors, 2 warnings, 0 infos) in 1 file',
      nextSteps(),
    ].join('\n'));
  });
});

describe('answers from flags and files', () => {
  const table = [
    { name: 'a full answers file', args: ['--answers', answers('bakery.yaml'), '--yes'], code: 0, err: '' },
    { name: 'answers without --yes, and no terminal: the preset fills in', args: ['--answers', answers('bakery.yaml')], code: 0, err: '' },
    { name: 'a rate written as a percentage number is read as one', args: ['--answers', answers('wrong-target.json'), '--yes'], code: 0, err: '' },
    { name: 'a rate above 100 %', args: ['--yes', '--goal-metric', 'conversion rate', '--goal-target', '150'], code: 2, err: 'mcm: --goal-target: The goal target is a rate: write it like 5% (or 0.05), not 150.\n' },
    { name: 'channel budgets above the total', args: ['--answers', answers('too-much-budget.yaml'), '--yes'], code: 2, err: `mcm: In ${answers('too-much-budget.yaml')}, channels[].budget: The channel budgets add up to 1100 EUR, more than the total of 1000 EUR.\n` },
    { name: 'a missing answers file', args: ['--answers', 'nope.yaml', '--yes'], code: 2, err: 'mcm: Cannot find the answers file "nope.yaml".\n' },
    { name: 'a flag that is not a number', args: ['--yes', '--goal-target', 'lots'], code: 2, err: 'mcm: --goal-target: The goal target must be a number, not "lots": write it like 400.\n' },
    { name: 'one channel only', args: ['--yes', '--channels', 'email'], code: 2, err: 'mcm: --channels: Pick at least two channels: a multichannel strategy reaches people in more than one place.\n' },
    { name: 'a misspelt channel type', args: ['--yes', '--channels', 'email,tiktk'], code: 2, err: 'mcm: --channels: A channel type cannot be "tiktk"; did you mean "tiktok"?\n' },
    { name: 'another kind of business without a name', args: ['--yes', '--kind', 'education'], code: 2, err: 'mcm: Missing answer to "What is the strategy or campaign called?": add name to the answers file, or use --name.\n' },
    { name: 'another business without its personas', args: ['--yes', '--usp', 'Fresh bread by 8 am'], code: 2, err: 'mcm: Missing answer to "Persona 1: who is it? A first name and a role.": add personas[0].name to the answers file.\n' },
    { name: 'a new goal with its metric and target', args: ['--yes', '--goal', 'Sell 300 gift cards', '--goal-metric', 'conversions', '--goal-target', '300'], code: 0, err: '' },
    { name: 'an unknown preset', args: ['--yes', '--preset', 'bakery'], code: 2, err: 'error: option \'-p, --preset <name>\' argument \'bakery\' is invalid. Allowed choices are local-service, ecommerce, b2b-saas.\n' },
  ];

  test.each(table)('$name', async ({ args, code, err }) => {
    const result = await init(args);
    expect({ code: result.code, err: result.err }).toEqual({ code, err });
    const written = existsSync(join(dir, 'strategy.yaml'));
    expect(written).toBe(code === 0);
    if (written) expect(lint(readFileSync(join(dir, 'strategy.yaml'), 'utf8')).errorCount).toBe(0);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('the answers decide, the preset fills in what they leave out', async () => {
    await init(['--answers', answers('bakery.yaml'), '--yes', '--name', 'Bread club']);
    const text = readFileSync(join(dir, 'strategy.yaml'), 'utf8');
    expect(text).toContain('name: Bread club\n');
    expect(text).toContain('  statement: Sign up 120 weekly bread subscribers before summer\n');
    expect(text).toContain('  - stage: awareness\n    objective: People nearby learn we exist\n    channels: [instagram, the-bakery-counter]\n');
    expect(text).not.toMatch(/\b(?:oil|cars?|drivers?)\b/i);
  });
});
