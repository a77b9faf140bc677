import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import type { Ajv2020 as Ajv } from 'ajv/dist/2020.js';
import { duplicateKeys, yamlPackage } from '../strategy/yaml-load.js';
import { fastLoad } from '../strategy/fast-load.js';
import { isRecord } from '../strategy/describe.js';
import { SEVERITY_RANK, type SeveritySetting } from './diagnostic.js';
import type { MessageRef } from '../errors.js';
import { configError, configRef } from '../messages/config-errors.js';
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
    // The yaml package's own words for the rarer mistakes stay as it wrote them.
    const why = error.code === 'MULTIPLE_DOCS'
      ? configRef('config.yaml.secondDocument')
      : error.code === 'TAB_AS_INDENT' ? configRef('config.yaml.tab') : firstLine(error.message);
    throw configError('config.yaml', { at: at(error.pos[0]), why });
  }
  const duplicate = duplicateKeys(doc, yaml)[0];
  if (duplicate !== undefined) {
    const key = (/^[^:\n]*/.exec(text.slice(duplicate)) ?? [''])[0].trim();
    throw configError('config.duplicateKey', { at: at(duplicate), key });
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch {
    throw configError('config.aliases', { file });
  }
  return checkConfigShape(data, file);
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/[.:]\s*$/, '').replace(/ at line \d+, column \d+$/, '');
}

export function checkConfigShape(data: unknown, source: string): Config {
  if (!isRecord(data)) throw configError('config.notMapping', { source });
  for (const key of Object.keys(data)) {
    if (!CONFIG_KEYS.includes(key)) {
      const hint = closest(key, CONFIG_KEYS);
      throw hint ? configError('config.unknownKeyLike', { source, key, like: hint }) : configError('config.unknownKey', { source, key });
    }
  }
  if (data.root !== undefined && typeof data.root !== 'boolean') throw configError('config.root', { source, value: JSON.stringify(data.root) });
  const reference = (entry: unknown) => typeof entry === 'string' && (/^(?:\.\.?\/|\/)/.test(entry) || /^(?:@[^/]+\/)?mcm-config-/.test(entry));
  if (Array.isArray(data.extends)) {
    const bad = data.extends.find((entry) => !PRESETS.includes(entry as Preset) && !reference(entry));
    if (bad !== undefined || !data.extends.length) throw configError('config.extendsList', { source, presets: PRESETS.join(', '), value: JSON.stringify(bad ?? []) });
  } else if (data.extends !== undefined && !PRESETS.includes(data.extends as Preset) && !reference(data.extends)) {
    throw configError('config.extendsOne', { source, presets: PRESETS.join(', '), value: JSON.stringify(data.extends) });
  }
  if (data.plugins !== undefined) {
    if (!isRecord(data.plugins)) throw configError('config.pluginsMapping', { source, example: '{ acme: ./rules/acme.js }' });
    for (const [namespace, module] of Object.entries(data.plugins)) {
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(namespace)) throw configError('config.pluginNamespace', { source, namespace });
      if (typeof module !== 'string' || module === '') throw configError('config.pluginModule', { source, namespace });
    }
  }
  if (data.overrides !== undefined) {
    if (!Array.isArray(data.overrides)) throw configError('config.overridesList', { source, example: '{ files: [globs], rules: { ... } }' });
    for (const [index, override] of data.overrides.entries()) {
      if (!isRecord(override)) throw configError('config.overrideMapping', { source, index });
      for (const key of Object.keys(override)) if (key !== 'files' && key !== 'rules') throw configError('config.overrideKey', { source, index, key });
      if (!Array.isArray(override.files) || !override.files.length || override.files.some((f) => typeof f !== 'string' || f === '')) {
        throw configError('config.overrideFiles', { source, index, example: '["clients/*/b2b-*.yaml"]' });
      }
      if (override.rules !== undefined && !isRecord(override.rules)) throw configError('config.overrideRules', { source, index });
    }
  }
  if (data.define !== undefined && !isRecord(data.define)) throw configError('config.defineMapping', { source });
  if (data.rules !== undefined && !isRecord(data.rules)) throw configError('config.rulesMapping', { source });
  return data as Config;
}

