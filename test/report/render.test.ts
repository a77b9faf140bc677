import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/core/lint/engine.js';
import { reportModel, type ReportOptions } from '../../src/core/report/model.js';
import { renderReport, type ReportTemplates } from '../../src/core/report/render.js';
import type { Scorecard } from '../../src/core/report/scorecard.js';
import { spendByMonth, type FlightView } from '../../src/core/report/schedule.js';
import { goldenForm, REPORT_CSS, styleSheet } from './golden.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIR = join(ROOT, 'templates/report');
const templates: ReportTemplates = {
  page: readFileSync(join(DIR, 'index.html.hbs'), 'utf8'),
  partials: Object.fromEntries(readdirSync(join(DIR, 'partials')).map((n) => [n.replace(/\.hbs$/, ''), readFileSync(join(DIR, 'partials', n), 'utf8')])),
  css: REPORT_CSS,
};
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

async function render(input: string, options: Partial<ReportOptions> = {}): Promise<string> {
  const result = lint(input, { file: 'strategy.yaml' });
  expect(result.errorCount).toBe(0);
  return renderReport(reportModel(input, { file: 'strategy.yaml', diagnostics: result.diagnostics, audience: 'client', ...options }), templates);
}

const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">`;

describe('the HTML report', () => {
  it('matches its golden file for the oil-change example, for the client', async () => {
    await expect(goldenForm(await render(read('examples/oil-change.yaml')))).toMatchFileSnapshot('../fixtures/report/oil-change/expected.html');
  });

  it('matches its golden file for the hostile strategy, for the team', async () => {
    await expect(goldenForm(await render(read('test/fixtures/report/hostile.yaml'), { audience: 'team' }))).toMatchFileSnapshot('../fixtures/report/hostile/expected.html');
  });

  it('inlines templates/report/report.css to the letter, then the brand\'s colours (the golden files keep a marker line in its place)', async () => {
    const html = await render(read('examples/oil-change.yaml'));
    expect(styleSheet(html)).toBe(`${REPORT_CSS}:root { --brand: #1f5f8b; --on-brand: #ffffff; --ink: #1f5f8b; }\n`);
    expect(goldenForm(html)).toContain('<style>/* templates/report/report.css */\n:root { --brand: #1f5f8b; --on-brand: #ffffff; --ink: #1f5f8b; }\n</style>\n');
  });

  it('is self-contained: a CSP that forbids every request, one inline style sheet, no script, no outside reference', async () => {
    const html = await render(read('examples/b2b-saas.yaml'));
    expect(html).toContain(CSP);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<script|<link\b|<iframe|@import|url\(|\bsrc="(?!data:)/i);
    // The only outside addresses are the channels' own links, which a reader may follow.
    const hrefs = [...html.matchAll(/href="([^"#][^"]*)"/g)].map((m) => m[1]);
    expect(hrefs.every((href) => href!.startsWith('https://'))).toBe(true);
  });

  it('escapes every piece of hostile text and turns a javascript: link into plain text', async () => {
    const html = await render(read('test/fixtures/report/hostile.yaml'), { audience: 'team' });
    expect(html).not.toMatch(/<script|<img(?! class="logo")|<iframe|<marquee|<h6|<em>|<svg onload|<a href="javascript/i);
    expect(html).toContain('<h1>&lt;script&gt;window.__pwned &#x3D; &#x27;name&#x27;&lt;/script&gt; Spring &amp; &quot;friends&quot; &lt;/title&gt;&lt;/style&gt;</h1>');
    expect(html).toContain('<title>&lt;script&gt;window.__pwned &#x3D; &#x27;name&#x27;&lt;/script&gt; Spring &amp; &quot;friends&quot; &lt;/title&gt;&lt;/style&gt; — marketing strategy</title>');
    expect(html).toContain('<li><strong>Link:</strong> javascript:window.__pwned&#x3D;&#x27;link&#x27;</li>');
    // A colour that is not a hex colour never reaches the style sheet.
    expect(html).not.toContain('red; }');
    expect(html).toContain(':root { --brand: #1f5f8b;');
  });

  it('leaves out lint findings, rule ids and owners for the client, and keeps them for the team', async () => {
    const input = read('test/fixtures/brief/e-bike-trade-in/strategy.yaml');
    const ruleIds = [...new Set(lint(input, { file: 'strategy.yaml' }).diagnostics.map((d) => d.ruleId))];
    expect(ruleIds.length).toBeGreaterThan(0);
    const client = await render(input);
    const team = await render(input, { audience: 'team' });
    expect(client).not.toMatch(/Open lint findings|Owner:|Web team|Performance marketer|lint/);
    for (const id of ruleIds) expect(client).not.toContain(id);
    expect(team).toContain('<h2 id="findings-title">Open lint findings</h2>');
    for (const id of ruleIds) expect(team).toContain(`<code>${id}</code></li>`);
    expect(team).toContain('<li>Owner: Web team</li>');
    expect(team).toContain('<a href="#findings">Open lint findings</a>');
  });

  it('takes the brand colour and logo from x-brand, or from the options, with text that keeps its contrast', async () => {
    const logo = `data:image/png;base64,${Buffer.from('png').toString('base64')}`;
    const input = read('examples/oil-change.yaml').replace(/^mcm: 1.*$/m, `mcm: 1\nx-brand: { color: "#ffd400", logo: "${logo}" }`);
    const own = await render(input);
    expect(own).toContain(':root { --brand: #ffd400; --on-brand: #111111; --ink: #856f00; }');
    expect(own).toContain(`<img class="logo" src="${logo}" alt="Logo">`);
    const option = await render(input, { brand: { color: '#e4572e', logo: null } });
    expect(option).toContain(':root { --brand: #e4572e; --on-brand: #111111;');
    const plain = await render(read('examples/oil-change.yaml'));
    expect(plain).toContain(':root { --brand: #1f5f8b; --on-brand: #ffffff; --ink: #1f5f8b; }');
    expect(plain).not.toContain('class="logo"');
  });

  it('asks the caller to read a logo given as a path, and shows what it returns', async () => {
    const input = read('examples/oil-change.yaml').replace(/^mcm: 1.*$/m, 'mcm: 1\nx-brand: { logo: assets/logo.png }');
    const asked: string[] = [];
    const html = await render(input, { resolveLogo: (path) => (asked.push(path), 'data:image/png;base64,AAAA') });
    expect(asked).toEqual(['assets/logo.png']);
    expect(html).toContain('<img class="logo" src="data:image/png;base64,AAAA" alt="Logo">');
  });

  it('draws the funnel as one band per stage, with the channels that serve it', async () => {
    const html = await render(read('examples/oil-change.yaml'));
    const funnel = html.slice(html.indexOf('<figure class="chart" id="chart-funnel">'), html.indexOf('</figure>', html.indexOf('id="chart-funnel"')));
    expect(funnel.match(/<polygon /g)).toHaveLength(4);
    expect(funnel).toContain('>Consideration</text>');
    expect(funnel).toContain('>Facebook page and ads · Booking site</text>');
  });

  it('shows a scorecard when one is given: statuses, the goal and a progress chart', async () => {
    const scorecard: Scorecard = {
      asOf: '2027-04-15',
      kpis: [
        { channel: 'facebook-page', metric: 'click_through_rate', target: 0.02, baseline: 0.012, actual: 0.018, expected: null, progress: 0.9, status: 'at-risk' },
        { channel: 'website', metric: 'conversion_rate', target: 0.05, baseline: null, actual: 0.06, expected: null, progress: 1.2, status: 'met' },
        { channel: 'email', metric: 'open_rate', target: 0.35, baseline: null, actual: null, expected: null, progress: null, status: 'no-data' },
      ],
      goal: { metric: 'appointments_booked', target: 400, actual: 130, status: 'off-track' },
      problems: [{ file: 'results.csv', row: 12, column: 2, message: 'Unknown channel "<tiktok>"' }],
    };
    const client = await render(read('examples/oil-change.yaml'), { scorecard });
    expect(client).toContain('<a href="#scorecard">Scorecard</a>');
    expect(client).toContain('<p class="lead">Results as of April 15, 2027: <span class="status status-at-risk">1 At risk</span>, <span class="status status-met">1 Met</span>, <span class="status status-no-data">1 No data</span>.</p>');
    expect(client).toContain('<p>Appointments booked: 130 of 400 — <span class="status status-off-track">Off track</span></p>');
    expect(client).toContain('<td class="num">1.8%</td><td class="num">90%</td><td><span class="status status-at-risk">At risk</span></td>');
    expect(client).toContain('id="chart-kpiProgress"');
    expect(client).not.toContain('results.csv');
    const team = await render(read('examples/oil-change.yaml'), { scorecard, audience: 'team' });
    expect(team).toContain('<li>results.csv, row 12, column 2: Unknown channel &quot;&lt;tiktok&gt;&quot;</li>');
    expect(await render(read('examples/oil-change.yaml'))).not.toContain('Scorecard');
  });

  it('draws the timeline of flights and the budget by month when the channels have a schedule', async () => {
    const html = await render(read('test/fixtures/report/flights.yaml'));
    expect(html).toContain('<div><dt>Period</dt><dd>March 1, 2027 to June 30, 2027</dd></div>');
    expect(html).toContain('id="chart-timeline"');
    expect(html).toContain('id="chart-budgetByMonth"');
    expect(html).toContain('<tr><th scope="row"><a href="#channel-facebook-page">Facebook page and ads</a></th><td>Launch</td><td>March 1, 2027</td><td>April 15, 2027</td><td class="num">€1,800</td></tr>');
    expect(html).toContain('<li><strong>Launch:</strong> March 1, 2027 to April 15, 2027, €1,800</li>');
    const plain = await render(read('examples/oil-change.yaml'));
    expect(plain).not.toMatch(/chart-timeline|chart-budgetByMonth|<h3>Schedule<\/h3>|<dt>Period<\/dt>/);
  });
});

describe('spendByMonth', () => {
  const ref = (id: string) => ({ id, title: id, href: `#channel-${id}`, type: 'website', typeLabel: 'Website' });
  const flight = (id: string, start: string, end: string, budget: number | null): FlightView => ({ channel: ref(id), start, end, budget, label: null, startText: start, endText: end, budgetText: null });

  it('spreads a flight\'s budget over its days, month by month', () => {
    expect(spendByMonth([flight('fb', '2027-03-01', '2027-04-15', 1800), flight('web', '2027-12-31', '2028-01-01', 100), flight('none', '2027-03-01', '2027-03-31', null)])).toEqual([
      { month: '2027-03', monthLabel: 'Mar 2027', channel: 'fb', amount: 1213.04 },
      { month: '2027-04', monthLabel: 'Apr 2027', channel: 'fb', amount: 586.96 },
      { month: '2027-12', monthLabel: 'Dec 2027', channel: 'web', amount: 50 },
      { month: '2028-01', monthLabel: 'Jan 2028', channel: 'web', amount: 50 },
    ]);
  });

  it('takes a few steps for a flight over centuries', () => {
    // 73,049 days at 10 a day: every month holds exactly its days × 10.
    const months = spendByMonth([flight('long', '1900-01-01', '2099-12-31', 730_490)]);
    expect(months).toHaveLength(2400);
    expect(months[1]).toEqual({ month: '1900-02', monthLabel: 'Feb 1900', channel: 'long', amount: 280 });
    expect(months[1201]!.amount).toBe(290);
    expect(months.reduce((sum, m) => sum + m.amount, 0)).toBe(730_490);
  });
});
