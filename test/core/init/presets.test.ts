import { describe, expect, test } from 'vitest';
import { channelType, formatFacts } from '../../../src/core/catalog/index.js';
import { buildStrategy, renderStrategy } from '../../../src/core/init/build-strategy.js';
import { measure } from '../../../src/core/init/length.js';
import { deadlineAfter, PRESET_NAMES, preset } from '../../../src/core/init/presets/index.js';
import { lint } from '../../../src/core/lint/engine.js';

const today = '2026-05-10';
const URL = 'https://mcm.dev/schemas/strategy.schema.json';

describe.each(PRESET_NAMES)('the %s preset', (name) => {
  const answers = preset(name, today);

  test('lints with no problem at all under the recommended rules, and under strict ones', () => {
    const text = renderStrategy(buildStrategy(answers), URL);
    expect(lint(text).diagnostics).toEqual([]);
    expect(lint(text, { config: { extends: 'strict' } }).diagnostics).toEqual([]);
  });

  test('uses formats, limits and KPIs its channel types have', () => {
    for (const channel of answers.channels) {
      const type = channelType(channel.type)!;
      const facts = formatFacts(channel.type, channel.content.format);
      expect(facts, `${channel.id} format`).toBeDefined();
      for (const limit of facts!.limits) {
        const text = channel.content[limit.field];
        if (text) expect(measure(text, limit).used, `${channel.id} ${limit.field}`).toBeLessThanOrEqual(measure(text, limit).max);
      }
      for (const kpi of channel.kpis) expect(type.metrics, `${channel.id} ${kpi.metric}`).toContain(kpi.metric);
    }
  });

  test('has two personas, a preferred channel list that is exactly its channels, and a budget that adds up', () => {
    expect(answers.personas).toHaveLength(2);
    const preferred = new Set(answers.personas.flatMap((p) => p.preferred_channels));
    expect(new Set(answers.channels.map((c) => c.type))).toEqual(preferred);
    const spent = answers.channels.reduce((sum, c) => sum + (c.budget ?? 0), 0);
    expect(spent).toBeLessThanOrEqual(answers.budget!.total);
  });
});

test('the local-service preset renders as commented YAML in the order of SPEC §1', async () => {
  await expect(renderStrategy(buildStrategy(preset('local-service', today)), URL)).toMatchFileSnapshot('../../fixtures/init/local-service.yaml');
});

test('deadlines fall at the end of the quarter two months ahead', () => {
  expect(deadlineAfter('2026-05-10')).toBe('2026-09-30');
  expect(deadlineAfter('2026-01-01')).toBe('2026-03-31');
  expect(deadlineAfter('2026-10-31')).toBe('2026-12-31');
  expect(deadlineAfter('2026-12-31')).toBe('2027-03-31');
  expect(deadlineAfter('2028-11-30')).toBe('2029-03-31');
});
