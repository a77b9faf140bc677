// Errors about the configuration through the built binary, in the language of --locale: the exact line on
// standard error and exit status 2; English unchanged. And a check of the source that no configuration error
// is left as a plain English UserError without its key.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { CONFIG_ERRORS } from '../../src/core/messages/config-errors.js';

const bin = new URL('../../bin/mcm.js', import.meta.url).pathname;
const root = new URL('../..', import.meta.url).pathname;
let dir: string;

const mcm = (args: string[]) => {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: dir, encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', MCM_LOCALE: '', LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

const CONFIGS: Record<string, string> = {
  'dup.yaml': 'rules:\n  channel-kpis: error\n  channel-kpis: warning\n',
  'like.yaml': 'rules:\n  channel-kpi: error\n',
  'severity.yaml': 'rules:\n  channel-kpis: loud\n',
  'docs.yaml': 'rules: {}\n---\nrules: {}\n',
  'preset.yaml': 'extends: strictest\n',
  'missing.yaml': 'extends: [recommended, ./base.mcmrc.yaml]\n',
  'define.yaml': 'define:\n  acme/no-empty:\n    description: Every channel is named\n    given: channels\n    then: { function: truthy }\n    message: A channel has no name\n',
  'option.yaml': 'define:\n  acme/short:\n    description: Short names\n    given: $.channels[*]\n    field: name\n    then: { function: truthy, max: 3 }\n    message: Too long\n',
  'plugin-missing.yaml': 'plugins:\n  acme: ./rules/acme.js\n',
  'plugin-export.yaml': 'plugins:\n  acme: ./rules/empty.mjs\n',
  'namespace.yaml': 'plugins:\n  Acme: ./x.js\n',
  'good.yaml': 'rules:\n  channel-kpis: warning\n',
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mcm-config-locale-'));
  mkdirSync(join(dir, '.git')); // the search for a configuration stops here
  copyFileSync(join(root, 'examples/oil-change.yaml'), join(dir, 's.yaml'));
  for (const [name, text] of Object.entries(CONFIGS)) writeFileSync(join(dir, name), text);
  mkdirSync(join(dir, 'rules'));
  writeFileSync(join(dir, 'rules/empty.mjs'), 'export const x = 1;\n');
});

