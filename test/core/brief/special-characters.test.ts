import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { renderBrief } from '../../../src/core/brief/render.js';
import { loadTemplates } from '../../../src/cli/templates.js';
import { lint } from '../../../src/core/lint/engine.js';
import { htmlIn, renderedText } from './validators.js';

// Markdown, HTML and Mermaid syntax in every kind of user text: names, one-line texts, multi-line
// messages, list items, table cells and link texts. A reader must see each text exactly as written.
const input = readFileSync(new URL('../../fixtures/brief/special-characters/strategy.yaml', import.meta.url), 'utf8');
const result = lint(input, { file: 'strategy.yaml' });
const { files } = renderBrief(input, { file: 'strategy.yaml', diagnostics: result.diagnostics, templates: loadTemplates() });
const text = (path: string) => renderedText(files.find((f) => f.path === path)!.content);

const NAME = 'Spring | Summer <b>sale</b> & "friends" *2027*';
const SHOP = 'Shop | <main> & *store*';
const PERSONA = 'Ana | "The Boss" <CEO> & *founder*';

it('lints without errors', () => {
  expect(result.errorCount).toBe(0);
});

it('shows names as written in headings, links and table cells', () => {
  expect(text('overview.md')).toContain(`${NAME} — strategy overview`);
  expect(text('channels/web-shop.md')).toContain(`${SHOP} — channel brief`);
  expect(text('channels/web-shop.md')).toContain(`A channel of the strategy ${NAME}.`);
  expect(text('overview.md')).toEqual(expect.arrayContaining([SHOP, 'Email "newsletter" [weekly]', '€6,000', '60%']));
  expect(text('personas/pipe-persona.md')).toContain(`${PERSONA} — persona brief`);
});

it('keeps the lines of multi-line texts, and shows none of their Markdown as structure', () => {
  expect(text('overview.md')).toContain('# Sell 1,000 *starter* kits\n- online & in store | no <i>HTML</i>');
  expect(text('channels/web-shop.md')).toEqual(expect.arrayContaining([
    'First line with | a pipe & an &amp; entity\n- not a list item\n> not a quote\nVisit https://shop.example/a|b or write to hello@shop.example.',
    '## Not a heading in a second paragraph',
  ]));
  expect(text('personas/pipe-persona.md')).toEqual(expect.arrayContaining([
    'Reads <em>everything</em> on mobile.\n1. Not a list\n+ Not a list either',
    'Second paragraph with a trailing backslash \\',
  ]));
});

it('shows one-line texts as written, in sentences, list items and quotes', () => {
  expect(text('overview.md')).toEqual(expect.arrayContaining([
    '50% off <b>everything</b> & free [returns](http://evil.example) `today` _only_ ~not~ $5 #1 #',
    'Core message: > Not a quote, | not a table |',
    'Awareness: People | see <b>us</b> & "talk"',
    'Consideration: # They compare',
    'Conversion: - They buy',
    'Retention: 1. They come back *often*',
  ]));
  expect(text('channels/email.md')).toEqual(expect.arrayContaining([
    'Hi *there* — __underscores__, snake_case stays, `code`, 3 < 5 > 2 & done.',
    'Headline: <b>50%</b> off | today',
    'Call to action: Read more >',
  ]));
  expect(text('personas/pipe-persona.md')).toEqual(expect.arrayContaining(['save 20% | time', '<script>alert(1)</script>', '`rm -rf` moments', '[link](x) and ![image](y)']));
});

it('lets none of it through as HTML, and escapes nothing as HTML entities', () => {
  for (const file of files) {
    expect(htmlIn(file.content), file.path).toEqual([]);
    // The only entity in the output is the one the user wrote, escaped so that it shows as typed.
    expect(file.content, file.path).not.toMatch(/(?<!\\)&(amp|lt|gt|quot|#x?[0-9a-f]+);/i);
  }
});
