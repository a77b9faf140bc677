// The HTML report is one self-contained page: it inlines templates/report/report.css whole, then a line of the
// brand's colours. Its golden files keep a marker line where the style sheet stands, so that the style sheet is
// stored once, in templates/; render.test.ts checks that a page inlines it exactly.
import { readFileSync } from 'node:fs';

export const REPORT_CSS = readFileSync(new URL('../../templates/report/report.css', import.meta.url), 'utf8');

/** What a golden file holds in place of report.css, right after `<style>`. */
export const CSS_MARKER = '/* templates/report/report.css */\n';

/** The page's one inline style sheet: the text between `<style>` and `</style>`. */
export function styleSheet(html: string): string {
  const start = html.indexOf('<style>') + '<style>'.length;
  return html.slice(start, html.indexOf('</style>', start));
}

/**
 * The page as its golden file holds it: report.css, where the style sheet opens with it to the letter, replaced
 * by the marker line. A page whose style sheet does not open with report.css is left as it is, so it differs
 * from its golden file.
 */
export function goldenForm(html: string): string {
  const at = html.indexOf(`<style>${REPORT_CSS}`);
  if (at < 0) return html;
  const end = at + '<style>'.length + REPORT_CSS.length;
  return `${html.slice(0, at)}<style>${CSS_MARKER}${html.slice(end)}`;
}
