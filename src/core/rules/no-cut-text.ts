import { defineRule } from '../lint/define-rule.js';
import type { LintStrategy } from '../lint/define-rule.js';
import type { Path, SourceRange } from '../strategy/types.js';

/** A text that YAML cut short: an unquoted value followed on its line by ` #word`, which YAML reads as a comment. */
export interface CutText {
  /** Where the value is in the strategy, e.g. ['channels', 2, 'content', 'message']. */
  path: Path;
  /** The value as YAML read it. */
  kept: string;
  /** What was lost, from the `#` to the end of the line, e.g. "#bakery #local". */
  lost: string;
  /** Where the lost part is written: line, and columns of its `#` and of the end of the line (1-based, end exclusive). */
  lostAt: SourceRange;
  /** The whole text as the person wrote it, quoted so YAML keeps it: the value to put in its place. */
  quoted: string;
  /** Offsets in the text of what `quoted` replaces: the value and its lost end, comment included. */
  range: [number, number];
}

/** The texts of a strategy that people write hashtags into, with a name for each in messages. */
function texts(strategy: LintStrategy): { path: Path; value: unknown }[] {
  const list: { path: Path; value: unknown }[] = [
    { path: ['usp'], value: strategy.usp },
    { path: ['goal', 'statement'], value: strategy.goal?.statement },
    { path: ['brand', 'core_message'], value: strategy.brand?.core_message },
  ];
  strategy.channels.forEach((channel, i) => {
    const content = channel?.content as Record<string, unknown> | undefined;
    if (!content) return;
    for (const key of ['message', 'cta', 'headline', 'description']) list.push({ path: ['channels', i, 'content', key], value: content[key] });
    for (const key of ['headlines', 'descriptions']) {
      const items = content[key];
      if (Array.isArray(items)) items.forEach((item, j) => list.push({ path: ['channels', i, 'content', key, j], value: item }));
    }
  });
  return list.filter((entry) => typeof entry.value === 'string');
}

