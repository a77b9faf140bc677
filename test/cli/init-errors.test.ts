import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { INIT_ERRORS } from '../../src/core/messages/init-errors.js';

// The errors of mcm init are keyed sentences (src/core/messages/init-errors.ts), so that the CLI words them in
// the chosen language: a UserError built from a string in these files would reach the user in English.

const ROOT = new URL('../../', import.meta.url).pathname;
const tree = (dir: string): string[] => readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? tree(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []));
const FILES = [...tree('src/core/init'), 'src/cli/commands/init.ts', 'src/cli/commands/init-action.ts', 'src/cli/commands/init-draft.ts', 'src/cli/commands/rules.ts', 'src/cli/commands/rules-action.ts'];
const source = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const BUILT = /\bnew UserError\(/;

describe('the errors of mcm init', () => {
  test('no file of init or rules builds a UserError from a string: each goes through initError or cliError', () => {
    expect(FILES.length).toBeGreaterThan(20);
    const found = FILES.flatMap((file) => source(file).split('\n').flatMap((line, i) => (BUILT.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])));
    expect(found).toEqual([]);
  });

  test('the check above finds a UserError built from a plain string or from a wizard sentence', () => {
    const offending = ["throw new UserError('Cannot find the answers file.');", 'throw new UserError(`${where}: ${verdict}`);', "throw new UserError(t('run.exists', { file }));"];
    for (const line of offending) expect(BUILT.test(line), line).toBe(true);
    expect(BUILT.test("throw initError('init.exists', { file });")).toBe(false);
  });

  test('every init.* sentence is thrown somewhere, by its key', () => {
    const all = FILES.map(source).join('\n');
    // init.yaml.* are found by their English, which is the YAML parser's own sentence.
    expect(Object.keys(INIT_ERRORS).filter((key) => !key.startsWith('init.yaml.') && !all.includes(`'${key}'`))).toEqual([]);
  });
});
