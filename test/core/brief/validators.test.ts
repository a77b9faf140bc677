import { describe, expect, it } from 'vitest';
import { htmlIn, markdownlint, mermaidBlocks, mermaidParse, unevenTableRows } from './validators.js';

// The checks the golden tests rely on must be able to fail.
describe('the validators of the brief tests', () => {
  it('Mermaid parsing rejects a broken diagram and accepts a sound one', async () => {
    await expect(mermaidParse('flowchart TD\n  a["open label] --> b')).rejects.toThrow(/Parse error/);
    await expect(mermaidParse('pie showData\n  "a" : -1')).rejects.toThrow(/Negative values are not allowed/);
    await expect(mermaidParse('flowchart TD\n  a["#34;quoted#34;"] --> b')).resolves.toBeTruthy();
  }, 60_000);

  it('finds the Mermaid blocks of a text', () => {
    expect(mermaidBlocks('# T\n\n```mermaid\npie\n  "a" : 1\n```\n\n```text\nx\n```\n')).toEqual(['pie\n  "a" : 1\n']);
  });

  it('markdownlint reports what breaks its default rules', () => {
    expect(markdownlint({ 'bad.md': '# T\ntext <b>x</b> \n' })).toBe([
      'bad.md:1 error MD022/blanks-around-headings Headings should be surrounded by blank lines [Expected: 1; Actual: 0; Below] [Context: "# T"]',
      'bad.md:2:14 error MD009/no-trailing-spaces Trailing spaces [Expected: 0 or 2; Actual: 1]',
      'bad.md:2:6 error MD033/no-inline-html Inline HTML [Element: b]',
    ].join('\n'));
  }, 60_000);

  it('finds raw HTML and tables with uneven rows', () => {
    expect(htmlIn('a <b>b</b> \\<i>c\n\n<div>\nd\n</div>\n')).toEqual(['<b>', '</b>', '<div>\nd\n</div>\n']);
    expect(unevenTableRows('| a | b |\n| --- | --- |\n| 1 \\| 2 | 3 |\n| 4 | 5 | 6 |\n\n| c |\n| --- |\n')).toEqual(['| 4 | 5 | 6 |']);
  });
});
