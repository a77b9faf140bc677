import { pathToFileURL } from 'node:url';
// The lint report of examples/problems/agency-draft.yaml in every language and every output format, exactly
// as the golden files hold it. UPDATE_GOLDENS=1 npx vitest run test/e2e/golden.test.ts rewrites them; read
// the difference before committing it.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const bin = new URL('../../bin/mcm.js', import.meta.url).pathname;
const root = new URL('../..', import.meta.url).pathname;
const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
const DRAFT = 'examples/problems/agency-draft.yaml';
const update = process.env.UPDATE_GOLDENS === '1';

// stylish keeps the name the first goldens had; the others are named by format.
const FORMATS: [format: string, suffix: string][] = [
  ['stylish', 'txt'], ['json', 'json'], ['sarif', 'sarif'], ['github', 'github.txt'], ['junit', 'junit.xml'], ['markdown', 'md'],
];
const LOCALES = ['en', 'uk', 'pl', 'ru', 'ga'];

const lint = (format: string, locale: string) => {
  const result = spawnSync(process.execPath, [bin, 'lint', DRAFT, '--format', format, '--locale', locale], {
    cwd: root, encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', MCM_LOCALE: '', LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' },
  });
  // Neither the version of mcm nor the folder the repository sits in is part of what a golden file checks.
  const stdout = result.stdout.split(version).join('<version>').split(pathToFileURL(`${root}/`).href).join('file:///<root>/');
  return { code: result.status, stderr: result.stderr, stdout };
};

describe.each(LOCALES)('golden lint reports, --locale %s', (locale) => {
  test.each(FORMATS)('--format %s', (format, suffix) => {
    const file = new URL(`./golden/agency-draft.${locale}.${suffix}`, import.meta.url);
    const run = lint(format, locale);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    if (update) writeFileSync(file, run.stdout);
    expect(existsSync(file), `${file.pathname} is missing: run UPDATE_GOLDENS=1 npx vitest run test/e2e/golden.test.ts`).toBe(true);
    expect(run.stdout).toBe(readFileSync(file, 'utf8'));
  });
});

describe('the golden files', () => {
  test('hold the same findings at the same places in every language', () => {
    const places = (locale: string) => (JSON.parse(readFileSync(new URL(`./golden/agency-draft.${locale}.json`, import.meta.url), 'utf8')) as {
      files: { diagnostics: { ruleId: string; line: number; column: number; severity: string }[] }[];
    }).files[0]!.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId}`);
    for (const locale of LOCALES) expect(places(locale), locale).toEqual(places('en'));
    expect(places('en')).toHaveLength(15);
  });
});
