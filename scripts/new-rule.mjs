#!/usr/bin/env node
// npm run new:rule <id>: a rule module from src/core/rules/_template.ts, its test and its documentation page.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const id = process.argv[2] ?? '';

if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
  console.error(`Usage: npm run new:rule <id>, with an id in kebab-case such as "landing-page-cta"${id ? ` (got "${id}")` : ''}.`);
  process.exit(2);
}
const camel = id.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
const files = {
  [`src/core/rules/${id}.ts`]: readFileSync(join(root, 'src/core/rules/_template.ts'), 'utf8')
    .replace(/^\/\/ The starting point[^\n]*\n\/\/[^\n]*\n/, '')
    .replace("id: 'rule-id'", `id: '${id}'`),
  [`test/core/rules/${id}.test.ts`]: `import { describe, test } from 'vitest';
import { ruleTester, yaml } from '../../../src/core/lint/rule-tester.js';
import ${camel} from '../../../src/core/rules/${id}.js';

const base = yaml\`
  mcm: 1
  name: Spring promo
  goal: { statement: Book 400 oil changes }
  usp: Done in 30 minutes
  personas:
    - { id: commuter, name: Emma }
  channels:
    - { id: website, type: website, personas: [commuter] }
    - { id: email, type: email, personas: [commuter] }
\`;

describe('${id}', () => {
  test('cases', () => {
    ruleTester.run(${camel}, {
      valid: [base],
      invalid: [
        {
          code: base.replace('id: email', 'id: newsletter'),
          errors: [{ messageId: 'problem', line: 9, column: 5, text: 'Write the exact message here.' }],
        },
      ],
    });
  });
});
`,
  [`docs/rules/${id}.md`]: `# ${id}

> What must hold, in one sentence a marketer understands.

Default severity: warning · Options: none

## Why

The marketing reason: what goes wrong in a campaign when this does not hold.

## ❌ Incorrect

\`\`\`yaml
mcm: 1
name: Spring promo
goal: { statement: Book 400 oil changes }
usp: Done in 30 minutes
personas:
  - { id: commuter, name: Emma }
channels:
  - { id: website, type: website, personas: [commuter] }
  - { id: newsletter, type: email, personas: [commuter] }
\`\`\`

## ✅ Correct

\`\`\`yaml
mcm: 1
name: Spring promo
goal: { statement: Book 400 oil changes }
usp: Done in 30 minutes
personas:
  - { id: commuter, name: Emma }
channels:
  - { id: website, type: website, personas: [commuter] }
  - { id: email, type: email, personas: [commuter] }
\`\`\`

## Options

None.

## When not to use it

When this does not matter for a strategy, turn the rule off in \`.mcmrc.yaml\`: \`rules: { ${id}: off }\`.
`,
};

const existing = Object.keys(files).filter((file) => existsSync(join(root, file)));
if (existing.length) {
  console.error(`Rule "${id}" already has ${existing.join(', ')}: nothing was written.`);
  process.exit(1);
}
for (const [file, text] of Object.entries(files)) {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text, { flag: 'wx' });
  console.log(`created ${relative(process.cwd(), join(root, file)) || file}`);
}
console.log(`
Next:
  1. Import ${camel} in src/core/rules/index.ts and add it to \`rules\` where "mcm rules" should list it.
  2. Write the check, its message and the test cases; run npx vitest run test/core/rules/${id}.test.ts
  3. Write the documentation page; test/registry.test.ts checks that its examples fail and pass as shown.`);
