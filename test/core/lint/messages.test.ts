import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { channelTypes, formats, metrics } from '../../../src/core/catalog/index.js';
import { defineRule } from '../../../src/core/lint/define-rule.js';
import type { Diagnostic } from '../../../src/core/lint/diagnostic.js';
import { lint } from '../../../src/core/lint/engine.js';
import { messageKey, renderMessage, type MessageCatalogue, type MessageData, type MessageValue } from '../../../src/core/lint/messages.js';
import { rules } from '../../../src/core/rules/index.js';

const ROOT = join(import.meta.dirname, '../../..');

// A pseudo-locale: every letter of every table entry becomes its fullwidth twin, placeholders kept, and the
// entry is wrapped in ⟦…⟧. Whatever a message then shows in plain letters came from data, never from code.
const fullwidth = (text: string) => text.replace(/[A-Za-z]/g, (c) => String.fromCodePoint(c.codePointAt(0)! + 0xfee0));
const pseudo = (template: string) => `⟦${template.split(/(\{\{\s*\w+\s*\}\})/).map((part, i) => (i % 2 ? part : fullwidth(part))).join('')}⟧`;
const tables = new Map(rules.flatMap((rule) => Object.entries(rule.messages).map(([id, template]) => [messageKey(rule.id, id), String(template)] as const)));
const pseudoLocale: MessageCatalogue = { locale: 'en-XA', lookup: (key) => (tables.has(key) ? pseudo(tables.get(key)!) : undefined), term: (key) => pseudo(key) };

