import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/**
 * Whether the browser tests run here. Without Chromium they are skipped on a developer's machine, with a
 * message saying how to get it; under CI a missing browser is a failure, never a silent pass.
 */
export function browserAvailability(): { run: boolean; reason: string | null } {
  if (existsSync(CHROMIUM)) return { run: true, reason: null };
  const reason = `${CHROMIUM} is missing: the HTML report's browser tests need Debian's Chromium (apt-get install -y chromium; .ci/run installs it).`;
  if (process.env.CI) return { run: true, reason };
  return { run: false, reason };
}

/** Headless Chromium as the tests use it: no sandbox (the tests run as root), no background requests of its own. */
export async function launch(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-default-apps', '--disable-extensions'],
  });
}

/** The pages of a PDF, counted from its page objects (Chromium writes no compressed object streams). */
export function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
}
