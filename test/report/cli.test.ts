import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { goldenForm } from './golden.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/mcm.js');
const OIL = readFileSync(join(ROOT, 'examples/oil-change.yaml'), 'utf8');
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function workspace(files: Record<string, string | Buffer> = { 'strategy.yaml': OIL }): string {
  const dir = mkdtempSync(join(tmpdir(), 'mcm-report-cli-'));
  temporary.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

function mcm(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, 'brief', ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const SENT = 'Open it in a browser, attach it to an e-mail, or print it to PDF (one brief a page).\n';

describe('mcm brief --format html', () => {
  it('writes one index.html into --out, for the client unless told otherwise, and nothing else', () => {
    const dir = workspace();
    const run = mcm(dir, '--format', 'html', '--out', 'share');
    const kb = Math.ceil(statSync(join(dir, 'share/index.html')).size / 1024);
    expect(run).toEqual({ code: 0, out: `Wrote share/index.html (${kb} KB), for the client: lint findings, rule ids and owners left out (--for team keeps them).\n${SENT}`, err: '' });
    expect(readdirSync(join(dir, 'share'))).toEqual(['index.html']);
    const html = readFileSync(join(dir, 'share/index.html'), 'utf8');
    expect(goldenForm(html)).toBe(readFileSync(join(ROOT, 'test/fixtures/report/oil-change/expected.html'), 'utf8'));
  });

  it('keeps lint findings and owners with --for team', () => {
    const dir = workspace();
    const run = mcm(dir, '--format', 'html', '--for', 'team');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^Wrote briefs\/index\.html \(\d+ KB\), for the team: with lint findings, rule ids and owners\.\n/);
    const html = readFileSync(join(dir, 'briefs/index.html'), 'utf8');
    expect(html).toContain('<li>Owner: Social media manager</li>');
    expect(html).toContain('<h2 id="findings-title">Open lint findings</h2>');
  });

  it('inlines a logo file named by --logo or by x-brand.logo, relative to the strategy', () => {
    const dir = workspace({ 'plans/strategy.yaml': OIL.replace(/^mcm: 1.*$/m, 'mcm: 1\nx-brand: { logo: brand/logo.png, color: "#e4572e" }'), 'plans/brand/logo.png': PNG, 'other.png': PNG });
    expect(mcm(dir, 'plans/strategy.yaml', '--format', 'html').code).toBe(0);
    const html = readFileSync(join(dir, 'briefs/index.html'), 'utf8');
    expect(html).toContain(`<img class="logo" src="data:image/png;base64,${PNG.toString('base64').replaceAll('=', '&#x3D;')}" alt="Logo">`);
    expect(html).toContain(':root { --brand: #e4572e;');
    expect(mcm(dir, 'plans/strategy.yaml', '--format', 'html', '--logo', 'other.png', '--brand-color', '#123').code).toBe(0);
    expect(readFileSync(join(dir, 'briefs/index.html'), 'utf8')).toContain(':root { --brand: #112233;');
  });

  it('says what is wrong with a logo or a colour, and writes nothing', () => {
    const dir = workspace({ 'strategy.yaml': OIL, 'logo.bmp': 'BM' });
    expect(mcm(dir, '--format', 'html', '--logo', 'missing.png')).toEqual({ code: 2, out: '', err: 'mcm: Logo "missing.png": no such file.\n' });
    expect(mcm(dir, '--format', 'html', '--logo', 'logo.bmp')).toEqual({ code: 2, out: '', err: 'mcm: Logo "logo.bmp": use a PNG, JPEG, GIF, WebP or SVG file, or a data:image/… URI.\n' });
    expect(mcm(dir, '--format', 'html', '--brand-color', 'red')).toEqual({ code: 2, out: '', err: 'mcm: --brand-color: "red" is not a colour; write it as a hex colour such as "#e4572e".\n' });
    expect(existsSync(join(dir, 'briefs'))).toBe(false);
  });

  it('warns about an x-brand colour it cannot use, and renders with its own', () => {
    const dir = workspace({ 'strategy.yaml': OIL.replace(/^mcm: 1.*$/m, 'mcm: 1\nx-brand: { color: tomato }') });
    const run = mcm(dir, '--format', 'html');
    expect(run.code).toBe(0);
    expect(run.err).toBe('mcm: x-brand.color "tomato" is not a colour such as "#e4572e"; the report uses its own colour.\n');
  });

  it('refuses options of the other format', () => {
    const dir = workspace();
    expect(mcm(dir, '--for', 'team')).toEqual({ code: 2, out: '', err: 'mcm: --for belongs to the HTML report: add --format html.\n' });
    expect(mcm(dir, '--format', 'html', '--only', 'channels')).toEqual({ code: 2, out: '', err: 'mcm: --only belongs to the Markdown briefs; the HTML report is always one whole page.\n' });
    expect(mcm(dir, '--format', 'pdf').code).toBe(2);
    expect(existsSync(join(dir, 'briefs'))).toBe(false);
  });

  it('refuses a strategy with lint errors and writes nothing', () => {
    const dir = workspace({ 'strategy.yaml': OIL.replace('- { metric: conversion_rate, target: 0.05 }', '- { metric: conversion_rate }') });
    const run = mcm(dir, '--format', 'html');
    expect(run.code).toBe(1);
    expect(run.err.endsWith('mcm: no briefs written: strategy.yaml has 1 lint error. Fix it, then run mcm brief again.\n')).toBe(true);
    expect(existsSync(join(dir, 'briefs'))).toBe(false);
  });

  it('never replaces an index.html that is not a regular file', () => {
    const dir = workspace();
    mkdirSync(join(dir, 'briefs'));
    spawnSync('mkfifo', [join(dir, 'briefs/index.html')]);
    expect(statSync(join(dir, 'briefs/index.html')).isFIFO()).toBe(true);
    expect(mcm(dir, '--format', 'html')).toEqual({ code: 2, out: '', err: 'mcm: briefs/index.html exists and is not a regular file: mcm replaces only a file it wrote. Remove it, or choose another --out.\n' });
    expect(statSync(join(dir, 'briefs/index.html')).isFIFO()).toBe(true);
    expect(readdirSync(join(dir, 'briefs'))).toEqual(['index.html']);
  });

  it('adds the scorecard of --results files, as mcm track computes it, and lists the rows it cannot use', () => {
    const flights = readFileSync(join(ROOT, 'test/fixtures/report/flights.yaml'), 'utf8');
    const csv = `${readFileSync(join(ROOT, 'test/fixtures/report/results.csv'), 'utf8')}2027-04-15,tiktok,reach,5\n`;
    const dir = workspace({ 'strategy.yaml': flights, 'results.csv': csv });
    const run = mcm(dir, '--format', 'html', '--results', 'results.csv');
    expect(run.code).toBe(0);
    expect(run.err).toBe('results.csv:6:2: "tiktok" is not a channel of the strategy (its channels: facebook-page, website, email).\n');
    const html = readFileSync(join(dir, 'briefs/index.html'), 'utf8');
    expect(html).toContain('<h2 id="scorecard-title">Scorecard</h2>');
    expect(html).toContain('<p class="lead">Results as of April 15, 2027: ');
    expect(html).toContain('id="chart-kpiProgress"');
    expect(html).toContain('<td>Click-through rate</td><td class="num">2%</td><td class="num">—</td><td class="num">1.9%</td><td class="num">95%</td><td><span class="status status-at-risk">At risk</span></td>');
  });

  it('writes nothing when no results file can be read', () => {
    const dir = workspace();
    const run = mcm(dir, '--format', 'html', '--results', 'missing.csv');
    expect(run).toEqual({ code: 2, out: '', err: 'missing.csv:1:1: Cannot find "missing.csv".\nmcm: No results could be read from missing.csv: no report written.\n' });
    expect(existsSync(join(dir, 'briefs'))).toBe(false);
  });
});
