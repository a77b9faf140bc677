#!/usr/bin/env node
// Renders an example strategy with the real CLI (mcm brief --format html) and takes a screenshot of the
// page in Chromium: docs/report.png, shown in the README. Run `npm run build` first.
//   node scripts/screenshot-report.mjs [strategy.yaml] [out.png] [--full] [--pdf out.pdf] [--results results.csv]
//     [--locale uk] [--section scorecard]   (--section: a picture of that section of the page only)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args.splice(i, name === '--full' ? 1 : 2)[1] ?? true;
};
const full = flag('--full') !== undefined;
const pdf = flag('--pdf');
const results = flag('--results');
const locale = flag('--locale');
const section = flag('--section');
const strategy = args[0] ?? join(root, 'examples/oil-change.yaml');
const png = args[1] ?? join(root, 'docs/report.png');
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';

const out = mkdtempSync(join(tmpdir(), 'mcm-report-'));
try {
  const run = spawnSync(process.execPath, [join(root, 'bin/mcm.js'), 'brief', strategy, '--format', 'html', '--out', out, ...(results ? ['--results', results] : []), ...(locale ? ['--locale', locale] : [])], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`mcm brief failed (${run.status}):\n${run.stderr}`);
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-background-networking', '--font-render-hinting=none'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 2100 }, deviceScaleFactor: 1 });
    await page.goto(pathToFileURL(join(out, 'index.html')).href, { waitUntil: 'load' });
    if (typeof section === 'string') await page.locator(`#${section}`).screenshot({ path: png });
    else await page.screenshot({ path: png, fullPage: full });
    if (typeof pdf === 'string') writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
  } finally {
    await browser.close();
  }
  console.log(`Wrote ${png}${typeof pdf === 'string' ? ` and ${pdf}` : ''}`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
