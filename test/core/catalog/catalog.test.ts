import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  channelType,
  channelTypes,
  formatFacts,
  formats,
  isCatalogMetric,
  metrics,
  suggestAlternatives,
} from '../../../src/core/catalog/index.js';

interface SchemaVocabulary {
  $defs: {
    channel: {
      properties: {
        type: { enum: string[] };
        content: { properties: { format: { enum: string[] } } };
      };
    };
    kpi: { properties: { metric: { examples: string[] } } };
  };
}

const schema: SchemaVocabulary = JSON.parse(
  readFileSync(new URL('../../../schemas/strategy.schema.json', import.meta.url), 'utf8'),
);
const schemaTypes = schema.$defs.channel.properties.type.enum;
const schemaFormats = schema.$defs.channel.properties.content.properties.format.enum;
const schemaMetrics = schema.$defs.kpi.properties.metric.examples;

const entries = Object.values(channelTypes);
const checked = entries.filter((type) => type.id !== 'custom');
const sorted = (list: string[]): string[] => [...list].sort();

describe('channel catalog: vocabulary', () => {
  it('has one entry for every schema channel type, and no other', () => {
    expect(sorted(Object.keys(channelTypes))).toEqual(sorted(schemaTypes));
  });

  it('keys every entry by its own id', () => {
    for (const [key, type] of Object.entries(channelTypes)) expect(type.id).toBe(key);
  });

  it('describes exactly the SPEC formats and metrics', () => {
    expect(sorted(Object.keys(formats))).toEqual(sorted(schemaFormats));
    expect(sorted(Object.keys(metrics))).toEqual(sorted(schemaMetrics));
  });

  it('uses only SPEC format ids', () => {
    for (const type of entries) {
      for (const format of Object.keys(type.formats)) expect(schemaFormats, `${type.id}`).toContain(format);
    }
  });

  it('uses only SPEC metric ids, in metrics, misfits and suggestions', () => {
    for (const type of entries) {
      const used = [
        ...type.metrics,
        ...Object.keys(type.misfitMetrics),
        ...Object.values(type.misfitMetrics).flatMap((m) => m?.instead ?? []),
      ];
      for (const metric of used) expect(schemaMetrics, `${type.id}: ${metric}`).toContain(metric);
    }
  });
});

