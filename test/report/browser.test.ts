import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { browserAvailability, launch, pdfPages } from './browser.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const CASES = [
  ...['oil-change', 'local-bakery', 'online-shop', 'b2b-saas'].map((name) => ({ name, file: join(ROOT, `examples/${name}.yaml`), audience: 'client' })),
  { name: 'flights and results', file: join(ROOT, 'test/fixtures/report/flights.yaml'), audience: 'team', results: join(ROOT, 'test/fixtures/report/results.csv') },
  { name: 'hostile (team)', file: join(ROOT, 'test/fixtures/report/hostile.yaml'), audience: 'team' },
  { name: 'hostile (client)', file: join(ROOT, 'test/fixtures/report/hostile.yaml'), audience: 'client' },
  { name: 'kyiv-roastery in Ukrainian, with results', file: join(ROOT, 'examples/kyiv-roastery.yaml'), audience: 'client', results: join(ROOT, 'examples/results/kyiv-roastery.csv') },
];
const availability = browserAvailability();
if (!availability.run) console.warn(`Skipping the HTML report's browser tests: ${availability.reason}`);

const temporary = mkdtempSync(join(tmpdir(), 'mcm-report-browser-'));
let browser: Browser | undefined;
beforeAll(async () => {
  if (!availability.run) return;
  if (availability.reason) throw new Error(availability.reason);
  browser = await launch();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  rmSync(temporary, { recursive: true, force: true });
});

interface Loaded {
  page: Page;
  requests: string[];
  errors: string[];
}

/** Opens the report from file:// and records every request beyond the page itself, and every console error. */
async function open(html: string): Promise<Loaded> {
  const context = await browser!.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const url = pathToFileURL(html).href;
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => { if (request.url() !== url) requests.push(request.url()); });
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url, { waitUntil: 'load' });
  return { page, requests, errors };
}

describe.runIf(availability.run).each(CASES)('the HTML report of $name, in Chromium', ({ name, file, audience, results }: { name: string; file: string; audience: string; results?: string }) => {
  const out = join(temporary, name.replace(/\W+/g, '-'));
  const html = join(out, 'index.html');
  const strategy: { channels: { id: string }[]; personas: { id: string }[] } = parse(readFileSync(file, 'utf8'));
  let loaded: Loaded;

  beforeAll(async () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'bin/mcm.js'), 'brief', file, '--format', 'html', '--for', audience, '--out', out, ...(results ? ['--results', results] : [])], { encoding: 'utf8' });
    expect(run.stderr).toBe(name.startsWith('hostile') ? 'mcm: x-brand.color "red; } body { display: none" is not a colour such as "#e4572e"; the report uses its own colour.\n' : '');
    expect(run.status).toBe(0);
    loaded = await open(html);
  }, 60_000);
  afterAll(async () => loaded?.page.context().close());

  it('is one file of at most 4 MB', () => {
    expect(statSync(html).size).toBeLessThanOrEqual(4 * 1024 * 1024);
  });

  it('loads from the disk with no request leaving the page and no console error', () => {
    expect(loaded.requests).toEqual([]);
    expect(loaded.errors).toEqual([]);
  });

  it('keeps the user\'s text as text: no script, no injected element, nothing run', async () => {
    const { page } = loaded;
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('script, iframe, marquee, link, h6, img:not(.logo)').count()).toBe(0);
    expect(await page.locator('style').count()).toBe(1);
    if (name.startsWith('hostile')) {
      await expect(page.locator('h1').textContent()).resolves.toBe('<script>window.__pwned = \'name\'</script> Spring & "friends" </title></style>');
      expect(await page.locator('#channel-web-shop-title').textContent()).toBe('Shop </h2><h6>skip</h6> & <main>');
      expect(await page.locator('body').innerText()).toContain('<script>window.__pwned = \'message\'</script>');
      expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
      expect(await page.locator('body').isVisible()).toBe(true);
    }
  });

  it('shows every channel and every persona, each in its own section linked from the contents', async () => {
    const { page } = loaded;
    for (const { id } of strategy.channels) {
      await expect(page.locator(`section#channel-${id} h2`).isVisible(), id).resolves.toBe(true);
      expect(await page.locator(`nav a[href="#channel-${id}"]`).count(), id).toBe(1);
    }
    for (const { id } of strategy.personas) {
      await expect(page.locator(`section#persona-${id} h2`).isVisible(), id).resolves.toBe(true);
      expect(await page.locator(`nav a[href="#persona-${id}"]`).count(), id).toBe(1);
    }
    const broken = await page.evaluate(() => [...document.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute('href')!).filter((href) => !document.getElementById(decodeURIComponent(href.slice(1)))));
    expect(broken).toEqual([]);
  });

  it('has pictures with a size and an accessible name', async () => {
    const sizes = await loaded.page.evaluate(() => [...document.querySelectorAll('figure svg')].map((svg) => {
      const box = svg.getBoundingClientRect();
      return { name: svg.getAttribute('aria-label') ?? '', width: box.width, height: box.height };
    }));
    expect(sizes.length).toBeGreaterThanOrEqual(name.startsWith('flights') ? 6 : results ? 4 : 3);
    for (const size of sizes) {
      expect(size.name.length, JSON.stringify(size)).toBeGreaterThan(10);
      expect(size.width, size.name).toBeGreaterThan(150);
      expect(size.height, size.name).toBeGreaterThan(40);
    }
  });

  it('has one h1 and headings that never skip a level', async () => {
    const levels = await loaded.page.evaluate(() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1])));
    expect(levels[0]).toBe(1);
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    const skips = levels.flatMap((level, i) => (i > 0 && level > levels[i - 1]! + 1 ? [`h${levels[i - 1]} → h${level}`] : []));
    expect(skips).toEqual([]);
  });

  it('has no critical or serious accessibility violation (axe-core)', async () => {
    const { page } = loaded;
    await page.evaluate(AXE);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
      const result = await axe.run();
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
    });
    expect(violations.filter((v) => v.impact === 'critical' || v.impact === 'serious')).toEqual([]);
  }, 60_000);

  it('prints to PDF with at least one page per brief', async () => {
    const pdf = await loaded.page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    const briefs = 1 + strategy.channels.length + strategy.personas.length + (audience === 'team' ? 1 : 0) + (results ? 1 : 0);
    expect(await loaded.page.locator('section.brief').count()).toBe(briefs);
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(briefs);
  }, 60_000);
});

