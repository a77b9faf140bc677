import { describe, expect, test } from 'vitest';
import { yaml } from '../../../src/core/lint/rule-tester.js';
import { lintLines, specExample } from '../../helpers.js';

const schemaLines = (text: string) => lintLines(text).filter((l) => l.includes(' schema '));
// The SPEC §1 example's facebook link carries no UTM tags: link-tracking's info (SPEC §11) is its only finding.
const untaggedLink = (line = 42) => `${line}:13 info link-tracking The link of "facebook-page" carries no utm_source, utm_medium or utm_campaign: analytics cannot tell the visits it brings from other traffic. Add utm_source=facebook&utm_medium=social&utm_campaign=spring-oil-change-promo to it.`;

describe('schema diagnostics', () => {
  test('the SPEC example lints with no error or warning, only the info on its untagged link', () => {
    expect(lintLines(specExample)).toEqual([untaggedLink()]);
  });

  test('an unknown key gets a did-you-mean and points at the key', () => {
    const text = specExample.replace('    kpis:                       # a KPI set for each channel', '    kpi:');
    expect(lintLines(text)).toEqual([untaggedLink(), '44:5 error schema Unknown key "kpi" in channel "facebook-page"; did you mean "kpis"?']);
  });

  test('a missing required key names what it is for', () => {
    const text = specExample.replace(/^usp:.*\n/m, '');
    expect(schemaLines(text)).toEqual(['2:1 error schema Missing required "usp" in the strategy: the unique selling proposition every channel builds on.']);
  });

  test('a wrong type says what was expected and what was found', () => {
    const text = specExample.replace('target: 0.02 ', 'target: lots ');
    expect(lintLines(text)).toEqual([untaggedLink(), '46:17 error schema "target" in KPI "click_through_rate" of channel "facebook-page" must be a number, got "lots".']);
  });

  test('an unknown channel type suggests the closest one', () => {
    expect(schemaLines(specExample.replace('type: website', 'type: websit'))).toEqual([
      '49:11 error schema "type" in channel "website" is "websit", which mcm does not know; did you mean "website"?',
    ]);
  });

  test('a short enum lists its values', () => {
    expect(schemaLines(specExample.replace('segment: b2c ', 'segment: consumers '))).toEqual([
      '24:14 error schema "segment" in persona "busy-commuter" is "consumers", which mcm does not know: use one of b2c, b2b.',
    ]);
  });

  test('ids, dates, currencies, links and metric ids get their own wording', () => {
    const text = specExample
      .replace('- id: busy-commuter', '- id: Busy Commuter')
      .replace('deadline: 2027-06-30', 'deadline: next June')
      .replace('currency: EUR', 'currency: euro')
      .replace('link: https://example.com/book', 'link: example com')
      .replace('metric: open_rate', 'metric: Open Rate');
    expect(schemaLines(text)).toEqual([
      '10:13 error schema "deadline" in the goal must be a date written YYYY-MM-DD, got "next June".',
      '17:13 error schema "currency" in the budget must be a three-letter currency code such as EUR or USD, got "euro".',
      '22:9 error schema "id" in persona "Busy Commuter" must be an id in kebab-case (lowercase letters, digits and hyphens) such as "busy-commuter", got "Busy Commuter".',
      '42:13 error schema "link" in the content of channel "facebook-page" must be a full web address such as https://example.com/page, got "example com".',
      '69:19 error schema "metric" in KPI "Open Rate" of channel "email" must be a metric id in snake_case such as "open_rate", got "Open Rate".',
    ]);
  });

  test('the format version must be 1', () => {
    expect(schemaLines(specExample.replace('mcm: 1 ', 'mcm: 2 '))).toEqual(['2:6 error schema "mcm" must be 1 (the format version this mcm reads), got 2.']);
  });

  test('one mistake gives one diagnostic: a channel that is not a mapping', () => {
    const text = yaml`
      mcm: 1
      name: Test
      goal: { statement: Sell, metric: revenue, target: 1, deadline: 2027-01-01 }
      usp: Fast
      personas: [{ id: p, name: P }]
      channels:
        - email
        - id: web
          type: website
          personas: [p]
          content: { format: landing-page, message: Pick a slot today, cta: Book now }
          kpis: [{ metric: sessions, target: 10 }]
      funnel:
        - { stage: awareness, channels: [web] }
        - { stage: consideration, channels: [web] }
        - { stage: conversion, channels: [web] }
        - { stage: retention, channels: [web] }
    `;
    expect(lintLines(text)).toEqual([
      '7:5 error schema Item 1 of "channels" must be a mapping of keys and values, got "email".',
    ]);
  });

  test('x and x- keys are free for the user\'s own data', () => {
    const text = specExample.replace('name: Spring oil-change promo', 'name: Spring oil-change promo\nx-agency: { client_code: 42 }\nx: [anything]');
    expect(lintLines(text)).toEqual([untaggedLink(44)]);
  });

  test('__proto__ and constructor are unknown keys like any other', () => {
    const text = specExample.replace('usp: Done', '__proto__: { polluted: true }\nconstructor: 1\nusp: Done');
    expect(schemaLines(text)).toEqual([
      '11:1 error schema Unknown key "__proto__" in the strategy. Known keys here: mcm, name, locale, approach, period, goal, usp, brand, budget, stack, personas, channels, funnel, journeys (or x-… for your own data).',
      '12:1 error schema Unknown key "constructor" in the strategy. Known keys here: mcm, name, locale, approach, period, goal, usp, brand, budget, stack, personas, channels, funnel, journeys (or x-… for your own data).',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('a document that is not a mapping', () => {
    expect(lintLines('- just\n- a list\n')).toEqual(['1:1 error schema The strategy must be a mapping of keys and values, got a list.']);
  });

  test('one mistake gives one diagnostic: a funnel written with no list', () => {
    const text = specExample.replace(/^funnel:[\s\S]*?(?=^journeys:)/m, 'funnel: awareness\n');
    expect(lintLines(text).filter((l) => !l.includes('channel-orphans'))).toEqual([
      untaggedLink(),
      '71:9 error schema "funnel" must be a list, got "awareness".',
    ]);
    const empty = specExample.replace(/^funnel:[\s\S]*?(?=^journeys:)/m, 'funnel:\n');
    expect(lintLines(empty).filter((l) => !l.includes('channel-orphans'))).toEqual([
      untaggedLink(),
      '71:8 error schema "funnel" must be a list, got nothing (null).',
    ]);
  });

  test('one mistake gives one diagnostic: references to a channel of an unknown type', () => {
    expect(lintLines(specExample.replace('type: website', 'type: websit'))).toEqual([
      untaggedLink(),
      '49:11 error schema "type" in channel "website" is "websit", which mcm does not know; did you mean "website"?',
    ]);
  });
});
