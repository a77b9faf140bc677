import { LineCounter, parseDocument } from 'yaml';
import type { MessageRef } from '../errors.js';
import { INIT_ERRORS, initError, type InitErrorKey } from '../messages/init-errors.js';
import { isRecord } from '../strategy/describe.js';
import { closest } from '../text/suggest.js';
import { STAGES } from '../strategy/types.js';
import { formatPath, type AnswerPath } from './question.js';

/** The keys an answers file may hold: a nested shape for mappings, [shape] for lists, null for a value. */
export type Shape = null | { [key: string]: Shape } | [Shape];

const CONTENT: Shape = { format: null, headline: null, message: null, cta: null, tone: null };
const STAGE: Shape = { objective: null, channels: null };
export const ANSWERS_SHAPE: Shape = {
  business: { kind: null, place: null },
  name: null,
  period: null,
  goal: { statement: null, metric: null, target: null, baseline: null, deadline: null },
  usp: null,
  approach: null,
  stack: { crm: null },
  brand: { voice: null, core_message: null },
  personas: [{ id: null, name: null, segment: null, age: null, description: null, motivations: null, pain_points: null, preferred_channels: null }],
  channels: [{ id: null, type: null, name: null, personas: null, owner: null, budget: null, stages: null, schedule: null, content: CONTENT, kpis: [{ metric: null, target: null, baseline: null }] }],
  funnel: Object.fromEntries(STAGES.map((s) => [s, STAGE])),
  budget: { total: null, currency: null },
};

/**
 * Reads an answers file (YAML or JSON) and checks its shape: every key is one mcm init knows. The values
 * are checked later, each by its question. Shorthands are expanded: a channel written as its type
 * ("email"), a KPI as its metric, a funnel stage as its list of channels.
 */
export function readAnswersFile(text: string, file: string): Record<string, unknown> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, logLevel: 'silent' });
  const error = doc.errors[0];
  if (error) {
    const said = (error.message.split('\n')[0] ?? '').replace(/[.:]?$/, '.');
    const known = (Object.keys(INIT_ERRORS) as InitErrorKey[]).find((key) => key.startsWith('init.yaml.') && INIT_ERRORS[key] === said);
    const reason: MessageRef | string = known ? { messageId: known } : said;
    throw initError('init.file.syntax', { file, line: String(lineCounter.linePos(error.pos[0]).line), reason });
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch {
    throw initError('init.file.aliases', { file });
  }
  if (data === null || data === undefined) return {};
  if (!isRecord(data)) throw initError('init.file.mapping', { file });
  const answers = expand(data);
  check(answers, ANSWERS_SHAPE, [], file);
  return answers;
}

function expand(data: Record<string, unknown>): Record<string, unknown> {
  const out = { ...data };
  if (Array.isArray(out.channels)) {
    out.channels = out.channels.map((c: unknown) => {
      const channel = typeof c === 'string' ? { type: c } : c;
      return isRecord(channel) && Array.isArray(channel.kpis)
        ? { ...channel, kpis: channel.kpis.map((k: unknown) => (typeof k === 'string' ? { metric: k } : k)) }
        : channel;
    });
  }
  if (isRecord(out.funnel)) {
    out.funnel = Object.fromEntries(Object.entries(out.funnel).map(([stage, v]) => [stage, Array.isArray(v) ? { channels: v } : v]));
  }
  return out;
}

function check(value: unknown, shape: Shape, path: AnswerPath, file: string): void {
  if (shape === null || value === undefined || value === null) return;
  const where = path.length ? `${file}, ${formatPath(path)}` : file;
  if (Array.isArray(shape)) {
    if (!Array.isArray(value)) throw initError('init.file.list', { where });
    value.forEach((item, i) => {
      if (!isRecord(item)) throw initError(formatPath(path) === 'channels' ? 'init.file.itemChannel' : formatPath(path).endsWith('kpis') ? 'init.file.itemKpi' : 'init.file.item', { where: `${where}[${i}]` });
      check(item, shape[0], [...path, i], file);
    });
    return;
  }
  if (!isRecord(value)) throw initError('init.file.shape', { where, keys: Object.keys(shape).join(', ') });
  for (const [key, child] of Object.entries(value)) {
    if (!Object.hasOwn(shape, key)) {
      const hint = closest(key, Object.keys(shape));
      throw hint ? initError('init.file.unknownHint', { where, key, hint }) : initError('init.file.unknown', { where, key, keys: Object.keys(shape).join(', ') });
    }
    check(child, shape[key]!, [...path, key], file);
  }
}

/** Answers given before any prompt: from flags and an answers file, flags first. */
export interface GivenAnswers {
  get(path: AnswerPath): unknown;
  /**
   * Where the answer at `path` came from, to start an error message: its flag, or its key in the answers
   * file (shown as `key` when given, like "channels[].budget" for all of them).
   */
  where(path: AnswerPath, key?: string): string | MessageRef;
}

export function givenAnswers(file: { name: string; data: Record<string, unknown> } | undefined, flags: { flag: string; path: AnswerPath; value: unknown }[]): GivenAnswers {
  const flagAt = (path: AnswerPath) => flags.find((f) => formatPath(f.path) === formatPath(path));
  return {
    get(path) {
      const flag = flagAt(path);
      if (flag) return flag.value;
      // A flag replaces the whole list it answers (--channels), so nothing inside it comes from the file.
      if (flags.some((f) => path.length > f.path.length && formatPath(path.slice(0, f.path.length)) === formatPath(f.path))) return undefined;
      let node: unknown = file?.data;
      for (const key of path) {
        if (Array.isArray(node) && typeof key === 'number') node = node[key];
        else if (isRecord(node) && Object.hasOwn(node, String(key))) node = node[String(key)];
        else return undefined;
      }
      return node;
    },
    where(path, key = formatPath(path)) {
      const flag = flagAt(path);
      return flag ? flag.flag : { messageId: 'init.where.answers', values: { file: file?.name ?? 'answers', key } };
    },
  };
}
