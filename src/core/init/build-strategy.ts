import { Document, isMap, isPair, isScalar, isSeq, visit } from 'yaml';
import type { Strategy } from '../strategy/types.js';
import { strategySchema } from '../schema.js';
import type { Answers } from './answers.js';
import { t, wizardLocale, type MessageKey } from './messages.js';

// Keys the format gained later (SPEC §6, §8) are written once the schema has them.
const schemaKeys = (strategySchema as unknown as { properties: Record<string, unknown> }).properties;
const channelKeys = strategySchema.$defs.channel.properties as unknown as Record<string, unknown>;
const LOCALES = ((schemaKeys.locale as { enum?: string[] } | undefined)?.enum ?? []);

/** The strategy the answers describe, keys in the order of SPEC §1, empty parts left out. */
export function buildStrategy(answers: Answers): Strategy {
  const { goal, brand, budget } = answers;
  return prune({
    mcm: 1,
    name: answers.name,
    locale: 'locale' in schemaKeys ? (localeOf(answers) as Strategy['locale']) : undefined,
    approach: answers.approach,
    goal: { statement: goal.statement, metric: goal.metric, target: goal.target, baseline: goal.baseline, deadline: goal.deadline },
    period: 'period' in schemaKeys && answers.period ? { start: answers.period.start, end: answers.period.end } : undefined,
    usp: answers.usp,
    brand: { voice: brand.voice, core_message: brand.core_message },
    budget: budget ? { total: budget.total, currency: budget.currency } : undefined,
    stack: answers.crm ? { crm: answers.crm } : undefined,
    personas: nonEmpty(answers.personas.map((p) => ({
      id: p.id,
      name: p.name,
      segment: p.segment,
      age: p.age,
      description: p.description,
      motivations: p.motivations,
      pain_points: p.pain_points,
      preferred_channels: p.preferred_channels,
    }))),
    channels: nonEmpty(answers.channels.map((c) => ({
      id: c.id,
      type: c.type,
      name: c.name,
      personas: c.personas,
      owner: c.owner,
      budget: c.budget,
      schedule: 'schedule' in channelKeys ? c.schedule?.map((f) => ({ start: f.start, end: f.end })) : undefined,
      content: { format: c.content.format, headline: c.content.headline, message: c.content.message, cta: c.content.cta, tone: c.content.tone },
      kpis: c.kpis.map((k) => ({ metric: k.metric, target: k.target, baseline: k.baseline })),
    }))),
    funnel: answers.funnel.map((s) => ({ stage: s.stage, objective: s.objective, channels: s.channels })),
  });
}

/** The language of the business, where mcm speaks it. */
function localeOf(answers: Answers): string | undefined {
  // The language the wizard spoke, when not English: mcm goes on speaking it for this strategy.
  if (wizardLocale() !== 'en' && LOCALES.includes(wizardLocale())) return wizardLocale();
  const tag = answers.business?.place?.locale;
  if (!tag) return undefined;
  if (LOCALES.includes(tag)) return tag;
  const language = tag.split('-')[0]!;
  return LOCALES.includes(language) || !LOCALES.length ? language : undefined;
}

function nonEmpty<T>(items: T[]): [T, ...T[]] {
  const [first, ...rest] = items;
  if (first === undefined) throw new Error('A strategy needs at least one persona and one channel.');
  return [first, ...rest];
}

/** Drops undefined values, empty lists and objects left empty, keeping key order. */
function prune<T>(value: T): T {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const entries = Object.entries(node)
      .map(([k, v]) => [k, walk(v)] as const)
      .filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0) && !(isPlainEmpty(v)));
    return entries.length ? Object.fromEntries(entries) : undefined;
  };
  // Same shape with fewer keys: every key dropped is optional in the schema.
  return walk(value) as T;
}

function isPlainEmpty(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0;
}

const SECTION_COMMENTS = new Set(['mcm', 'name', 'approach', 'goal', 'usp', 'brand', 'budget', 'stack', 'personas', 'channels', 'funnel', 'period', 'locale']);

// Plain in YAML 1.2, but booleans or null to YAML 1.1 readers that some editors and tools still use.
const YAML_11_WORDS = /^(?:y|yes|n|no|on|off|true|false|null|~)$/i;

/** Short lists and small maps stay on one line, as people write them. */
const FLOW_KEYS = new Set(['period', 'voice', 'age', 'motivations', 'pain_points', 'preferred_channels', 'personas', 'channels']);

/**
 * The strategy as commented YAML. The first line is the yaml-language-server modeline, so editors
 * validate and complete the file with the schema at `schemaRef` (a path or a URL).
 */
export function renderStrategy(strategy: Strategy, schemaRef: string): string {
  const doc = new Document(strategy);
  doc.commentBefore = ` yaml-language-server: $schema=${schemaRef}`;
  visit(doc, {
    Pair(_, pair, path) {
      if (!isScalar(pair.key) || typeof pair.key.value !== 'string') return;
      const key = pair.key.value;
      // path holds the ancestors: the document, then the top-level map.
      if (path.length === 2) {
        pair.key.commentBefore = SECTION_COMMENTS.has(key) ? ` ${t(`comment.${key}` as MessageKey)}` : undefined;
        pair.key.spaceBefore = key !== 'mcm';
      }
      const inList = path.length > 2;
      if ((inList || key === 'period') && FLOW_KEYS.has(key) && (isSeq(pair.value) || isMap(pair.value))) pair.value.flow = true;
      if ((key === 'kpis' || key === 'schedule') && isSeq(pair.value)) pair.value.items.forEach((item) => isMap(item) && (item.flow = true));
    },
    Scalar(_, scalar) {
      if (typeof scalar.value === 'string' && YAML_11_WORDS.test(scalar.value)) scalar.type = 'QUOTE_DOUBLE';
    },
    Seq(_, seq, path) {
      const parent = path[path.length - 1];
      if (isPair(parent) && isScalar(parent.key) && parent.key.value === 'channels' && path.length === 3) {
        seq.items.forEach((item, i) => isMap(item) && (item.spaceBefore = i > 0));
      }
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