describe('channel catalog: consistency', () => {
  it('lists each applicable metric once', () => {
    for (const type of entries) expect(new Set(type.metrics).size, type.id).toBe(type.metrics.length);
  });

  it('never holds a metric as both applicable and a misfit', () => {
    for (const type of entries) {
      for (const metric of Object.keys(type.misfitMetrics)) {
        expect(type.metrics, `${type.id}: ${metric}`).not.toContain(metric);
      }
    }
  });

  it('suggests only metrics that apply to the same channel, with a reason', () => {
    for (const type of entries) {
      for (const [metric, misfit] of Object.entries(type.misfitMetrics)) {
        expect(misfit?.reason, `${type.id}: ${metric}`).toBeTruthy();
        expect(misfit?.instead.length, `${type.id}: ${metric}`).toBeGreaterThan(0);
        for (const alternative of misfit?.instead ?? []) {
          expect(type.metrics, `${type.id}: ${metric} → ${alternative}`).toContain(alternative);
        }
      }
    }
  });

  it('supports at least one format and one stage per type, with other everywhere', () => {
    for (const type of entries) {
      expect(Object.keys(type.formats).length, type.id).toBeGreaterThan(0);
      expect(type.formats.other, type.id).toBeDefined();
      expect(type.stages.length, type.id).toBeGreaterThan(0);
      expect(new Set(type.stages).size, type.id).toBe(type.stages.length);
    }
  });

  it('gives every entry, audience and limit a source, limits as URLs', () => {
    for (const type of entries) {
      expect(type.source, type.id).toBeTruthy();
      expect(type.audience.source, type.id).toBeTruthy();
      for (const [format, facts] of Object.entries(type.formats)) {
        for (const limit of facts?.limits ?? []) {
          expect(limit.source, `${type.id} ${format} ${limit.field}`).toMatch(/^https:\/\//);
          expect(limit.max, `${type.id} ${format} ${limit.field}`).toBeGreaterThan(0);
        }
      }
    }
  });

  it('keeps every entry but custom sourced by a URL', () => {
    for (const type of checked) expect(type.source, type.id).toMatch(/^https:\/\//);
  });

  it('gives survey shares as fractions and weak ages as valid bands', () => {
    for (const type of entries) {
      for (const share of Object.values(type.audience.usageByAge ?? {})) {
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(1);
      }
      for (const band of type.audience.weakAges ?? []) {
        expect(band.max ?? Infinity, type.id).toBeGreaterThanOrEqual(band.min);
      }
    }
  });

  it('leaves custom open: every format, stage and metric, no limits, no misfits', () => {
    const custom = channelTypes.custom;
    expect(sorted(Object.keys(custom.formats))).toEqual(sorted(schemaFormats));
    expect(custom.stages).toHaveLength(5);
    expect(sorted(custom.metrics)).toEqual(sorted(schemaMetrics));
    expect(custom.misfitMetrics).toEqual({});
    for (const facts of Object.values(custom.formats)) expect(facts?.limits).toEqual([]);
  });
});

describe('channel catalog: facts the rules rely on', () => {
  it('accepts the SPEC §1 example without a misfit', () => {
    const used: [string, string, string[]][] = [
      ['facebook', 'image-post', ['click_through_rate']],
      ['website', 'landing-page', ['conversion_rate']],
      ['email', 'promotional-email', ['open_rate', 'click_rate']],
    ];
    for (const [type, format, kpis] of used) {
      expect(formatFacts(type, format), `${type} ${format}`).toBeDefined();
      for (const metric of kpis) expect(channelType(type)?.metrics, `${type} ${metric}`).toContain(metric);
    }
  });

  it('flags the SPEC §4 examples', () => {
    expect(suggestAlternatives('instagram', 'retweets')).toEqual(['shares', 'saves']);
    expect(channelTypes.tiktok.misfitMetrics.open_rate).toBeDefined();
    expect(channelTypes.x.metrics).toContain('retweets');
  });

  it('holds the hard limits of SPEC §3', () => {
    expect(formatFacts('sms', 'text-message')?.limits).toContainEqual(
      expect.objectContaining({ field: 'message', max: 160, counting: 'gsm-7', hard: true }),
    );
    expect(formatFacts('x', 'text-post')?.limits).toContainEqual(
      expect.objectContaining({ field: 'message', max: 280, counting: 'x-weighted', hard: true }),
    );
    expect(formatFacts('ppc-search', 'search-ad')?.limits).toContainEqual(
      expect.objectContaining({ field: 'headline', max: 30, hard: true }),
    );
    expect(formatFacts('instagram', 'image-post')?.linksClickable).toBe(false);
    expect(formatFacts('instagram', 'story')?.linksClickable).toBe(true);
  });

  it('keeps guidance apart from hard limits', () => {
    expect(formatFacts('facebook', 'social-ad')?.limits.every((l) => !l.hard)).toBe(true);
    expect(formatFacts('email', 'newsletter')?.limits.every((l) => !l.hard)).toBe(true);
    expect(formatFacts('push', 'push-notification')?.limits.every((l) => !l.hard)).toBe(true);
  });

  it('marks offline formats as not clickable', () => {
    for (const [type, format] of [
      ['print', 'print-ad'],
      ['tv', 'tv-spot'],
      ['radio', 'radio-spot'],
      ['outdoor', 'billboard'],
      ['direct-mail', 'direct-mail-piece'],
      ['retail-store', 'in-store-display'],
      ['events', 'event-booth'],
    ] as const) {
      expect(formatFacts(type, format)?.linksClickable, `${type} ${format}`).toBe(false);
    }
  });
});

describe('catalog lookups', () => {
  it('answers undefined or empty for unknown ids, prototype keys included', () => {
    expect(channelType('fax')).toBeUndefined();
    expect(channelType('__proto__')).toBeUndefined();
    expect(formatFacts('email', 'constructor')).toBeUndefined();
    expect(formatFacts('email', 'billboard')).toBeUndefined();
    expect(suggestAlternatives('email', 'toString')).toEqual([]);
    expect(suggestAlternatives('email', 'open_rate')).toEqual([]);
    expect(suggestAlternatives('nope', 'retweets')).toEqual([]);
    expect(isCatalogMetric('hasOwnProperty')).toBe(false);
  });

  it('returns a copy of the suggestions', () => {
    suggestAlternatives('instagram', 'retweets').push('likes');
    expect(suggestAlternatives('instagram', 'retweets')).toEqual(['shares', 'saves']);
  });

  it('knows the catalog metrics and their ratios', () => {
    expect(isCatalogMetric('open_rate')).toBe(true);
    expect(isCatalogMetric('my_own_metric')).toBe(false);
    for (const id of ['click_through_rate', 'open_rate', 'conversion_rate', 'bounce_rate', 'engagement_rate']) {
      expect(metrics[id]?.ratio, id).toBe(true);
    }
    for (const id of ['impressions', 'revenue', 'return_on_ad_spend', 'nps'])
      expect(metrics[id]?.ratio, id).toBe(false);
  });
});
