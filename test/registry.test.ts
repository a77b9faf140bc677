import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Rule } from '../src/core/lint/define-rule.js';
import { isRecord } from '../src/core/strategy/describe.js';
import type { SeveritySetting } from '../src/core/lint/diagnostic.js';
import { lint } from '../src/core/lint/engine.js';
import { rules } from '../src/core/rules/index.js';

const root = new URL('../', import.meta.url);
const names = (folder: string, extension: string) =>
  readdirSync(new URL(folder, root)).filter((f) => f.endsWith(extension)).map((f) => f.slice(0, -extension.length)).sort();

// index.ts registers the rules; files starting with "_" (the template) are not rules.
const ruleFiles = names('src/core/rules/', '.ts').filter((name) => name !== 'index' && !name.startsWith('_'));
const docPages = names('docs/rules/', '.md');
const HEADINGS = ['## Why', '## ❌ Incorrect', '## ✅ Correct', '## Options', '## When not to use it'];

interface Page {
  headings: string[];
  blockquote: string[];
  severityLine: string | undefined;
  examples: Record<string, string[]>;
}

/** The parts of a rule page that the checks below read: headings, the blockquote, the severity line, yaml blocks by section. */
function readPage(id: string): Page {
  const page: Page = { headings: [], blockquote: [], severityLine: undefined, examples: {} };
  let section = '';
  let block: string[] | undefined;
  for (const line of readFileSync(new URL(`docs/rules/${id}.md`, root), 'utf8').split('\n')) {
    if (block) {
      if (line === '```') {
        (page.examples[section] ??= []).push(block.join('\n') + '\n');
        block = undefined;
      } else {
        block.push(line);
      }
    } else if (line === '```yaml') {
      block = [];
    } else if (line.startsWith('#')) {
      page.headings.push(line);
      section = line;
    } else if (line.startsWith('> ') && page.headings.length === 1) {
      page.blockquote.push(line.slice(2));
    } else if (line.startsWith('Default severity:')) {
      page.severityLine = line;
    }
  }
  return page;
}

function severityLine(rule: Rule): string {
  const { recommended, strict } = rule.severity;
  const properties = rule.options?.properties;
  const options = isRecord(properties) ? Object.keys(properties).join(', ') : 'none';
  return `Default severity: ${recommended === strict ? recommended : `${recommended} (strict: ${strict})`} · Options: ${options}`;
}

/** The diagnostics of an example as `line:column rule-id`, with the rule at least at warning. */
function lintExample(rule: Rule, text: string): string[] {
  const configured = rule.severity.recommended;
  const severity: SeveritySetting = configured === 'off' || configured === 'info' ? 'warning' : configured;
  return lint(text, { file: `docs/rules/${rule.id}.md`, config: { rules: { [rule.id]: severity } } }).diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`);
}

describe('the rule registry', () => {
  test('the rule files, the index entries and the documentation pages are the same set', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size, 'a rule registered twice').toBe(ids.length);
    expect([...ids].sort()).toEqual(ruleFiles);
    expect(docPages).toEqual(ruleFiles);
  });

  test.each(ruleFiles)('src/core/rules/%s.ts exports the rule with that id, the one index.ts registers', async (name) => {
    const module: unknown = await import(`../src/core/rules/${name}.ts`);
    const rule: unknown = isRecord(module) ? module.default : undefined;
    expect(isRecord(rule) && rule.id).toBe(name);
    expect(rules.find((r) => r.id === name)).toBe(rule);
  });
});

describe.each(rules.map((rule) => [rule.id, rule] as const))('docs/rules/%s.md', (id, rule) => {
  const exists = existsSync(new URL(`docs/rules/${id}.md`, root));
  const page = exists ? readPage(id) : undefined;

  test('exists and has the sections of a rule page, in order', () => {
    expect(exists, `docs/rules/${id}.md is missing: write it (npm run new:rule writes a stub for new rules)`).toBe(true);
    expect(page?.headings).toEqual([`# ${id}`, ...HEADINGS]);
  });

  test('quotes the rule\'s description and states its severities and options', () => {
    expect(page?.blockquote).toEqual([rule.description]);
    expect(page?.severityLine).toBe(severityLine(rule));
  });

  test('its ❌ examples fail with this rule and its ✅ examples pass it', () => {
    const incorrect = page?.examples['## ❌ Incorrect'] ?? [];
    const correct = page?.examples['## ✅ Correct'] ?? [];
    expect(incorrect.length, 'a ❌ yaml example').toBeGreaterThan(0);
    expect(correct.length, 'a ✅ yaml example').toBeGreaterThan(0);
    for (const example of incorrect) {
      const found = lintExample(rule, example);
      expect(found.filter((d) => d.split(' ')[1] === id), `the ❌ example gives a ${id} diagnostic:\n${example}`).not.toEqual([]);
      // Apart from the rule's own topic, an example is a well-formed strategy, so that readers can copy it.
      if (id !== 'yaml-syntax' && id !== 'schema') expect(found.filter((d) => /^\S+ (yaml-syntax|schema) /.test(d)), example).toEqual([]);
    }
    for (const example of correct) {
      const found = lintExample(rule, example);
      expect(found.filter((d) => /^\S+ (yaml-syntax|schema) /.test(d) || d.split(' ')[1] === id), example).toEqual([]);
    }
  });
});
