import { describe, expect, it } from 'vitest';
import { tidy } from '../../../src/core/brief/tidy.js';
import { markdownlint } from './validators.js';

const words = (n: number, word = 'word') => Array.from({ length: n }, () => word).join(' ');

describe('tidy', () => {
  it('wraps paragraphs, list items and quotes at 80 characters, keeping their indentation', () => {
    const text = `# Title\n\n${words(20)}\n\n- ${words(20)}\n\n10. ${words(20)}\n\n> ${words(20)}\n`;
    expect(tidy(text)).toBe([
      '# Title',
      '',
      `${words(16)}`,
      `${words(4)}`,
      '',
      `- ${words(15)}`,
      `  ${words(5)}`,
      '',
      `10. ${words(15)}`,
      `    ${words(5)}`,
      '',
      `> ${words(15)}`,
      `> ${words(5)}`,
      '',
    ].join('\n'));
  });

  it.each(['-', '+', '*', '1.', '2)', '#', '>', '>quoted', '***', '==='])('never starts a line with %j, which would open a block', (word) => {
    // 74 + 6 characters fill the line: the natural break falls just before the word.
    expect(tidy(`${words(15)} abcde ${word} more`)).toBe(`${words(15)} abcde ${word}\nmore\n`);
  });

  it('keeps a code span or a link text on one line', () => {
    expect(tidy(`${words(14)} \`mcm brief\` again`)).toBe(`${words(14)}\n\`mcm brief\` again\n`);
    expect(tidy(`- ${words(14)} [Customer emails](email.md) and \\[not a link\\]`)).toBe(
      `- ${words(14)}\n  [Customer emails](email.md) and \\[not a link\\]\n`,
    );
  });

  it('breaks a code span or a link text that no line could hold', () => {
    expect(tidy(`See [${words(20)}](x.md).`)).toBe(`See [${words(15)}\n${words(4)} word](x.md).\n`);
  });

  it('collapses blank lines, drops trailing spaces and ends with one newline, except inside code', () => {
    expect(tidy('\n\n# A  \n\n\n\ntext\t\n```\nx\n\n\ny\n```\n\n\n')).toBe('# A\n\ntext\n```\nx\n\n\ny\n```\n');
  });

  it('leaves tables, headings and code alone, and tells markdownlint only when one is too long', () => {
    const row = `| ${words(20)} | x |`;
    expect(tidy(`| a | b |\n| --- | --- |\n${row}\n`)).toBe(
      `| a | b |\n| --- | --- |\n${row}\n\n<!-- markdownlint-configure-file\n{ "MD013": { "tables": false } }\n-->\n`,
    );
    expect(tidy(`# ${words(20)}\n\n\`\`\`text\n${words(20)}\n\`\`\`\n`)).toContain('{ "MD013": { "code_blocks": false, "headings": false } }');
    expect(tidy('# Short\n\n| a |\n| --- |\n')).not.toContain('markdownlint-configure-file');
  });

  it('gives markdownlint a clean file for long prose, tables and headings', () => {
    const text = tidy(`# ${words(20)}\n\n${words(60)}\n\n| a | b |\n| --- | --- |\n| ${words(30)} | x |\n\n- ${words(40)}\n`);
    expect(markdownlint({ 'long.md': text })).toBe('');
  });
});
