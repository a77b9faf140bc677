import { describe, expect, it } from 'vitest';
import { block, codeSpan, inline, mermaidText, quote, url } from '../../../src/core/brief/markdown.js';
import { renderedText } from './validators.js';

describe('inline', () => {
  it.each([
    ['plain words', 'plain words'],
    ['a | b', 'a \\| b'],
    ['<b>bold</b> & co', '\\<b>bold\\</b> & co'],
    ['&amp; and &#39;', '\\&amp; and \\&#39;'],
    ['*stars* and _under_ but snake_case', '\\*stars\\* and \\_under\\_ but snake_case'],
    ['`code` [link](x) ~strike~ $5', '\\`code\\` \\[link\\](x) \\~strike\\~ \\$5'],
    ['# heading', '\\# heading'],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['> quote', '\\> quote'],
    ['1. first', '1\\. first'],
    ['3.5 stars', '3.5 stars'],
    ['Offer #1 #', 'Offer #1 \\#'],
    ['back\\slash', 'back\\\\slash'],
    ['line one\nline two\r\n\tthree', 'line one line two three'],
    ['see https://shop.example/a|b.', 'see <https://shop.example/a%7Cb>.'],
    ['mail hello@shop.example now', 'mail <hello@shop.example> now'],
    ['"quotes" and \'apostrophes\'', '"quotes" and \'apostrophes\''],
  ])('%j → %j', (text, expected) => {
    expect(inline(text)).toBe(expected);
  });

  it('renders back to the text as written', () => {
    const text = 'Spring | Summer <b>sale</b> & "friends" *2027* _now_ `x` [a](b) ~c~ $5 #1';
    expect(renderedText(inline(text))).toEqual([text]);
  });
});

describe('block', () => {
  it('keeps line breaks as hard breaks and paragraphs apart', () => {
    expect(block('# one\n- two\n\n\n  three  ')).toBe('\\# one\\\n\\- two\n\nthree');
    expect(renderedText(block('# one\n- two\n\nthree'))).toEqual(['# one\n- two', 'three']);
  });

  it('is empty for blank text', () => {
    expect(block(' \n \n')).toBe('');
  });
});

describe('quote', () => {
  it('marks every line, blank separators included', () => {
    expect(quote('first\nsecond\n\nthird')).toBe('> first\\\n> second\n>\n> third');
    expect(renderedText(quote('> not nested\n| not a table |'))).toEqual(['> not nested\n| not a table |']);
  });
});

describe('codeSpan', () => {
  it('fences with more backticks than the text holds', () => {
    expect(codeSpan('rule-id')).toBe('`rule-id`');
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`edge`')).toBe('`` `edge` ``');
    expect(renderedText(codeSpan('`edge`'))).toEqual(['`edge`']);
  });
});

describe('url', () => {
  it('links an address, and shows one Markdown cannot link as code', () => {
    expect(url('https://example.com/book?a=1&b=2')).toBe('<https://example.com/book?a=1&b=2>');
    expect(url('example.com/book')).toBe('`example.com/book`');
    expect(url('https://exa mple.com')).toBe('`https://exa mple.com`');
    expect(url('javascript:alert(1)')).toBe('`javascript:alert(1)`');
    expect(url('mailto:hello@shop.example')).toBe('<mailto:hello@shop.example>');
  });
});

describe('mermaidText', () => {
  it('turns quotes and markup into entity codes', () => {
    expect(mermaidText('Say "hi" <b>#1</b> & `go`\nnow')).toBe('Say #34;hi#34; #60;b#62;#35;1#60;/b#62; #38; #96;go#96; now');
  });
});
