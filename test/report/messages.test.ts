import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPORT_MESSAGES, type ReportKey } from '../../src/core/report/messages.js';
import { LANGUAGES, tableProblems } from '../core/i18n/table-check.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const table = (locale: string) => JSON.parse(readFileSync(join(ROOT, `locales/report.${locale}.json`), 'utf8')) as Record<string, string>;
// The same word in the language as in English: abbreviations and borrowed terms.
const SAME = new Set<ReportKey>(['channel.category', 'col.kpi', 'channel.kpis', 'cover.logo', 'col.limit', 'channel.format', 'col.status', 'col.flight', 'channel.link']);

describe.each(LANGUAGES)('locales/report.%s.json', (locale) => {
  test('has every key of the English table, with the same placeholders and complete plurals', () => {
    expect(tableProblems(REPORT_MESSAGES, table(locale), locale)).toEqual([]);
  });

  test('translates every sentence, and holds no markup (the templates escape what it says)', () => {
    const own = table(locale);
    expect((Object.keys(REPORT_MESSAGES) as ReportKey[]).filter((key) => !SAME.has(key) && own[key] === REPORT_MESSAGES[key])).toEqual([]);
    expect(Object.entries(own).filter(([, text]) => /[<>&"]/.test(text)).map(([key]) => key)).toEqual([]);
  });
});

test('every key a template asks for is in the English table, and every key of the table is used', () => {
  const dir = join(ROOT, 'templates/report');
  const text = [readFileSync(join(dir, 'index.html.hbs'), 'utf8'), ...readdirSync(join(dir, 'partials')).map((n) => readFileSync(join(dir, 'partials', n), 'utf8'))].join('\n');
  const code = ['charts.ts', 'render.ts', 'funnel-svg.ts', 'scorecard-view.ts', 'schedule.ts', 'model.ts'].map((n) => readFileSync(join(ROOT, 'src/core/report', n), 'utf8')).join('\n');
  const asked = [...text.matchAll(/\{\{t "([^"]+)"/g)].map((m) => m[1]!);
  expect(asked.filter((key) => !Object.hasOwn(REPORT_MESSAGES, key))).toEqual([]);
  const unused = Object.keys(REPORT_MESSAGES).filter((key) => !asked.includes(key) && !code.includes(`'${key}'`) && !/^(status|count)\./.test(key));
  expect(unused).toEqual([]);
});
