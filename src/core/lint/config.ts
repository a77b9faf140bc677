import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import type { Ajv2020 as Ajv } from 'ajv/dist/2020.js';
import { duplicateKeys, yamlPackage } from '../strategy/yaml-load.js';
import { fastLoad } from '../strategy/fast-load.js';
import { isRecord } from '../strategy/describe.js';
import { SEVERITY_RANK, type SeveritySetting } from './diagnostic.js';
import { UserError } from '../errors.js';
import { PRESETS, type Preset, type Rule } from './define-rule.js';
import { closest } from '../text/suggest.js';

export type RuleSetting = SeveritySetting | [SeveritySetting, Record<string, unknown>?];

/** What a `.mcmrc.yaml` holds. */
export interface Config {
  /** The top of the configuration: discovery never looks in the folders above this file. */
  root?: boolean;
  /** Presets, files (relative to this one) and packages named mcm-config-*, applied in order before this file. */
  extends?: Preset | string | string[];
  rules?: Record<string, RuleSetting>;
  /** Namespace → a module (a file relative to this one, or a package named mcm-plugin-*). */
  plugins?: Record<string, string>;
  /** Rule settings for the strategies whose path (relative to this file) matches one of `files`. */
  overrides?: { files: string[]; rules?: Record<string, RuleSetting> }[];
  /** Rules written without code, by namespaced id. */
  define?: Record<string, unknown>;
}

export interface ActiveRule {
  severity: SeveritySetting;
  options: Record<string, unknown>;
}

export const CONFIG_FILE = '.mcmrc.yaml';
const CONFIG_NAMES = [CONFIG_FILE, '.mcmrc.yml', '.mcmrc.json', 'mcm.config.js'];
const CONFIG_KEYS = ['root', 'extends', 'rules', 'plugins', 'overrides', 'define'];
export const PRESET_NAMES: readonly string[] = PRESETS;

/**
 * The nearest configuration file from `dir` upward, if any. The search stops at the root of the repository
 * (a folder holding `.git`): a configuration above it, in a home folder say, belongs to another project.
 * `exists` tells whether a path exists (the CLI passes the file system's answer).
 */
export function nearestConfigFile(dir: string, exists: (path: string) => boolean): string | undefined {
  for (let current = resolve(dir); ; current = dirname(current)) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(current, name);
      if (exists(candidate)) return candidate;
    }
    if (exists(join(current, '.git')) || dirname(current) === current) return undefined;
  }
}

/**
 * A configuration from its text. Anything the YAML does not say exactly once is refused with its position:
 * a syntax error, a key written twice (which would silently win), a second document.
 */
export function parseConfig(text: string, file: string): Config {
  // Most configurations are plain YAML that js-yaml reads many times faster; anything it does not read the
  // same way (a duplicate key, a second document, an alias, a syntax error) goes to the yaml package below,
  // which says what is wrong and where.
  const fast = fastLoad(text);
  if (fast.kind === 'read') return checkConfigShape(fast.value, file);
  const yaml = yamlPackage();
  const doc = yaml.parseDocument(text, { uniqueKeys: false, prettyErrors: false, logLevel: 'error', version: '1.2' });
  const at = (offset: number) => {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return `${file}:${line}:${offset - before.lastIndexOf('\n')}`;
  };
  const error = doc.errors[0];
  if (error) {
    const why = error.code === 'MULTIPLE_DOCS'
      ? 'a second YAML document ("---"): a configuration is one document'
      : error.code === 'TAB_AS_INDENT' ? 'a tab indents this line: YAML indents with spaces only' : firstLine(error.message);
    throw new UserError(`${at(error.pos[0])}: the configuration is not valid YAML: ${why}.`);
  }
  const duplicate = duplicateKeys(doc, yaml)[0];
  if (duplicate !== undefined) {
    const key = (/^[^:\n]*/.exec(text.slice(duplicate)) ?? [''])[0].trim();
    throw new UserError(`${at(duplicate)}: the key "${key}" appears twice in the configuration: keep one.`);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch {
    throw new UserError(`${file}: the configuration uses aliases (*name) that expand too far: write the values out.`);
  }
  return checkConfigShape(data, file);
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/[.:]\s*$/, '').replace(/ at line \d+, column \d+$/, '');
}

