import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, settingsFor } from '../../../src/cli/config-load.js';
import { findConfigFile } from '../../../src/cli/config-find.js';
import { createRuleset } from '../../../src/core/lint/ruleset.js';
import { lint } from '../../../src/core/lint/engine.js';
import { rules } from '../../../src/core/rules/index.js';
import { projectFolders } from '../../folders.js';

const folder = projectFolders('mcm-extending-');

const load = (dir: string, name = '.mcmrc.yaml') => loadConfig(join(dir, name), (file) => relative(dir, file) || file, async (file) => readFileSync(file, 'utf8'));

const PLUGIN = `export default {
  meta: { name: 'fixture', docsUrl: 'https://fixture.example/rules' },
  rules: {
    'no-tbd': {
      description: 'No channel is named TBD.',
      severity: { recommended: 'warning', strict: 'error' },
      messages: { tbd: 'Channel "{{id}}" is still named TBD.' },
      check({ strategy, report }) {
        for (const [i, c] of (strategy.channels ?? []).entries()) if (c && c.name === 'TBD') report({ messageId: 'tbd', path: ['channels', i, 'name'], data: { id: c.id } });
      },
    },
  },
};
`;
const STRATEGY = 'mcm: 1\nname: Spring\nchannels:\n  - { id: email, type: email, name: TBD }\n';

