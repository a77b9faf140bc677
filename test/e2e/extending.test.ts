import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sarifErrors } from '../core/formatters/validators.js';
import { projectFolders } from '../folders.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/mcm.js');
const AGENCY = join(ROOT, 'examples/agency');
const mcm = (args: string[], cwd: string) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });

const folder = projectFolders('mcm-extending-e2e-');

const UTM = 'The link of "webinar" lacks utm_source, utm_medium, utm_campaign: the agency reports every visit by campaign.';
const B2B = 'B2B strategies need a LinkedIn channel: decision makers are there.';
const FLOOR = 'A channel budget of 250 is under the agency\'s floor of 300: fund it properly or drop it.';

describe('examples/agency', () => {
  it('stylish shows the plugin\'s and the defined rules\' findings, with the override applied to B2B files only', () => {
    const run = mcm(['lint', 'clients/**/*.yaml'], AGENCY);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`  52:3    warning  ${B2B}  acme/linkedin-for-b2b\n  95:13   error    ${UTM}  acme/utm-on-every-link\n`);
    expect(run.stdout).toContain(`  103:13  warning  ${FLOOR}  acme/channel-budget-floor\n`);
    expect(run.stdout.match(/acme\/linkedin-for-b2b/g)).toHaveLength(1);
    expect(run.stdout).not.toContain('link-tracking');
    expect(run.stdout).toContain('✖ 9 problems (6 errors, 3 warnings, 0 infos) in 2 files');
  });

  it('every output format carries the findings; SARIF lists the rules with their help URLs', () => {
    for (const format of ['json', 'sarif', 'github', 'junit', 'markdown']) {
      const run = mcm(['lint', '--format', format, 'clients/**/*.yaml'], AGENCY);
      expect(run.status, format).toBe(1);
      expect(run.stdout, format).toContain('acme/utm-on-every-link');
      expect(run.stdout, format).toContain('acme/linkedin-for-b2b');
      expect(run.stdout, format).toContain('acme/channel-budget-floor');
    }
    const json = JSON.parse(mcm(['lint', '--format', 'json', 'clients/**/*.yaml'], AGENCY).stdout) as { files: { diagnostics: { ruleId: string; line: number; column: number; docsUrl?: string }[] }[] };
    expect(json.files[0]!.diagnostics.filter((d) => d.ruleId.startsWith('acme/')).map((d) => [d.ruleId, d.line, d.column, d.docsUrl])).toEqual([
      ['acme/linkedin-for-b2b', 52, 3, 'https://acme-agency.example/mcm-rules#linkedin-for-b2b'],
      ['acme/utm-on-every-link', 95, 13, 'https://acme-agency.example/mcm-rules#utm-on-every-link'],
      ['acme/utm-on-every-link', 111, 13, 'https://acme-agency.example/mcm-rules#utm-on-every-link'],
      ['acme/utm-on-every-link', 143, 13, 'https://acme-agency.example/mcm-rules#utm-on-every-link'],
    ]);
    const sarif = mcm(['lint', '--format', 'sarif', 'clients/**/*.yaml'], AGENCY).stdout;
    expect(sarifErrors(sarif)).toEqual([]);
    const rules = (JSON.parse(sarif) as { runs: { tool: { driver: { rules: { id: string; helpUri?: string }[] } } }[] }).runs[0]!.tool.driver.rules;
    expect(rules.filter((r) => r.id.startsWith('acme/')).map((r) => [r.id, r.helpUri])).toEqual([
      ['acme/utm-on-every-link', 'https://acme-agency.example/mcm-rules#utm-on-every-link'],
      ['acme/channel-budget-floor', 'https://acme-agency.example/mcm-rules#channel-budget-floor'],
      ['acme/linkedin-for-b2b', 'https://acme-agency.example/mcm-rules#linkedin-for-b2b'],
    ]);
  });

  it('mcm rules lists the plugin\'s and the defined rules with their namespace', () => {
    const run = mcm(['rules', '--no-color'], AGENCY);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('\nRules from .mcmrc.yaml\n\nacme/\nacme/utm-on-every-link     error    Every link in a channel carries utm_source, utm_medium and utm_campaign.  https://acme-agency.example/mcm-rules#utm-on-every-link\n');
    expect(run.stdout).toContain('acme/linkedin-for-b2b      off      A B2B strategy has a LinkedIn channel.');
  });

  it('the plugin\'s rule passes its own test, written with the public rule tester', () => {
    const run = spawnSync(process.execPath, ['--test', 'rules/'], { cwd: AGENCY, encoding: 'utf8' });
    expect(run.stdout).toMatch(/# pass 3\n# fail 0\n/);
    expect(run.status).toBe(0);
  });
});

describe('mistakes in the configuration are exit 2, naming the file and key', () => {
  const strategy = 'mcm: 1\nname: Spring\nchannels:\n  - { id: email, type: email }\n';
  for (const [what, files, message] of [
    ['a missing extends file', { '.mcmrc.yaml': 'extends: [./base.yaml]\n' }, 'mcm: .mcmrc.yaml: "extends" names ./base.yaml, which does not exist (looked for base.yaml).\n'],
    ['an extends cycle', { '.mcmrc.yaml': 'extends: [./a.json]\n', 'a.json': '{ "extends": ["./.mcmrc.yaml"] }' }, 'mcm: a.json: "extends" makes a cycle: .mcmrc.yaml → a.json → .mcmrc.yaml.\n'],
    ['a plugin without meta', { '.mcmrc.yaml': 'plugins:\n  fx: ./p.js\n', 'p.js': 'export default { rules: {} };\n' }, 'mcm: .mcmrc.yaml: plugins.fx: the plugin has no "meta" with a "name"; a plugin exports default { meta: { name }, rules: { ... } }.\n'],
    ['an unknown plugin namespace', { '.mcmrc.yaml': 'rules:\n  acme/x: error\n' }, 'mcm: .mcmrc.yaml: rule "acme/x": no plugin or defined rule has the namespace "acme"; name the plugin under "plugins:" (acme: ./rules/acme.js).\n'],
  ] as const) {
    it(what, () => {
      const run = mcm(['lint', 'strategy.yaml'], folder({ ...files, 'strategy.yaml': strategy }));
      expect(run.stderr).toBe(message);
      expect(run.stdout).toBe('');
      expect(run.status).toBe(2);
    });
  }

  it('a plugin that throws while loading is an error diagnostic, and the other rules still run', () => {
    const run = mcm(['lint', 'strategy.yaml'], folder({ '.mcmrc.yaml': 'plugins:\n  fx: ./p.js\n', 'p.js': 'throw new Error("boom");\n', 'strategy.yaml': strategy }));
    expect(run.stdout).toContain('  1:1  error    The plugin "fx" (named in .mcmrc.yaml) failed to load, so its rules did not run: boom  plugin-error\n');
    expect(run.stdout).toContain('  3:1  error    The strategy has only one channel');
    expect(run.status).toBe(1);
  });
});