const EXPECTED: Record<string, Record<string, string>> = {
  en: {
    'plugin-missing.yaml': 'plugin-missing.yaml: plugins.acme: cannot find ./rules/acme.js (looked for rules/acme.js).',
    'plugin-export.yaml': 'plugin-export.yaml: plugins.acme: the module has no default export; a plugin exports default { meta: { name }, rules: { ... } }.',
    'namespace.yaml': 'namespace.yaml: plugins: the namespace "Acme" must be kebab-case, such as "acme".',
    'dup.yaml': 'dup.yaml:3:3: the key "channel-kpis" appears twice in the configuration: keep one.',
    'like.yaml': 'like.yaml: unknown rule "channel-kpi"; did you mean "channel-kpis"?',
    'severity.yaml': 'severity.yaml: rule "channel-kpis": the severity must be off, info, warning or error, got "loud".',
    'docs.yaml': 'docs.yaml:2:1: the configuration is not valid YAML: a second YAML document ("---"): a configuration is one document.',
    'preset.yaml': 'preset.yaml: "extends" must be one of recommended, strict, got "strictest".',
    'missing.yaml': 'missing.yaml: "extends" names ./base.mcmrc.yaml, which does not exist (looked for base.mcmrc.yaml).',
    'define.yaml': 'define.yaml: define "acme/no-empty": "given" must be a JSONPath starting with "$", such as "$.channels[*]".',
    'option.yaml': 'option.yaml: define "acme/short": "then.max" is not an option of truthy (it takes none).',
  },
  uk: {
    'plugin-missing.yaml': 'plugin-missing.yaml: plugins.acme: не вдається знайти ./rules/acme.js (шукали rules/acme.js).',
    'plugin-export.yaml': 'plugin-export.yaml: plugins.acme: модуль не має експорту за замовчуванням; плагін експортує default { meta: { name }, rules: { ... } }.',
    'namespace.yaml': 'namespace.yaml: plugins: простір імен «Acme» має бути в kebab-case, як-от «acme».',
    'dup.yaml': 'dup.yaml:3:3: ключ «channel-kpis» трапляється в конфігурації двічі: залиште один.',
    'like.yaml': 'like.yaml: невідоме правило «channel-kpi»; можливо, ви мали на увазі «channel-kpis»?',
    'severity.yaml': 'severity.yaml: правило «channel-kpis»: рівень має бути off, info, warning або error, отримано "loud".',
    'docs.yaml': 'docs.yaml:2:1: конфігурація не є коректним YAML: другий документ YAML («---»): конфігурація — це один документ.',
    'preset.yaml': 'preset.yaml: «extends» має бути одним із наборів recommended, strict, отримано "strictest".',
    'missing.yaml': 'missing.yaml: «extends» вказує на ./base.mcmrc.yaml, але такого файлу немає (шукали base.mcmrc.yaml).',
    'define.yaml': 'define.yaml: define «acme/no-empty»: «given» має бути JSONPath, що починається з «$», як-от «$.channels[*]».',
    'option.yaml': 'option.yaml: define «acme/short»: «then.max» не є параметром функції truthy (вона не має параметрів).',
  },
  ga: {
    'plugin-missing.yaml': 'plugin-missing.yaml: plugins.acme: ní féidir ./rules/acme.js a aimsiú (lorgaíodh rules/acme.js).',
    'plugin-export.yaml': 'plugin-export.yaml: plugins.acme: níl easpórtáil réamhshocraithe ag an modúl; easpórtálann breiseán default { meta: { name }, rules: { ... } }.',
    'namespace.yaml': 'namespace.yaml: plugins: caithfidh an t-ainmspás “Acme” a bheith i kebab-case, mar shampla “acme”.',
    'dup.yaml': 'dup.yaml:3:3: tá an eochair “channel-kpis” faoi dhó sa chumraíocht: coinnigh ceann amháin.',
    'like.yaml': 'like.yaml: riail anaithnid “channel-kpi”; an é “channel-kpis” a bhí i gceist agat?',
    'severity.yaml': 'severity.yaml: riail “channel-kpis”: caithfidh an leibhéal a bheith off, info, warning nó error, fuarthas "loud".',
    'docs.yaml': 'docs.yaml:2:1: ní YAML bailí í an chumraíocht: dara doiciméad YAML (“---”): níl i gcumraíocht ach doiciméad amháin.',
    'preset.yaml': 'preset.yaml: caithfidh “extends” a bheith ar cheann de recommended, strict, fuarthas "strictest".',
    'missing.yaml': 'missing.yaml: ainmníonn “extends” ./base.mcmrc.yaml, ach níl sé ann (lorgaíodh base.mcmrc.yaml).',
    'define.yaml': 'define.yaml: define “acme/no-empty”: caithfidh “given” a bheith ina JSONPath a thosaíonn le “$”, mar shampla “$.channels[*]”.',
    'option.yaml': 'option.yaml: define “acme/short”: ní rogha den fheidhm truthy é “then.max” (ní ghlacann an fheidhm le rogha ar bith).',
  },
  pl: {
    'dup.yaml': 'dup.yaml:3:3: klucz „channel-kpis” występuje w konfiguracji dwa razy: zostaw jeden.',
    'like.yaml': 'like.yaml: nieznana reguła „channel-kpi”; czy chodziło o „channel-kpis”?',
    'severity.yaml': 'severity.yaml: reguła „channel-kpis”: poziom musi mieć wartość off, info, warning lub error, otrzymano "loud".',
    'docs.yaml': 'docs.yaml:2:1: konfiguracja nie jest poprawnym YAML-em: drugi dokument YAML („---”): konfiguracja to jeden dokument.',
    'preset.yaml': 'preset.yaml: „extends” musi być jednym z zestawów recommended, strict, otrzymano "strictest".',
    'missing.yaml': 'missing.yaml: „extends” wskazuje ./base.mcmrc.yaml, ale taki plik nie istnieje (szukano base.mcmrc.yaml).',
    'define.yaml': 'define.yaml: define „acme/no-empty”: „given” musi być ścieżką JSONPath zaczynającą się od „$”, np. „$.channels[*]”.',
    'option.yaml': 'option.yaml: define „acme/short”: „then.max” nie jest opcją funkcji truthy (ta funkcja nie przyjmuje opcji).',
  },
  ru: {
    'like.yaml': 'like.yaml: неизвестное правило «channel-kpi»; может быть, вы имели в виду «channel-kpis»?',
    'severity.yaml': 'severity.yaml: правило «channel-kpis»: уровень должен быть off, info, warning или error, получено "loud".',
    'missing.yaml': 'missing.yaml: «extends» указывает на ./base.mcmrc.yaml, но такого файла нет (искали base.mcmrc.yaml).',
  },
};

