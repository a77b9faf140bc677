import { channelTypeLabel, stageLabel, type CatalogTranslator } from '../catalog/labels.js';
import type { Diagnostic } from '../lint/diagnostic.js';
import type { LintStrategy } from '../lint/define-rule.js';
import { CORE_STAGES, STAGES, type Channel, type FunnelStage, type Persona, type Stage } from '../strategy/types.js';
import { briefLanguage } from './language.js';
import type { BriefTranslator } from './messages.js';

/*
 * The view models the templates receive. Every field is always present (null when the strategy leaves
 * it out), because templates are compiled in strict mode: a misspelt field is an error, not a blank.
 * Text fields hold the user's words as written; templates escape them with the md, block and quote helpers.
 */

/** A link to a channel brief, relative to the file being rendered. */
export interface ChannelRef {
  id: string;
  /** The channel's name, or its id when it has none; unique among the channels and personas. */
  title: string;
  href: string;
  type: string;
  typeLabel: string;
}

/** A link to a persona brief, relative to the file being rendered. */
export interface PersonaRef {
  id: string;
  title: string;
  href: string;
}

export interface StageRef {
  id: Stage;
  label: string;
}

/** A KPI with its figures formatted for its metric: rates as percentages, costs in the budget currency. */
export interface KpiView {
  metric: string;
  label: string;
  /** false for the user's own metric ids. */
  catalog: boolean;
  baseline: number | null;
  target: number | null;
  /** The baseline may be 0, which Handlebars' if treats as false: test this instead. */
  hasBaseline: boolean;
  baselineText: string;
  targetText: string;
  /** Target against baseline ("+60%", "+0.8 pts"); null without a baseline (or from a baseline of 0). */
  change: string | null;
  /** `change`, or "—" for a table cell. */
  changeText: string;
}

/** A warning or note mcm lint leaves open, listed in the overview. */
export interface FindingView {
  severity: 'warning' | 'info';
  label: string;
  line: number;
  /** The line as a reader finds it in an editor: never grouped ("1234"). */
  lineText: string;
  column: number;
  message: string;
  ruleId: string;
}

/** The language of a brief: its own sentences, the catalog's words, and the locale of its figures. */
export interface BriefLanguage {
  locale: string;
  t: BriefTranslator;
  catalog: CatalogTranslator;
}

/** What every view model is built from: the strategy with its lists made dense and its titles made unique. */
export interface BriefContext extends BriefLanguage {
  /** The strategy file, as named in the briefs. */
  file: string;
  strategy: LintStrategy;
  channels: Channel[];
  personas: Persona[];
  funnel: FunnelStage[];
  currency: string | null;
  /** The stages shown in tables and diagrams: the core four, plus advocacy when the funnel uses it. */
  stages: Stage[];
  findings: FindingView[];
  channelRef(id: string, from: 'root' | 'sub'): ChannelRef | null;
  personaRef(id: string, from: 'root' | 'sub'): PersonaRef | null;
  /** The stages a channel serves, in funnel order. */
  stagesOf(channelId: string): Stage[];
}

export function createContext(strategy: LintStrategy, file: string, diagnostics: Diagnostic[], language: BriefLanguage = briefLanguage()): BriefContext {
  const channels = uniqueById(strategy.channels);
  const personas = uniqueById(strategy.personas);
  const funnel = strategy.funnel.filter(Boolean);
  const titles = uniqueTitles([...channels.map((c) => ({ id: c.id, name: c.name })), ...personas.map((p) => ({ id: p.id, name: p.name }))]);
  const channelById = new Map(channels.map((c, i) => [c.id, { channel: c, title: titles[i]! }]));
  const personaById = new Map(personas.map((p, i) => [p.id, { persona: p, title: titles[channels.length + i]! }]));
  const used = new Set(funnel.map((f) => f.stage));
  const prefix = (from: 'root' | 'sub') => (from === 'root' ? '' : '../');
  const { t } = language;
  return {
    ...language,
    file,
    strategy,
    channels,
    personas,
    funnel,
    currency: strategy.budget?.currency ?? null,
    stages: STAGES.filter((s) => (CORE_STAGES as readonly Stage[]).includes(s) || used.has(s)),
    findings: diagnostics.filter((d) => d.severity !== 'error').map((d) => ({
      severity: d.severity === 'warning' ? 'warning' : 'info',
      label: t.t(d.severity === 'warning' ? 'finding.warning' : 'finding.note'),
      line: d.line,
      lineText: String(d.line),
      column: d.column,
      message: d.message,
      ruleId: d.ruleId,
    })),
    channelRef(id, from) {
      const found = channelById.get(id);
      if (!found) return null;
      const { channel, title } = found;
      return { id, title, href: `${prefix(from)}channels/${id}.md`, type: channel.type, typeLabel: channelTypeLabel(language.catalog, channel.type) };
    },
    personaRef(id, from) {
      const found = personaById.get(id);
      return found ? { id, title: found.title, href: `${prefix(from)}personas/${id}.md` } : null;
    },
    stagesOf(channelId) {
      return STAGES.filter((stage) => funnel.some((f) => f.stage === stage && f.channels?.includes(channelId)));
    },
  };
}

export function stageRef(context: BriefLanguage, stage: Stage): StageRef {
  return { id: stage, label: stageLabel(context.catalog, stage) };
}

/** The objectives written for a stage (a stage may appear more than once in the funnel). */
export function objectiveOf(context: BriefContext, stage: Stage): string | null {
  const objectives = context.funnel.filter((f) => f.stage === stage && f.objective).map((f) => f.objective!);
  return objectives.length ? objectives.join('; ') : null;
}

/** Diagram labels stay short enough to read in a box. */
export function shorten(title: string): string {
  return title.length > 40 ? `${title.slice(0, 39).trimEnd()}…` : title;
}

function uniqueById<T extends { id: string }>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((item) => item && !seen.has(item.id) && seen.add(item.id));
}

/** Names shown as link text double as Markdown link labels, so two of them must never be the same. */
function uniqueTitles(items: { id: string; name?: string }[]): string[] {
  const base = items.map((item) => item.name?.trim() || item.id);
  const count = new Map<string, number>();
  for (const title of base) count.set(title.toLowerCase(), (count.get(title.toLowerCase()) ?? 0) + 1);
  return base.map((title, i) => (count.get(title.toLowerCase())! > 1 ? `${title} (${items[i]!.id})` : title));
}