export function checkConfigShape(data: unknown, source: string): Config {
  if (!isRecord(data)) throw new UserError(`${source}: the configuration must be a mapping with "extends" and "rules".`);
  for (const key of Object.keys(data)) {
    if (!CONFIG_KEYS.includes(key)) {
      const hint = closest(key, CONFIG_KEYS);
      throw new UserError(`${source}: unknown key "${key}"${hint ? `; did you mean "${hint}"?` : ': a configuration has "extends" and "rules" (and "root: true" at the top of a project).'}`);
    }
  }
  if (data.root !== undefined && typeof data.root !== 'boolean') throw new UserError(`${source}: "root" must be true or false, got ${JSON.stringify(data.root)}.`);
  const reference = (entry: unknown) => typeof entry === 'string' && (/^(?:\.\.?\/|\/)/.test(entry) || /^(?:@[^/]+\/)?mcm-config-/.test(entry));
  if (Array.isArray(data.extends)) {
    const bad = data.extends.find((entry) => !PRESETS.includes(entry as Preset) && !reference(entry));
    if (bad !== undefined || !data.extends.length) throw new UserError(`${source}: "extends" lists presets (${PRESETS.join(', ')}), files (./base.mcmrc.yaml) or packages named mcm-config-*, got ${JSON.stringify(bad ?? [])}.`);
  } else if (data.extends !== undefined && !PRESETS.includes(data.extends as Preset) && !reference(data.extends)) {
    throw new UserError(`${source}: "extends" must be one of ${PRESETS.join(', ')}, got ${JSON.stringify(data.extends)}.`);
  }
  if (data.plugins !== undefined) {
    if (!isRecord(data.plugins)) throw new UserError(`${source}: "plugins" must be a mapping of namespaces to modules, such as { acme: ./rules/acme.js }.`);
    for (const [namespace, module] of Object.entries(data.plugins)) {
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(namespace)) throw new UserError(`${source}: plugins: the namespace "${namespace}" must be kebab-case, such as "acme".`);
      if (typeof module !== 'string' || module === '') throw new UserError(`${source}: plugins.${namespace} must name a module: a file (./rules/${namespace}.js) or a package named mcm-plugin-*.`);
    }
  }
  if (data.overrides !== undefined) {
    if (!Array.isArray(data.overrides)) throw new UserError(`${source}: "overrides" must be a list of { files: [globs], rules: { ... } }.`);
    for (const [index, override] of data.overrides.entries()) {
      const where = `${source}: overrides[${index}]`;
      if (!isRecord(override)) throw new UserError(`${where} must be a mapping with "files" and "rules".`);
      for (const key of Object.keys(override)) if (key !== 'files' && key !== 'rules') throw new UserError(`${where}: unknown key "${key}" (an override has "files" and "rules").`);
      if (!Array.isArray(override.files) || !override.files.length || override.files.some((f) => typeof f !== 'string' || f === '')) {
        throw new UserError(`${where}.files must be a list of globs relative to the configuration, such as ["clients/*/b2b-*.yaml"].`);
      }
      if (override.rules !== undefined && !isRecord(override.rules)) throw new UserError(`${where}.rules must be a mapping of rule ids to severities.`);
    }
  }
  if (data.define !== undefined && !isRecord(data.define)) throw new UserError(`${source}: "define" must be a mapping of rule ids (acme/my-rule) to rules.`);
  if (data.rules !== undefined && !isRecord(data.rules)) throw new UserError(`${source}: "rules" must be a mapping of rule ids to severities.`);
  return data as Config;
}

/** Resolves the severity and options of every rule: preset, then configuration, then command-line overrides. */
export function resolveRules(rules: readonly Rule[], config: Config = {}, overrides: Record<string, SeveritySetting> = {}, source = 'configuration'): Map<string, ActiveRule> {
  const preset: Preset = typeof config.extends === 'string' && PRESETS.includes(config.extends as Preset) ? config.extends as Preset : 'recommended';
  const byId = new Map(rules.map((r) => [r.id, r]));
  const active = new Map<string, ActiveRule>();
  for (const rule of rules) active.set(rule.id, { severity: rule.severity[preset], options: { ...(rule.defaultOptions as object | undefined) } });

  const unknown = (id: string, where: string) => {
    const namespace = id.includes('/') ? id.split('/')[0]! : undefined;
    if (namespace !== undefined && where !== '--rule' && ![...byId.keys()].some((known) => known.startsWith(`${namespace}/`))) {
      return new UserError(`${where}: rule "${id}": no plugin or defined rule has the namespace "${namespace}"; name the plugin under "plugins:" (${namespace}: ./rules/${namespace}.js).`);
    }
    const namespaced = [...byId.keys()].filter((known) => known.endsWith(`/${id}`));
    if (namespace === undefined && namespaced.length) return new UserError(`${where}: unknown rule "${id}": a plugin's rule is named with its namespace: "${namespaced[0]}".`);
    const hint = closest(id, byId.keys());
    return new UserError(`${where}: unknown rule "${id}"${hint ? `; did you mean "${hint}"?` : ' (run "mcm rules" for the list).'}`);
  };
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    const rule = byId.get(id);
    if (!rule) throw unknown(id, source);
    const [severity, options] = Array.isArray(setting) ? setting : [setting, undefined];
    checkSeverity(severity, `${source}: rule "${id}"`);
    const current = active.get(id)!;
    active.set(id, { severity, options: options === undefined ? current.options : { ...current.options, ...checkOptions(rule, options, source) } });
  }
  for (const [id, severity] of Object.entries(overrides)) {
    if (!byId.has(id)) throw unknown(id, '--rule');
    checkSeverity(severity, `--rule ${id}`);
    active.get(id)!.severity = severity;
  }
  return active;
}

function checkSeverity(value: unknown, where: string): asserts value is SeveritySetting {
  if (typeof value !== 'string' || !Object.hasOwn(SEVERITY_RANK, value)) {
    throw new UserError(`${where}: the severity must be off, info, warning or error, got ${JSON.stringify(value)}.`);
  }
}

function checkOptions(rule: Rule, options: unknown, source: string): Record<string, unknown> {
  if (!isRecord(options)) throw new UserError(`${source}: the options of rule "${rule.id}" must be a mapping.`);
  if (!rule.options) throw new UserError(`${source}: rule "${rule.id}" takes no options.`);
  const problem = checkOptionValues(rule.options, options);
  if (problem) throw new UserError(`${source}: rule "${rule.id}": ${problem}`);
  return options;
}

// ajv is loaded only when a configuration sets rule options: most runs never need it.
const require = createRequire(import.meta.url);

function checkOptionValues(schema: Record<string, unknown>, value: unknown): string | undefined {
  const { Ajv2020 } = require('ajv/dist/2020.js') as { Ajv2020: typeof Ajv };
  const ajv = new Ajv2020({ allErrors: false, strict: false });
  if (ajv.validate(schema, value)) return undefined;
  const error = ajv.errors?.[0];
  const where = error?.instancePath ? `option "${error.instancePath.slice(1)}"` : 'options';
  return `${where} ${error?.message ?? 'are not valid'}.`;
}
