// Regenerates src/core/strategy/schema-types.ts from schemas/strategy.schema.json.
// `node scripts/gen-types.mjs --check` exits 1 when the file is stale (test/core/strategy/types.test.ts runs it).
import { readFileSync, writeFileSync } from 'node:fs';
import { compile } from 'json-schema-to-typescript';

const target = new URL('../src/core/strategy/schema-types.ts', import.meta.url);

export async function generateTypes() {
  const schema = JSON.parse(readFileSync(new URL('../schemas/strategy.schema.json', import.meta.url), 'utf8'));
  // x / x-* keys hold the user's own data: they stay out of the typed model.
  const strip = (node) => {
    if (Array.isArray(node)) return node.forEach(strip);
    if (node && typeof node === 'object') {
      delete node.patternProperties;
      delete node.examples;
      Object.values(node).forEach(strip);
    }
  };
  strip(schema);
  return compile(schema, 'Strategy', {
    bannerComment: '/* Generated from schemas/strategy.schema.json by `npm run gen:types`. Do not edit. */',
    additionalProperties: false,
    unreachableDefinitions: false,
    style: { singleQuote: true },
  });
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const text = await generateTypes();
  if (process.argv.includes('--check')) {
    process.exitCode = readFileSync(target, 'utf8') === text ? 0 : 1;
  } else {
    writeFileSync(target, text);
  }
}
