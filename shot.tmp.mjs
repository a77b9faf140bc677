import { chromium } from 'playwright-core';
const [file, selector, out] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
await page.goto('file://' + file);
await page.locator(selector).first().screenshot({ path: out });
await browser.close();
