// X's link finder (twitter-text) loads only when an X post may hold a link: a strategy without X never pays for it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/mcm.js');
const BAKERY = readFileSync(join(ROOT, 'examples/local-bakery.yaml'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'mcm-xlinks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Reports every module the process (and its lint worker) loads by name from node_modules.
const HOOK = join(dir, 'hook.cjs');
writeFileSync(HOOK, "const M = require('module'); const load = M._load; M._load = function (request, ...rest) { if (/^twitter-text/.test(request)) process.stderr.write('loaded ' + request + '\\n'); return load.call(this, request, ...rest); };\n");

function lint(name: string, text: string) {
  const file = join(dir, name);
  writeFileSync(file, text);
  const result = spawnSync(process.execPath, ['--require', HOOK, BIN, 'lint', file, '--format', 'json'], { encoding: 'utf8' });
  return { code: result.status, loaded: result.stderr.split('\n').filter((line) => line.startsWith('loaded ')) };
}

// The bakery's text club, as an X post: its message holds the link ryeandrise.fr/r.
const asX = BAKERY.replace('  - id: text-club\n    type: sms', '  - id: text-club\n    type: x').replace('format: text-message', 'format: text-post');

test('a strategy without X never loads the link finder', () => {
  expect(BAKERY).toContain('ryeandrise.fr/r');
  expect(lint('bakery.yaml', BAKERY)).toEqual({ code: 0, loaded: [] });
});

test('an X post that may hold a link loads it once; one without a link does not', () => {
  expect(asX).toContain('    type: x\n');
  expect(lint('with-x.yaml', asX)).toEqual({ code: 0, loaded: ['loaded twitter-text/dist/extractUrlsWithIndices.js'] });
  expect(lint('with-x-no-link.yaml', asX.replace('ryeandrise.fr/r', 'the counter'))).toEqual({ code: 0, loaded: [] });
});
