import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { SIMPLE_URI, validateStrategy } from '../../../src/core/lint/strategy-validator.js';

const { fullFormats } = createRequire(import.meta.url)('ajv-formats/dist/formats') as { fullFormats: { uri: (text: string) => boolean } };

test('the compiled schema validator is generated from the current schema', () => {
  const result = spawnSync(process.execPath, ['scripts/gen-validator.mjs', '--check'], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status, 'run "npm run gen:validator" (or "npm run build") after changing schemas/strategy.schema.json').toBe(0);
});

test('the quick check for web addresses accepts only what the full URI format accepts', () => {
  const link = fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string(), fc.constantFrom('https://example.com/book', 'http://a', 'https://x.io:8080/a%20b', 'https://[::1]/', 'https://ex ample.com'));
  let quick = 0;
  fc.assert(fc.property(link, (text) => {
    if (!SIMPLE_URI.test(text)) return;
    quick++;
    expect(fullFormats.uri(text)).toBe(true);
  }), { numRuns: 2000 });
  expect(quick).toBeGreaterThan(200);
  expect(['https://example.com/book', 'http://a', 'https://x.io:8080/?q=1#top'].map((t) => SIMPLE_URI.test(t))).toEqual([true, true, true]);
});

test('links are checked as before: a plain address passes at once, anything else goes to the full format', () => {
  const channel = (link: string) => ({ mcm: 1, name: 'n', goal: { statement: 's' }, usp: 'u', personas: [{ id: 'p', name: 'P' }], channels: [{ id: 'c', type: 'email', content: { link } }] });
  const verdicts = ['https://example.com/book', 'https://x.io/a%20b', 'mailto:shop@example.com', 'not a link', 'https://ex ample.com']
    .map((link) => validateStrategy(channel(link)));
  expect(verdicts).toEqual([true, true, true, false, false]);
});