const findings = async (dir: string, file = 'strategy.yaml', name = '.mcmrc.yaml') => {
  const config = await load(dir, name);
  const { rules: settings } = await settingsFor(config, join(dir, file));
  const ruleset = createRuleset([...rules, ...config.extraRules], { extends: config.preset, rules: settings });
  return lint(STRATEGY, { ruleset, file }).diagnostics.filter((d) => d.ruleId.includes('/') || d.ruleId === 'plugin-error').map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}${d.docsUrl ? ` <${d.docsUrl}>` : ''}`);
};

describe('configuration forms', () => {
  it('finds .mcmrc.json and mcm.config.js, and reads them like YAML', async () => {
    const json = folder({ '.mcmrc.json': JSON.stringify({ extends: ['strict'], rules: { 'channel-owner': 'off' } }) });
    expect(findConfigFile(json)).toBe(join(json, '.mcmrc.json'));
    expect(await load(json, '.mcmrc.json')).toMatchObject({ preset: 'strict', rules: { 'channel-owner': 'off' } });
    const js = folder({ 'mcm.config.js': 'export default { extends: "strict", rules: { "channel-owner": "warning" } };\n' });
    expect(findConfigFile(js)).toBe(join(js, 'mcm.config.js'));
    expect(await load(js, 'mcm.config.js')).toMatchObject({ preset: 'strict', rules: { 'channel-owner': 'warning' } });
    const bad = folder({ '.mcmrc.json': '{ "rules": ' });
    await expect(load(bad, '.mcmrc.json')).rejects.toThrow(/^\.mcmrc\.json: the configuration is not valid JSON: /);
    const unknown = folder({ '.mcmrc.json': '{ "plugin": {} }' });
    await expect(load(unknown, '.mcmrc.json')).rejects.toThrow('.mcmrc.json: unknown key "plugin"; did you mean "plugins"?');
  });

  it('extends presets, files relative to the config and mcm-config-* packages, in order', async () => {
    const dir = folder({
      '.mcmrc.yaml': 'extends: [strict, ./shared/base.mcmrc.yaml, mcm-config-house]\nrules:\n  channel-owner: info\n',
      'shared/base.mcmrc.yaml': 'rules:\n  channel-owner: error\n  budget-total: "off"\n',
      'node_modules/mcm-config-house/package.json': '{ "name": "mcm-config-house", "main": "config.json" }',
      'node_modules/mcm-config-house/config.json': '{ "rules": { "budget-total": "warning", "link-tracking": "off" } }',
    });
    expect(await load(dir)).toMatchObject({ preset: 'strict', rules: { 'channel-owner': 'info', 'budget-total': 'warning', 'link-tracking': 'off' } });
  });

  it('keeps the first settings read as they are, merges later ones and overrides into a copy, and takes "__proto__" as a rule name', async () => {
    const shared = folder({
      '.mcmrc.yaml': 'extends: [./base.mjs]\nrules:\n  budget-total: "off"\n',
      'base.mjs': 'export const rules = { "channel-owner": "error" };\nexport default { rules };\n',
    });
    expect((await load(shared)).rules).toEqual({ 'channel-owner': 'error', 'budget-total': 'off' });
    // The extended module's own object is not where the settings of the file that extends it went.
    const base = await import(join(shared, 'base.mjs'));
    expect(base.rules).toEqual({ 'channel-owner': 'error' });
    const alone = folder({ '.mcmrc.yaml': 'rules:\n  channel-owner: warning\n' });
    const { rules: settings } = await settingsFor(await load(alone), join(alone, 'strategy.yaml'));
    expect(settings).toEqual({ 'channel-owner': 'warning' });
    const unknownRule = async (dir: string) => {
      const { rules: read } = await settingsFor(await load(dir), join(dir, 'strategy.yaml'));
      return () => createRuleset(rules, { rules: read }, {}, '.mcmrc.yaml');
    };
    const proto = '.mcmrc.yaml: unknown rule "__proto__" (run "mcm rules" for the list).';
    expect(await unknownRule(folder({ '.mcmrc.yaml': 'rules:\n  __proto__: warning\n' }))).toThrow(proto);
    expect(await unknownRule(folder({ '.mcmrc.json': '{ "rules": { "__proto__": { "channel-owner": "error" } } }', '.mcmrc.yaml': 'extends: [./.mcmrc.json]\nrules:\n  channel-owner: info\n' }))).toThrow(proto);
    expect(await unknownRule(folder({ '.mcmrc.yaml': 'overrides:\n  - files: ["*.yaml"]\n    rules:\n      __proto__: warning\n' }))).toThrow(proto);
  });

  it('refuses a missing file, a missing package, a cycle and a bad entry, naming the file and key', async () => {
    await expect(load(folder({ '.mcmrc.yaml': 'extends: [./base.yaml]\n' }))).rejects.toThrow(/^\.mcmrc\.yaml: "extends" names \.\/base\.yaml, which does not exist \(looked for base\.yaml\)\.$/);
    await expect(load(folder({ '.mcmrc.yaml': 'extends: [mcm-config-nope]\n' }))).rejects.toThrow('.mcmrc.yaml: "extends" names the package mcm-config-nope, which is not installed: run "npm install --save-dev mcm-config-nope".');
    await expect(load(folder({ '.mcmrc.yaml': 'extends: [./a.yaml]\n', 'a.yaml': 'extends: [./b.yaml]\n', 'b.yaml': 'extends: [./a.yaml]\n' }))).rejects.toThrow('b.yaml: "extends" makes a cycle: .mcmrc.yaml → a.yaml → b.yaml → a.yaml.');
    await expect(load(folder({ '.mcmrc.yaml': 'extends: [recommended, eslint-config-x]\n' }))).rejects.toThrow('.mcmrc.yaml: "extends" lists presets (recommended, strict), files (./base.mcmrc.yaml) or packages named mcm-config-*, got "eslint-config-x".');
  });
});

describe('plugins', () => {
  it('loads a plugin by path; its rules carry the namespace and the plugin\'s docs address', async () => {
    const dir = folder({ '.mcmrc.yaml': 'plugins:\n  fx: ./rules/fixture.js\nrules:\n  fx/no-tbd: error\n', 'rules/fixture.js': PLUGIN });
    expect(await findings(dir)).toEqual(['4:37 error fx/no-tbd Channel "email" is still named TBD. <https://fixture.example/rules#no-tbd>']);
  });

  it('loads a package named mcm-plugin-* from node_modules next to the config', async () => {
    const dir = folder({
      '.mcmrc.yaml': 'plugins:\n  fx: mcm-plugin-fixture\n',
      'node_modules/mcm-plugin-fixture/package.json': '{ "name": "mcm-plugin-fixture", "type": "module", "main": "index.js" }',
      'node_modules/mcm-plugin-fixture/index.js': PLUGIN,
    });
    expect(await findings(dir)).toEqual(['4:37 warning fx/no-tbd Channel "email" is still named TBD. <https://fixture.example/rules#no-tbd>']);
  });

  it('refuses a plugin that is missing, not a plugin, or named wrongly', async () => {
    const refused = (plugins: string, files: Record<string, string> = {}) => load(folder({ '.mcmrc.yaml': `plugins:\n${plugins}`, ...files }));
    await expect(refused('  fx: ./rules/none.js\n')).rejects.toThrow('.mcmrc.yaml: plugins.fx: cannot find ./rules/none.js (looked for rules/none.js).');
    await expect(refused('  fx: mcm-plugin-none\n')).rejects.toThrow('.mcmrc.yaml: plugins.fx: the package mcm-plugin-none is not installed: run "npm install --save-dev mcm-plugin-none".');
    await expect(refused('  fx: eslint-plugin-x\n')).rejects.toThrow('.mcmrc.yaml: plugins.fx: a plugin is a file (./rules/fx.js) or a package named mcm-plugin-*, got "eslint-plugin-x".');
    await expect(refused('  fx: ./p.js\n', { 'p.js': 'export default { rules: {} };\n' })).rejects.toThrow('.mcmrc.yaml: plugins.fx: the plugin has no "meta" with a "name"');
    await expect(refused('  fx: ./p.js\n', { 'p.js': 'export default { meta: { name: "fx" } };\n' })).rejects.toThrow('.mcmrc.yaml: plugins.fx: the plugin "fx" has no "rules"');
    await expect(refused('  fx: ./p.js\n', { 'p.js': 'export default { meta: { name: "fx" }, rules: { x: {} } };\n' })).rejects.toThrow('.mcmrc.yaml: plugins.fx: rules.x is not a rule: write it with defineRule');
    await expect(refused('  Acme: ./p.js\n')).rejects.toThrow('.mcmrc.yaml: plugins: the namespace "Acme" must be kebab-case, such as "acme".');
  });

  it('names the namespace a rule id lacks, and a namespace no plugin has', async () => {
    const dir = folder({ '.mcmrc.yaml': 'plugins:\n  fx: ./rules/fixture.js\n', 'rules/fixture.js': PLUGIN });
    const config = await load(dir);
    expect(() => createRuleset([...rules, ...config.extraRules], { rules: { 'no-tbd': 'error' } }, {}, '.mcmrc.yaml')).toThrow('.mcmrc.yaml: unknown rule "no-tbd": a plugin\'s rule is named with its namespace: "fx/no-tbd".');
    expect(() => createRuleset([...rules, ...config.extraRules], { rules: { 'acme/no-tbd': 'error' } }, {}, '.mcmrc.yaml')).toThrow('.mcmrc.yaml: rule "acme/no-tbd": no plugin or defined rule has the namespace "acme"; name the plugin under "plugins:" (acme: ./rules/acme.js).');
  });

  it('turns a plugin that fails to load and a rule that throws into diagnostics; the other rules still run', async () => {
    const dir = folder({
      '.mcmrc.yaml': 'plugins:\n  broken: ./broken.js\n  fx: ./fx.js\nrules:\n  broken/anything: error\n',
      'broken.js': 'throw new Error("boom at load");\n',
      'fx.js': PLUGIN.replace("'no-tbd': {", "'crash': { description: 'Crashes.', severity: { recommended: 'error', strict: 'error' }, messages: {}, check() { throw new TypeError('x is undefined'); } },\n    'no-tbd': {"),
    });
    expect(await findings(dir)).toEqual([
      '1:1 error fx/crash The rule fx/crash of the plugin fixture failed on this file: x is undefined <https://fixture.example/rules#crash>',
      '1:1 error plugin-error The plugin "broken" (named in .mcmrc.yaml) failed to load, so its rules did not run: boom at load <https://mcm.dev/docs/extending#when-a-plugin-fails>',
      '4:37 warning fx/no-tbd Channel "email" is still named TBD. <https://fixture.example/rules#no-tbd>',
    ]);
  });
});

describe('overrides and defined rules', () => {
  const dir = () => folder({
    '.mcmrc.yaml': [
      'overrides:',
      '  - files: ["clients/*/b2b-*.yaml"]',
      '    rules: { acme/linkedin: error }',
      'define:',
      '  acme/linkedin:',
      '    description: B2B has LinkedIn.',
      '    severity: "off"',
      '    given: "$.channels[*].type"',
      '    then: { function: contains, value: linkedin }',
      '    message: B2B strategies need a LinkedIn channel.',
      '',
    ].join('\n'),
  });
  it('applies an override to the files its globs match, relative to the config', async () => {
    const d = dir();
    expect(await findings(d, 'clients/ledgerly/b2b-plan.yaml')).toEqual(['4:3 error acme/linkedin B2B strategies need a LinkedIn channel.']);
    expect(await findings(d, 'clients/ledgerly/retail-plan.yaml')).toEqual([]);
    expect(await findings(d, 'b2b-plan.yaml')).toEqual([]);
  });
  it('refuses a bad override', async () => {
    await expect(load(folder({ '.mcmrc.yaml': 'overrides:\n  - rules: { channel-owner: "off" }\n' }))).rejects.toThrow('.mcmrc.yaml: overrides[0].files must be a list of globs relative to the configuration, such as ["clients/*/b2b-*.yaml"].');
    await expect(load(folder({ '.mcmrc.yaml': 'overrides:\n  - files: [a.yaml]\n    rule: {}\n' }))).rejects.toThrow('.mcmrc.yaml: overrides[0]: unknown key "rule" (an override has "files" and "rules").');
  });
});