describe.each(Object.keys(EXPECTED))('configuration errors under --locale %s', (locale) => {
  test.each(Object.keys(EXPECTED[locale]!))('%s: one line on standard error, exit 2', (config) => {
    const run = mcm(['lint', 's.yaml', '--config', config, '--locale', locale]);
    expect(run.stderr).toBe(`mcm: ${EXPECTED[locale]![config]}\n`);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(2);
  });
});

describe('--rule and --debug', () => {
  test('an unknown rule in --rule, in Russian and Ukrainian, and in English', () => {
    const russian = mcm(['lint', 's.yaml', '--rule', 'channel-kpi=off', '--locale', 'ru']);
    expect(russian.stderr).toBe('mcm: --rule: неизвестное правило «channel-kpi»; может быть, вы имели в виду «channel-kpis»?\n');
    expect(russian.code).toBe(2);
    const ukrainian = mcm(['lint', 's.yaml', '--rule', 'acme/x=off', '--locale', 'uk']);
    expect(ukrainian.stderr).toBe('mcm: --rule: невідоме правило «acme/x» (список правил: «mcm rules»).\n');
    expect(ukrainian.code).toBe(2);
    const english = mcm(['lint', 's.yaml', '--rule', 'acme/x=off']);
    expect(english.stderr).toBe('mcm: --rule: unknown rule "acme/x" (run "mcm rules" for the list).\n');
    expect(english.code).toBe(2);
  });

  test('--debug names the configuration of each file in the language', () => {
    expect(mcm(['lint', 's.yaml', '--config', 'good.yaml', '--debug', '--locale', 'uk', '--format', 'json']).stderr).toBe('mcm: s.yaml: конфігурація good.yaml\n');
    expect(mcm(['lint', 's.yaml', '--debug', '--locale', 'ga', '--format', 'json']).stderr).toBe('mcm: s.yaml: gan chumraíocht (na rialacha molta)\n');
    expect(mcm(['lint', 's.yaml', '--debug', '--locale', 'pl', '--format', 'json']).stderr).toBe('mcm: s.yaml: brak konfiguracji (reguły zalecane)\n');
    expect(mcm(['lint', 's.yaml', '--config', 'good.yaml', '--debug', '--format', 'json']).stderr).toBe('mcm: s.yaml: configuration good.yaml\n');
    expect(mcm(['lint', 's.yaml', '--debug', '--format', 'json']).stderr).toBe('mcm: s.yaml: configuration none (the recommended rules)\n');
  });
});

describe('the sources of configuration errors', () => {
  const FILES = ['src/core/lint/config.ts', 'src/core/lint/declarative.ts', 'src/cli/config-load.ts', 'src/cli/config-find.ts', 'src/cli/lint-pool.ts', 'src/core/i18n/locale.ts'];
  const source = (file: string) => readFileSync(join(root, file), 'utf8');

  test('no UserError is built from a plain English string without its key', () => {
    const plain = FILES.flatMap((file) => source(file).split('\n')
      .map((line, index) => ({ line, at: `${file}:${index + 1}` }))
      .filter(({ line }) => /new UserError\(\s*[`'"]/.test(line) && !line.includes('messageId'))
      .map(({ at }) => at));
    expect(plain).toEqual([]);
  });

  test('every key of the table is used, and every key used is in the table', () => {
    const all = FILES.map(source).join('\n');
    const used = new Set([...all.matchAll(/config(?:Error|Ref)\('(config\.[\w.]+)'/g)].map((m) => m[1]!));
    for (const line of ['config.debug.file', 'config.debug.none']) if (source('src/cli/commands/lint-action.ts').includes(`'${line}'`)) used.add(line);
    expect([...used].filter((key) => !Object.hasOwn(CONFIG_ERRORS, key))).toEqual([]);
    expect(Object.keys(CONFIG_ERRORS).filter((key) => !used.has(key))).toEqual([]);
  });
});
