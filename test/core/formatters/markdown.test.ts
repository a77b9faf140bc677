import { micromark } from 'micromark';
import { gfmTable, gfmTableHtml } from 'micromark-extension-gfm-table';
import { math, mathHtml } from 'micromark-extension-math';
import { describe, expect, it } from 'vitest';
import { escape, markdown } from '../../../src/core/formatters/markdown.js';
import { BROKEN, OPTIONS, RESULTS } from './fixtures.js';
import { markdownlint } from './validators.js';

/** Renders as GitHub does for what matters here: tables, math between dollar signs, raw HTML allowed. */
const render = (text: string) => micromark(text, {
  allowDangerousHtml: true,
  extensions: [gfmTable(), math()],
  htmlExtensions: [gfmTableHtml(), mathHtml()],
});

describe('markdown', () => {
  const output = markdown(RESULTS, OPTIONS);
  const html = render(output);

  it('writes a summary table, then the problems of each file (golden)', async () => {
    await expect(output).toMatchFileSnapshot('golden/summary.md');
  });

  it('is clean under markdownlint with its default rules', () => {
    expect(markdownlint(output)).toBe('');
    expect(markdownlint(markdown([BROKEN], OPTIONS))).toBe('');
    expect(markdownlint(markdown([], OPTIONS))).toBe('');
  });

  it('renders one table row of four cells per file, whatever the file is called', () => {
    const rows = [...html.matchAll(/<tr>\n([\s\S]*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<t[dh](?: align="\w+")?>(.*?)<\/t[dh]>/g)].map((c) => c[1]));
    expect(rows).toEqual([
      ['File', 'Errors', 'Warnings', 'Infos'],
      ['strategies/spring-promo.yaml', '2', '1', '1'],
      ['clients/acme, inc: 50% off/strategy.yaml', '1', '1', '0'],
      ['examples/clean.yaml', '0', '0', '0'],
    ]);
  });

  it('shows user text as text: no HTML element, no math, no broken list', () => {
    expect(html.replace(/\n/g, ' ')).toContain('share the message &quot;Save 50% | today only: &lt;b&gt;R&amp;D&lt;/b&gt; costs $5, not $10 Book now&quot;');
    expect(html).not.toContain('<b>R');
    expect(html).not.toContain('math');
    expect([...html.matchAll(/<li>/g)]).toHaveLength(6);
  });

  it('wraps long problems under 80 columns and keeps a continuation line from starting a block', () => {
    const long = { ...BROKEN, diagnostics: [{ ...BROKEN.diagnostics[0]!, message: `${'1. - # + = 2) '.repeat(15)}${'x'.repeat(90)} end` }] };
    const text = markdown([long], OPTIONS);
    expect(text.split('\n').filter((l) => l.length > 80 && /\s/.test(l.slice(80)))).toEqual([]);
    const continuations = text.split('\n').filter((l) => /^ {2}\S/.test(l));
    expect(continuations.filter((l) => /^ {2}([-+#=]|\d+[.)])/.test(l))).toEqual([]);
    expect(continuations.filter((l) => /^ {2}(\\[-+#=]|\d+\\[.)])/.test(l))).toHaveLength(3);
    expect(markdownlint(text)).toBe('');
    expect(render(text).match(/<li>[\s\S]*?<\/li>/g)).toHaveLength(1);
    expect(render(text).match(/<(ol|ul|h\d|hr)\b/g)).toEqual(['<h1', '<h2', '<ul']);
  });

  it('escapes Markdown punctuation and folds line breaks', () => {
    expect(escape('a|b <i> *c* _d_ [e](f) `g` ~h~ &amp; $1 \\ x\r\n  y')).toBe('a\\|b \\<i\\> \\*c\\* \\_d\\_ \\[e\\](f) \\`g\\` \\~h\\~ \\&amp; \\$1 \\\\ x y');
  });

  it('says there is nothing to fix', () => {
    expect(markdown([{ ...BROKEN, diagnostics: [], errorCount: 0 }], OPTIONS)).toBe([
      '# mcm lint: no problems', '', 'Checked 1 file with mcm 1.2.3.', '',
      '| File | Errors | Warnings | Infos |', '| --- | ---: | ---: | ---: |', '| broken.yaml | 0 | 0 | 0 |', '',
    ].join('\n'));
  });
});