/** Every text a strategy in the repository holds, with the examples of the rule pages: the rules' findings on them. */
function corpus(): { name: string; text: string }[] {
  const yamlIn = (dir: string) => readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ya?ml$/.test(f)).map((f) => ({ name: `${dir}/${f}`, text: readFileSync(join(ROOT, dir, f), 'utf8') }));
  const pages = readdirSync(join(ROOT, 'docs/rules')).flatMap((f) => [...readFileSync(join(ROOT, 'docs/rules', f), 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map((m, i) => ({ name: `docs/rules/${f} #${i + 1}`, text: m[1]! })));
  return [...yamlIn('examples'), ...yamlIn('test/fixtures/bad'), ...yamlIn('test/fixtures/strategies'), ...yamlIn('test/fixtures/ci'), ...pages];
}

// Text that is not mcm's own words: names and labels from the catalog, which are data like the user's.
const catalogWords = new Set<string>([
  ...Object.values(channelTypes).flatMap((t) => [t.label, ...Object.values(t.formats).flatMap((f) => (f?.limits ?? []).map((l) => l.label))]),
  ...Object.values(metrics).map((m) => m.label),
  ...Object.values(formats).map((f) => f.label),
]);

/** The data values of a diagnostic that are neither the user's own text, nor ids, numbers or catalog names. */
function foreignWords(d: Diagnostic, text: string): string[] {
  const own = (value: string) => text.includes(value) || text.includes(value.replace(/^"|"$/g, '').replace(/…$/, '')) || catalogWords.has(value)
    || /^[\p{L}\p{N}_.+#@%/-]*$/u.test(value) || /^[\p{L}\p{N}_.+#@%/-]+(?:, [\p{L}\p{N}_.+#@%/-]+)*$/u.test(value)
    // A query string to add to a link (utm_source=email&utm_medium=email): code, in no language.
    || /^[\w.-]+=[\w.%-]*(?:&[\w.-]+=[\w.%-]*)*$/.test(value);
  // A key as the file writes it, in other whitespace (a flow sequence or a block scalar used as a key): its words are the file's.
  const ownKey = (value: string) => (value.match(/\p{L}+/gu) ?? []).every((word) => new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'u').test(text));
  const walk = (data: MessageData | undefined, ruleId: string): string[] => Object.entries(data ?? {}).flatMap(([name, value]: [string, MessageValue]) => {
    if (typeof value === 'number') return [];
    if (typeof value === 'string') return own(value) || (ruleId === 'yaml-syntax' && name === 'detail') || (name === 'key' && ownKey(value)) ? [] : [`${name}: ${value}`];
    if ('messageId' in value) return walk(value.data, ruleId);
    // Catalog words (a metric's name) come from the catalog's table, translated with it.
    if ('money' in value || 'number' in value || 'term' in value) return [];
    return value.list.flatMap((item) => (typeof item === 'string' ? (own(item) ? [] : [`${name}: ${item}`]) : walk(item.data, ruleId)));
  });
  return walk(d.data, d.ruleId);
}

// Messages whose data still carries a rule's own English words (a joined list with "or", a clause, a money amount
// written out): each needs its variants as messageIds, lists as MessageList and amounts formatted by locale.
const WORDS_AS_DATA: string[] = [];

describe('every sentence comes from a message table', () => {
  const files = corpus();
  const findings = files.flatMap(({ name, text }) => {
    const english = lint(text, { file: name, config: { extends: 'strict' } }).diagnostics;
    const pseudoDiagnostics = lint(text, { file: name, config: { extends: 'strict' }, messages: pseudoLocale }).diagnostics;
    return english.map((d, i) => ({ d, pseudo: pseudoDiagnostics[i]!, text, name }));
  });

  test('the corpus reaches most messages of most rules', () => {
    const used = new Set(findings.map(({ d }) => d.ruleId));
    expect(used.size).toBeGreaterThanOrEqual(rules.length - 4);
    expect(new Set(findings.map(({ d }) => messageKey(d.ruleId, d.messageId))).size).toBeGreaterThanOrEqual(60);
  });

  test('with a pseudo-locale, every message is one table entry, filled with data only', () => {
    const outside = findings.filter(({ pseudo: p }) => !(p.message.startsWith('⟦') && p.message.endsWith('⟧')));
    expect(outside.map(({ name, pseudo: p }) => `${name}: ${p.ruleId}/${p.messageId}: ${p.message}`)).toEqual([]);
    // Plain letters left in a pseudo message are words of the data: each one appears in the data's text.
    const stray = findings.flatMap(({ d, pseudo: p }) => {
      const dataText = JSON.stringify(d.data ?? {});
      return (p.message.match(/[A-Za-z]{3,}/g) ?? []).filter((word) => !dataText.includes(word)).map((word) => `${d.ruleId}/${d.messageId}: "${word}" in ${p.message}`);
    });
    expect(stray).toEqual([]);
  });

  test('what a fix or a suggestion does is said from the rule\'s table too', () => {
    const said = findings.flatMap(({ pseudo: p }) => [p.fix?.desc, ...(p.suggestions ?? []).map((s) => s.desc)].filter((desc): desc is string => desc !== undefined).map((desc) => `${p.ruleId}: ${desc}`));
    expect(said.length).toBeGreaterThanOrEqual(5);
    expect(said.filter((line) => !/: ⟦.*⟧$/.test(line))).toEqual([]);
  });

  test('no rule passes its own words as data, except the messages listed here until they get messageIds of their own', () => {
    const foreign = new Set(findings.flatMap(({ d, text }) => foreignWords(d, text).map((w) => `${d.ruleId}/${d.messageId} ${w.split(':')[0]}`)));
    expect([...foreign].sort()).toEqual(WORDS_AS_DATA);
  });

  test('the English message is the English table entry, filled', () => {
    for (const { d } of findings) {
      const rule = rules.find((r) => r.id === d.ruleId)!;
      expect(renderMessage(rule, d.messageId, d.data)).toBe(d.message);
    }
  });

  test('a catalogue replaces the template by ruleId/messageId; what it lacks stays English; its own format fills it', () => {
    const rule = defineRule({
      id: 'acme/hello', description: 'Says hello.', severity: { recommended: 'warning', strict: 'warning' },
      messages: { hello: 'Hello {{name}}, {{count}} channels: {{list}}; {{part}}.', part: 'the {{what}}' },
      check({ report }) { report({ messageId: 'hello', data: { name: 'Ann', count: 3, list: { list: ['a', 'b', 'c'], join: 'or', quoted: true }, part: { messageId: 'part', data: { what: 'goal' } } }, path: [] }); },
    });
    const message = (messages?: MessageCatalogue) => lint('mcm: 1\n', { ruleset: [rule], ...(messages ? { messages } : {}) }).diagnostics[0]!.message;
    expect(message()).toBe('Hello Ann, 3 channels: "a", "b" or "c"; the goal.');
    const uk: MessageCatalogue = { locale: 'uk', lookup: (key) => ({ 'acme/hello/hello': 'Привіт, {{name}}: {{list}}; {{part}}.' } as Record<string, string>)[key] };
    expect(message(uk)).toBe('Привіт, Ann: «a», «b» або «c»; the goal.');
    const icu: MessageCatalogue = { ...uk, format: (template, data) => `${template}|${JSON.stringify(data)}` };
    expect(message(icu)).toBe('Привіт, {{name}}: {{list}}; {{part}}.|{"name":"Ann","count":3,"list":{"list":["a","b","c"],"join":"or","quoted":true},"part":"the goal"}');
  });
});
