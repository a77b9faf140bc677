// Spectral 6.16 with a ruleset equivalent to the core of mcm's (SPEC §5): the strategy schema, KPIs on every
// channel, and no two channels with the same message. Installed on demand into a cache folder with
// `npm install --prefix`, never as a dependency of mcm; when it cannot be installed, the bench says so.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const SPECTRAL_VERSION = '6.16';

/** Where Spectral is kept between runs: MCM_BENCH_CACHE, else $XDG_CACHE_HOME or ~/.cache, in mcm-bench/spectral. */
export function spectralFolder() {
  const base = process.env.MCM_BENCH_CACHE || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'mcm-bench');
  return join(base, 'spectral');
}

/**
 * Spectral's command line and the ruleset, ready to run: `{ bin, ruleset }`, or `{ missing: why }`.
 * `schemaFile` is mcm's strategy schema, inlined into the ruleset.
 */
export function setUpSpectral(schemaFile, { install = true } = {}) {
  const folder = spectralFolder();
  const bin = join(folder, 'node_modules', '@stoplight', 'spectral-cli', 'dist', 'index.js');
  if (!existsSync(bin)) {
    if (!install) return { missing: `not installed in ${folder}` };
    mkdirSync(folder, { recursive: true });
    console.log(`Installing Spectral ${SPECTRAL_VERSION} into ${folder} (once)…`);
    const result = spawnSync('npm', ['install', '--prefix', folder, '--no-audit', '--no-fund', '--no-save', '--loglevel=error', `@stoplight/spectral-cli@~${SPECTRAL_VERSION}.0`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (result.status !== 0 || !existsSync(bin)) {
      const why = (result.stderr || result.error?.message || '').trim().split('\n').slice(-1)[0] || `exit ${result.status}`;
      return { missing: `could not be installed (${why})` };
    }
  }
  const version = JSON.parse(readFileSync(join(folder, 'node_modules', '@stoplight', 'spectral-cli', 'package.json'), 'utf8')).version;
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
  // The ruleset sits in the folder where Spectral is installed, so that its imports resolve there.
  const ruleset = join(folder, 'mcm-equivalent.spectral.mjs');
  writeFileSync(ruleset, `// Written by mcm's bench/spectral.mjs: the schema, KPIs per channel, identical messages.
import { schema, truthy } from '@stoplight/spectral-functions';

const schemaDocument = ${JSON.stringify(schema)};

function sameMessage(channels) {
  if (!Array.isArray(channels)) return [];
  const seen = new Map();
  const results = [];
  channels.forEach((channel, index) => {
    const message = channel && channel.content && channel.content.message;
    if (typeof message !== 'string') return;
    const text = message.normalize('NFKD').toLowerCase().replace(/\\p{M}/gu, '').replace(/[^\\p{L}\\p{N}]+/gu, ' ').trim();
    if (seen.has(text)) results.push({ message: 'Channel ' + channel.id + ' carries the same message as channel ' + seen.get(text) + '.', path: ['channels', index, 'content', 'message'] });
    else seen.set(text, channel.id);
  });
  return results;
}

export default {
  rules: {
    schema: { severity: 'error', given: '$', then: { function: schema, functionOptions: { schema: schemaDocument, dialect: 'draft2020-12', allErrors: true } } },
    'channel-kpis': { severity: 'error', message: 'Channel {{path}} has no KPI.', given: '$.channels[*]', then: { field: 'kpis', function: truthy } },
    'no-identical-content': { severity: 'error', given: '$.channels', then: { function: sameMessage } },
  },
};
`);
  return { bin, ruleset, version };
}

/** The arguments that lint `targets` with Spectral (Spectral exits 1 when it finds errors, like mcm). */
export function spectralArgs(spectral, targets) {
  return [spectral.bin, 'lint', '--ruleset', spectral.ruleset, '--format', 'text', '--quiet', ...targets];
}