/** Resolves the severity and options of every rule: preset, then configuration, then command-line overrides. */
export function resolveRules(rules: readonly Rule[], config: Config = {}, overrides: Record<string, SeveritySetting> = {}, source: string | MessageRef = configRef('config.source')): Map<string, ActiveRule> {
  const preset: Preset = typeof config.extends === 'string' && PRESETS.includes(config.extends as Preset) ? config.extends as Preset : 'recommended';
  const byId = new Map(rules.map((r) => [r.id, r]));
  const active = new Map<string, ActiveRule>();
  for (const rule of rules) active.set(rule.id, { severity: rule.severity[preset], options: { ...(rule.defaultOptions as object | undefined) } });

  const unknown = (id: string, where: string | MessageRef) => {
    const namespace = id.includes('/') ? id.split('/')[0]! : undefined;
    if (namespace !== undefined && where !== '--rule' && ![...byId.keys()].some((known) => known.startsWith(`${namespace}/`))) {
      return configError('config.ruleNamespace', { source: where, id, namespace });
    }
    const namespaced = [...byId.keys()].filter((known) => known.endsWith(`/${id}`));
    if (namespace === undefined && namespaced.length) return configError('config.ruleWithoutNamespace', { source: where, id, namespaced: namespaced[0]! });
    const hint = closest(id, byId.keys());
    return hint ? configError('config.unknownRuleLike', { source: where, id, like: hint }) : configError('config.unknownRule', { source: where, id });
  };
  // Keys, not entries: a long configuration of unknown rules stops at its first key without a pair made for each.
  const settings = config.rules ?? {};
  for (const id of Object.keys(settings)) {
    const setting = settings[id]!;
    const rule = byId.get(id);
    if (!rule) throw unknown(id, source);
    const [severity, options] = Array.isArray(setting) ? setting : [setting, undefined];
    checkSeverity(severity, id, source);
    const current = active.get(id)!;
    active.set(id, { severity, options: options === undefined ? current.options : { ...current.options, ...checkOptions(rule, options, source) } });
  }
  for (const [id, severity] of Object.entries(overrides)) {
    if (!byId.has(id)) throw unknown(id, '--rule');
    checkSeverity(severity, id);
    active.get(id)!.severity = severity;
  }
  return active;
}

/** A rule's severity, from the configuration `source`, or from --rule without one. */
function checkSeverity(value: unknown, id: string, source?: string | MessageRef): asserts value is SeveritySetting {
  if (typeof value !== 'string' || !Object.hasOwn(SEVERITY_RANK, value)) {
    const got = JSON.stringify(value) ?? String(value);
    throw source === undefined ? configError('config.severityFlag', { id, value: got }) : configError('config.severity', { source, id, value: got });
  }
}

function checkOptions(rule: Rule, options: unknown, source: string | MessageRef): Record<string, unknown> {
  if (!isRecord(options)) throw configError('config.optionsMapping', { source, id: rule.id });
  if (!rule.options) throw configError('config.noOptions', { source, id: rule.id });
  const problem = checkOptionValues(rule.options, options);
  if (problem) {
    // ajv's own words say what is wrong with the value.
    const detail = problem.message ?? configRef('config.optionsInvalid');
    throw problem.option === undefined ? configError('config.options', { source, id: rule.id, detail }) : configError('config.option', { source, id: rule.id, option: problem.option, detail });
  }
  return options;
}

// ajv is loaded only when a configuration sets rule options: most runs never need it.
const require = createRequire(import.meta.url);

/** What is wrong with a rule's options: the option (none for the options as a whole) and ajv's message. */
function checkOptionValues(schema: Record<string, unknown>, value: unknown): { option?: string; message?: string } | undefined {
  const { Ajv2020 } = require('ajv/dist/2020.js') as { Ajv2020: typeof Ajv };
  const ajv = new Ajv2020({ allErrors: false, strict: false });
  if (ajv.validate(schema, value)) return undefined;
  const error = ajv.errors?.[0];
  return { ...(error?.instancePath ? { option: error.instancePath.slice(1) } : {}), ...(error?.message ? { message: error.message } : {}) };
}
