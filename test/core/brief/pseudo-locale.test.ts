import { readFileSync } from 'node:fs';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { mediaCategory } from '../../../src/core/brief/channel-model.js';
import { channelType } from '../../../src/core/catalog/index.js';
import { BRIEF_MESSAGES } from '../../../src/core/brief/messages.js';
import { renderBrief } from '../../../src/core/brief/render.js';
import { CATALOG_MESSAGES } from '../../../src/core/catalog/labels.js';
import { createTranslator } from '../../../src/core/i18n/translate.js';
import { loadTemplates } from '../../../src/cli/templates.js';
import { lint } from '../../../src/core/lint/engine.js';

// A pseudo-locale wraps every sentence of the briefs and every catalog word in ⟦ ⟧. Rendered in it, a strategy
// written in Ukrainian shows no Latin word outside the brackets but the strategy's own (ids, brand names, links)
// and the syntax of Markdown and Mermaid: any other is English that does not come from a message table.
const wrap = (table: Readonly<Record<string, string>>) => Object.fromEntries(Object.entries(table).map(([key, text]) => [key, `⟦${text}⟧`]));
// Figures and dates in Ukrainian, so that a month name is not taken for English left in a template.
const pseudo = {
  locale: 'uk',
  t: createTranslator(BRIEF_MESSAGES, IntlMessageFormat, { locale: 'uk', table: wrap(BRIEF_MESSAGES) }),
  catalog: createTranslator(CATALOG_MESSAGES, IntlMessageFormat, { locale: 'uk', table: wrap(CATALOG_MESSAGES) }),
};

/** The text outside every ⟦ ⟧, brackets inside brackets included. */
function outsideMessages(text: string): string {
  let rest = text;
  for (let before = ''; before !== rest;) [before, rest] = [rest, rest.replace(/⟦[^⟦⟧]*⟧/g, ' ')];
  return rest;
}

const SYNTAX = new Set(['md', 'TD', 'LR', 'b', 'br', 'mermaid', 'flowchart', 'gantt', 'dateFormat', 'YYYY', 'axisFormat', 'section', 'pie', 'showData', 'title', 'period', 'step', 'overview', 'channels', 'personas', 'https', 'markdownlint', 'configure', 'file', 'tables', 'false', 'MD013']);

describe('a pseudo-locale run', () => {
  it('leaves no English outside the message tables in any brief', () => {
    const input = readFileSync(new URL('../../fixtures/brief/kyiv-roastery/strategy.yaml', import.meta.url), 'utf8');
    // A finding too, so the overview's list of findings is rendered.
    const withFinding = input.replace(/utm_source=instagram&utm_medium=social&utm_campaign=vesna/, 'x=1');
    const result = lint(withFinding, { file: 'strategy.yaml' });
    const { files } = renderBrief(withFinding, { file: 'strategy.yaml', diagnostics: result.diagnostics, templates: loadTemplates(), language: pseudo });
    const own = new Set(withFinding.match(/[A-Za-z][A-Za-z0-9]*/g));
    for (const diagnostic of result.diagnostics) for (const word of diagnostic.message.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []) own.add(word);
    const leftovers = files.map((file) => {
      const outside = outsideMessages(file.content);
      const words = (outside.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []).filter((word) => !own.has(word) && !SYNTAX.has(word) && !/^(f|step)\d+(_\d+)?$/.test(word) && !/^\d/.test(word));
      return `${file.path}: ${[...new Set(words)].join(' ')}`;
    });
    expect(leftovers).toEqual(files.map((file) => `${file.path}: `));
    expect(result.diagnostics.length).toBeGreaterThan(0);
  });
});

describe('the media category of a channel in a brief', () => {
  it('is paid media whenever the channel has a budget, whatever its type', () => {
    expect(mediaCategory({ type: 'website', budget: 1200 })).toBe('paid');
    expect(mediaCategory({ type: 'referral', budget: 300 })).toBe('paid');
    expect(mediaCategory({ type: 'custom', budget: 50 })).toBe('paid');
    expect(mediaCategory({ type: 'website' })).toBe('owned');
    expect(mediaCategory({ type: 'website', budget: 0 })).toBe('owned');
    expect(mediaCategory({ type: 'referral' })).toBe('earned');
    expect(mediaCategory({ type: 'custom' })).toBe(channelType('custom')!.category);
  });

  it('shows an owned channel type with a budget as paid media, and without one as owned', () => {
    const strategy = (budget: string) => `mcm: 1
name: Owned with a budget
goal: { statement: Sell more }
usp: Fresh
personas:
  - { id: walker, name: Walker }
channels:
  - id: site
    type: website
    personas: [walker]${budget}
funnel:
  - { stage: awareness, channels: [site] }
`;
    const typeLine = (text: string) => renderBrief(text, { file: 'strategy.yaml', diagnostics: [], templates: loadTemplates(), only: 'channels' }).files[0]!.content.split('\n').find((line) => line.startsWith('- **Channel type:**'));
    expect(typeLine(strategy('\n    budget: 800'))).toBe('- **Channel type:** Website, paid media');
    expect(typeLine(strategy(''))).toBe('- **Channel type:** Website, owned media');
  });
});