// A hashtag: "#" glued to a letter or digit. "# note" (with a space) is a comment someone meant to write.
const HASHTAG_COMMENT = /^[ \t]+(#[\p{L}\p{N}_].*?)[ \t]*$/u;

/**
 * Every text that lost its end to a YAML comment. Only plain (unquoted) one-line values can: a quoted value keeps
 * its `#`, and a block scalar (| or >) keeps it too.
 */
export function findCutTexts(strategy: LintStrategy, text: string, locate: (path: Path, target?: 'key' | 'value') => SourceRange): CutText[] {
  const cut: CutText[] = [];
  const ends = cutEnds(text);
  // Most strategies hold no hashtag after a blank: nothing is located, the text is not split into lines.
  if (ends.size === 0) return cut;
  const lines = text.split('\n');
  let starts: number[] | undefined;
  const offset = (line: number, column: number): number => {
    starts ??= lines.reduce<number[]>((list, l, i) => (list.push(i ? list[i - 1]! + lines[i - 1]!.length + 1 : 0), list), []);
    return starts[line - 1]! + column - 1;
  };
  for (const { path, value } of texts(strategy)) {
    const kept = value as string;
    // A value is cut only where the line goes on with blanks and a hashtag: its last characters are one of `ends`.
    if (!ends.has(kept.length > TAIL ? kept.slice(-TAIL) : kept)) continue;
    const range = locate(path, 'value');
    if (range.line !== range.endLine) continue;
    const line = (lines[range.line - 1] ?? '').replace(/\r$/, '');
    const first = line[range.column - 1];
    if (first === undefined || `"'|>[{&*!`.includes(first)) continue;
    if (line.slice(range.column - 1, range.endColumn - 1) !== value) continue;
    const rest = HASHTAG_COMMENT.exec(line.slice(range.endColumn - 1));
    if (!rest) continue;
    const lost = rest[1]!;
    const column = line.indexOf(lost, range.endColumn - 1) + 1;
    const whole = line.slice(range.column - 1, column - 1 + lost.length);
    const spliced: [number, number] = [offset(range.line, range.column), offset(range.line, column + lost.length)];
    cut.push({
      path, kept: value as string, lost, lostAt: { line: range.line, column, endLine: range.line, endColumn: column + lost.length },
      quoted: JSON.stringify(whole), range: spliced,
    });
  }
  return cut;
}

const TAIL = 8;
const WORD_START = /[\p{L}\p{N}_]/uy;

/**
 * The last characters (1 to TAIL of them, within the line) before every place where a line goes on with blanks,
 * "#" and a letter or digit: where a cut value can end. A value whose end is none of them is not cut.
 */
function cutEnds(text: string): Set<string> {
  const ends = new Set<string>();
  for (let hash = text.indexOf('#'); hash !== -1; hash = text.indexOf('#', hash + 1)) {
    WORD_START.lastIndex = hash + 1;
    if (!WORD_START.test(text)) continue;
    let blanks = hash;
    while (blanks > 0 && (text[blanks - 1] === ' ' || text[blanks - 1] === '\t')) blanks--;
    if (blanks === hash) continue;
    const lineStart = text.lastIndexOf('\n', blanks - 1) + 1;
    // Past TAIL blanks every end is blanks only: the same keys again.
    for (let end = blanks; end < hash && end <= blanks + TAIL; end++) {
      for (let length = 1; length <= TAIL && end - length >= lineStart; length++) ends.add(text.slice(end - length, end));
    }
  }
  return ends;
}

type CutId = 'cutUsp' | 'cutGoal' | 'cutCoreMessage' | 'cutMessage' | 'cutCta' | 'cutHeadline' | 'cutDescription' | 'cutHeadlineItem' | 'cutDescriptionItem';

/** The message for a cut text, one per kind of place, so that every word of it comes from the message table. */
function placeOf(path: Path, strategy: LintStrategy): { messageId: CutId; data: Record<string, string | number> } {
  if (path[0] !== 'channels') return { messageId: path[0] === 'usp' ? 'cutUsp' : path[0] === 'goal' ? 'cutGoal' : 'cutCoreMessage', data: {} };
  const channel = String(strategy.channels[path[1] as number]?.id ?? Number(path[1]) + 1);
  const key = path[path.length - 1];
  if (typeof key === 'number') return { messageId: path[3] === 'headlines' ? 'cutHeadlineItem' : 'cutDescriptionItem', data: { channel, n: key + 1 } };
  const ids: Record<string, CutId> = { message: 'cutMessage', cta: 'cutCta', headline: 'cutHeadline', description: 'cutDescription' };
  return { messageId: ids[String(key)]!, data: { channel } };
}

const CUT = ' stops at "{{kept}}": YAML reads " {{lost}}" as a comment, so it is not part of the text. Put the whole text in quotes: {{quoted}}.';

export default defineRule({
  id: 'no-cut-text',
  description: 'A text does not lose its end to a YAML comment: an unquoted " #hashtag" ends the value.',
  severity: { recommended: 'warning', strict: 'warning' },
  fixable: 'problem',
  messages: {
    // What its fix does, as the editor offers it.
    fixQuote: 'Put the whole text in quotes, hashtags included',
    cutUsp: `The USP${CUT}`,
    cutGoal: `The goal statement${CUT}`,
    cutCoreMessage: `The core message${CUT}`,
    cutMessage: `The message of channel "{{channel}}"${CUT}`,
    cutCta: `The CTA of channel "{{channel}}"${CUT}`,
    cutHeadline: `The headline of channel "{{channel}}"${CUT}`,
    cutDescription: `The description of channel "{{channel}}"${CUT}`,
    cutHeadlineItem: `Headline {{n}} of channel "{{channel}}"${CUT}`,
    cutDescriptionItem: `Description {{n}} of channel "{{channel}}"${CUT}`,
  },
  check({ strategy, text, locate, report }) {
    if (text === undefined || !locate) return;
    for (const found of findCutTexts(strategy, text, locate)) {
      const { messageId, data } = placeOf(found.path, strategy);
      report({
        messageId, data: { ...data, kept: found.kept, lost: found.lost, quoted: found.quoted }, path: found.path,
        fix: { range: found.range, text: found.quoted, desc: { messageId: 'fixQuote' } },
      });
    }
  },
});
