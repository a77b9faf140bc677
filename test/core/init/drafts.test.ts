import { expect, test } from 'vitest';
import { channelTypes, metrics } from '../../../src/core/catalog/index.js';
import { CHANNEL_TYPES, FORMAT_IDS } from '../../../src/core/catalog/ids.js';
import { FORMAT_DRAFTS, SPARE_DRAFTS, STARTING_TARGETS, SUGGESTED_KPIS } from '../../../src/core/init/drafts.js';
import { measure } from '../../../src/core/init/length.js';
import { repeated } from '../../../src/core/init/suggest.js';

const drafts = [...Object.values(FORMAT_DRAFTS).map((d) => d.message), ...SPARE_DRAFTS];

test('every draft fits every message limit of every format, wherever the format is offered', () => {
  for (const type of Object.values(channelTypes)) {
    for (const format of FORMAT_IDS) {
      for (const limit of (type.formats[format]?.limits ?? []).filter((l) => l.field === 'message')) {
        for (const message of [FORMAT_DRAFTS[format].message, ...SPARE_DRAFTS]) {
          const { used, max } = measure(message, limit);
          expect(used, `${type.id} ${format}: ${message}`).toBeLessThanOrEqual(max);
        }
      }
    }
  }
});

test('no two drafts are the same message to no-identical-content', () => {
  drafts.forEach((message, i) => {
    expect(repeated(message, drafts.slice(0, i).map((m, j) => ({ id: String(j), message: m })))).toBeUndefined();
  });
});

test('suggested KPIs exist on their channel type, and every catalog metric has a starting target', () => {
  for (const type of CHANNEL_TYPES) {
    for (const metric of SUGGESTED_KPIS[type] ?? []) expect(channelTypes[type].metrics, type).toContain(metric);
  }
  expect(Object.keys(STARTING_TARGETS).sort()).toEqual(Object.keys(metrics).sort());
  for (const [metric, target] of Object.entries(STARTING_TARGETS)) {
    if (metrics[metric]!.ratio) expect(target, metric).toBeLessThanOrEqual(1);
  }
});
