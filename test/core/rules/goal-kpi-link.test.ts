import { test } from 'vitest';
import { ruleTester, yaml } from '../../../src/core/lint/rule-tester.js';
import rule from '../../../src/core/rules/goal-kpi-link.js';
import { specExample } from '../../helpers.js';

const strategy = (goal: string, websiteKpis: string, funnel = '  - { stage: conversion, channels: [website] }\n') => yaml`
  mcm: 1
  name: Spring promo
  goal: { statement: Book 400 oil changes, ${goal}target: 400, deadline: 2027-06-30 }
  usp: Done in 30 minutes
  personas:
    - { id: commuter, name: Emma }
  channels:
    - { id: facebook-page, type: facebook, kpis: [{ metric: reach, target: 20000 }] }
    - { id: website, type: website, kpis: [${websiteKpis}] }
  funnel:
` + funnel;

test('goal-kpi-link', () => {
  ruleTester.run(rule, {
    valid: [
      // The SPEC example: no KPI measures appointments_booked, but the website's conversion_rate serves conversion.
      specExample,
      // A KPI measures the goal's metric, on any channel, catalog metric or not.
      strategy('metric: appointments_booked, ', '{ metric: appointments_booked, target: 400 }', ''),
      strategy('metric: store_bookings, ', '{ metric: store_bookings, target: 400 }', ''),
      strategy('metric: appointments_booked, ', '{ metric: leads, target: 900 }'),
    ],
    invalid: [
      {
        code: strategy('metric: appointments_booked, ', '{ metric: sessions, target: 5000 }'),
        errors: [{ messageId: 'noLink', line: 3, column: 50, text: 'No channel KPI measures the goal\'s metric "appointments_booked", and no conversion-stage channel has a conversion KPI: add "appointments_booked" to the KPIs of the channel that brings it (the conversion stage has "website"), or a KPI such as "conversions" or "conversion_rate", so the channel results show whether the goal is being reached.' }],
      },
      {
        // A conversion KPI on a channel that does not serve the conversion stage does not count.
        code: strategy('metric: appointments_booked, ', '{ metric: conversions, target: 400 }', '  - { stage: awareness, channels: [website] }\n'),
        errors: [{ messageId: 'noLink', line: 3, column: 50 }],
      },
      {
        code: strategy('', '{ metric: sessions, target: 5000 }'),
        errors: [{ messageId: 'noLinkNoMetric', line: 3, column: 1, text: 'No conversion-stage channel has a conversion KPI: add a KPI such as "conversions", "conversion_rate" or "leads" (the conversion stage has "website"), so the channel results show whether the goal is being reached.' }],
      },
    ],
  });
});