if (!availability.run) {
  describe('the HTML report in Chromium', () => {
    it.skip(`is skipped: ${availability.reason}`, () => {});
  });
}

describe.runIf(availability.run).each([
  { name: 'English', file: join(ROOT, 'test/fixtures/report/flights.yaml'), results: join(ROOT, 'test/fixtures/report/results.csv'), lang: 'en' },
  { name: 'Ukrainian', file: join(ROOT, 'examples/kyiv-roastery.yaml'), results: join(ROOT, 'examples/results/kyiv-roastery.csv'), lang: 'uk' },
])('the scorecard of the HTML report in $name, in Chromium', ({ name, file, results, lang }) => {
  const out = join(temporary, `scorecard-${name}`);
  let loaded: Loaded;
  beforeAll(async () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'bin/mcm.js'), 'brief', file, '--format', 'html', '--out', out, '--results', results], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    loaded = await open(join(out, 'index.html'));
  }, 60_000);
  afterAll(async () => loaded?.page.context().close());

  it('says its language in <html lang>', async () => {
    expect(await loaded.page.locator('html').getAttribute('lang')).toBe(lang);
  });

  it('labels every bar of the KPI chart with the channel\'s whole name and the metric, inside the picture', async () => {
    const { page } = loaded;
    const rows = await page.locator('table.scorecard tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')!.textContent!.trim(), tr.querySelector('td')!.textContent!.trim()]));
    const chart = page.locator('#chart-kpiProgress svg');
    const texts = await chart.locator('text').allTextContents();
    const words = texts.join(' ').replace(/\s+/g, ' ');
    for (const [channel, metric] of rows) {
      expect(words).toContain(channel!.replace(/\s+/g, ' '));
      expect(words).toContain(metric);
    }
    // No label runs past the picture's edge, and the picture keeps its name and title.
    const outside = await chart.evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('text')].map((t) => t.getBoundingClientRect()).filter((r) => r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1)).length;
    });
    expect(outside).toBe(0);
    expect(await chart.getAttribute('role')).toBe('img');
    expect(await chart.locator('title').first().textContent()).toContain(rows[0]![0]!);
  });

  it('never breaks a figure of the scorecard over two lines, even on a narrow screen', async () => {
    const { page } = loaded;
    for (const width of [1100, 600]) {
      await page.setViewportSize({ width, height: 900 });
      const broken = await page.locator('table.scorecard td.num').evaluateAll((cells) => cells.filter((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        return lines.size > 1;
      }).map((cell) => cell.textContent));
      expect(broken).toEqual([]);
    }
  });
});
