import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkConfigShape, parseConfig, PRESET_NAMES, type Config, type RuleSetting } from '../core/lint/config.js';
import { declarativeRule } from '../core/lint/declarative.js';
import { defineRule, DOCS_BASE, type Preset, type Rule } from '../core/lint/define-rule.js';
import { isRecord } from '../core/strategy/describe.js';
import { configError } from '../core/messages/config-errors.js';

/** A configuration with everything it extends and names loaded: what a lint run needs from it. */
export interface LoadedConfig {
  preset: Preset;
  rules: Record<string, RuleSetting>;
  overrides: { dir: string; files: string[]; rules: Record<string, RuleSetting>; source: string }[];
  /** Rules from plugins and `define:`, in the order they were named. */
  extraRules: Rule[];
  /** Namespaces of plugins that failed to load: their rules are reported by `plugin-error` instead. */
  failedNamespaces: Set<string>;
}

interface Plugin {
  meta: { name: string; docsUrl?: string };
  rules: Record<string, Rule>;
}

type Shown = (file: string) => string;

/** Reads one configuration file in any of its forms (YAML, JSON, an ES module). */
async function readOne(file: string, shown: string, readText: (file: string) => Promise<string>): Promise<Config> {
  if (/\.(?:m?js|cjs)$/.test(file)) {
    let module: { default?: unknown };
    try {
      module = await import(pathToFileURL(file).href) as { default?: unknown };
    } catch (error) {
      throw configError('config.module', { file: shown, detail: String((error as Error)?.message ?? error) });
    }
    return checkConfigShape(module.default, shown);
  }
  const text = await readText(file);
  if (file.endsWith('.json')) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw configError('config.json', { file: shown, detail: (error as Error).message });
    }
    return checkConfigShape(data, shown);
  }
  return parseConfig(text, shown);
}

const isFileRef = (entry: string) => entry.startsWith('./') || entry.startsWith('../') || isAbsolute(entry);
const isConfigPackage = (entry: string) => /^(?:@[a-z0-9-~][a-z0-9-._~]*\/)?mcm-config-[a-z0-9-._~]+$/.test(entry);
const isPluginPackage = (entry: string) => /^(?:@[a-z0-9-~][a-z0-9-._~]*\/)?mcm-plugin-[a-z0-9-._~]+$/.test(entry);

function resolvePackage(name: string, fromDir: string): string | undefined {
  try {
    return createRequire(resolve(fromDir, 'noop.js')).resolve(name);
  } catch {
    return undefined;
  }
}

/**
 * Loads a configuration with what it extends (presets, files, `mcm-config-*` packages), its plugins and its
 * defined rules. Throws UserError naming the file and key for any mistake in it.
 */
export async function loadConfig(file: string, shown: Shown, readText: (file: string) => Promise<string>): Promise<LoadedConfig> {
  const loaded: LoadedConfig = { preset: 'recommended', rules: {}, overrides: [], extraRules: [], failedNamespaces: new Set() };
  const plugins = new Map<string, { spec: string; dir: string; source: string }>();
  const defines: { id: string; spec: unknown; source: string }[] = [];
  // Each file's settings, base files first.
  const ruleSettings: Record<string, RuleSetting>[] = [];

  const visit = async (path: string, chain: string[]) => {
    const real = existsSync(path) ? realpathSync(path) : path;
    if (chain.includes(real)) {
      throw configError('config.extendsCycle', { file: shown(chain[chain.length - 1]!), chain: [...chain, real].map(shown).join(' → ') });
    }
    const config = await readOne(path, shown(path), readText);
    const source = shown(path);
    const dir = dirname(path);
    const entries = config.extends === undefined ? [] : Array.isArray(config.extends) ? config.extends : [config.extends];
    for (const entry of entries) {
      if (PRESET_NAMES.includes(entry)) {
        loaded.preset = entry as Preset;
      } else if (isFileRef(entry)) {
        const target = resolve(dir, entry);
        if (!existsSync(target)) throw configError('config.extendsMissing', { source, entry, target: shown(target) });
        await visit(target, [...chain, real]);
      } else if (isConfigPackage(entry)) {
        const target = resolvePackage(entry, dir);
        if (!target) throw configError('config.extendsNotInstalled', { source, entry });
        await visit(target, [...chain, real]);
      } else {
        throw configError('config.extendsEntry', { source, presets: PRESET_NAMES.join(', '), value: String(JSON.stringify(entry)) });
      }
    }
    for (const [namespace, spec] of Object.entries(config.plugins ?? {})) plugins.set(namespace, { spec, dir, source });
    for (const [id, spec] of Object.entries(config.define ?? {})) defines.push({ id, spec, source });
    if (config.rules) ruleSettings.push(config.rules);
    for (const [index, override] of (config.overrides ?? []).entries()) {
      loaded.overrides.push({ dir, files: override.files, rules: override.rules ?? {}, source: `${source}: overrides[${index}]` });
    }
  };
  await visit(file, []);
  // One file's settings are kept as they are: a configuration may be long.
  if (ruleSettings.length) loaded.rules = ruleSettings.length === 1 ? ruleSettings[0]! : mergedSettings(ruleSettings);

  const loadErrors: { namespace: string; source: string; message: string }[] = [];
  for (const [namespace, { spec, dir, source }] of plugins) {
    const where = `${source}: plugins.${namespace}`;
    let target: string | undefined;
    if (isFileRef(spec)) {
      target = resolve(dir, spec);
      if (!existsSync(target)) throw configError('config.plugin.missing', { where, spec, target: shown(target) });
    } else if (isPluginPackage(spec)) {
      target = resolvePackage(spec, dir);
      if (!target) throw configError('config.plugin.notInstalled', { where, spec });
    } else {
      throw configError('config.plugin.spec', { where, namespace, value: String(JSON.stringify(spec)) });
    }
    let module: { default?: unknown };
    try {
      module = await import(pathToFileURL(target).href) as { default?: unknown };
    } catch (error) {
      // Code that fails is reported where the user looks for findings; the other rules still run.
      loaded.failedNamespaces.add(namespace);
      loadErrors.push({ namespace, source, message: firstLine((error as Error)?.message ?? String(error)) });
      continue;
    }
    const plugin = checkPlugin(module.default, where);
    for (const [id, rule] of Object.entries(plugin.rules)) loaded.extraRules.push(pluginRule(namespace, id, rule, plugin, where));
  }
  for (const { id, spec, source } of defines) {
    const namespace = id.split('/')[0]!;
    if (plugins.has(namespace) && !loaded.failedNamespaces.has(namespace) && loaded.extraRules.some((r) => r.id === id)) {
      throw configError('config.define.pluginHas', { source, id, namespace });
    }
    loaded.extraRules.push(declarativeRule(id, spec, source));
  }
  if (loadErrors.length) loaded.extraRules.unshift(pluginErrorRule(loadErrors));
  return loaded;
}

const PLUGIN_SHAPE = '{ meta: { name }, rules: { ... } }';

function checkPlugin(value: unknown, where: string): Plugin {
  if (!isRecord(value)) throw configError('config.plugin.noDefault', { where, shape: PLUGIN_SHAPE });
  if (!isRecord(value.meta) || typeof value.meta.name !== 'string') throw configError('config.plugin.noMeta', { where, shape: PLUGIN_SHAPE });
  if (value.meta.docsUrl !== undefined && typeof value.meta.docsUrl !== 'string') throw configError('config.plugin.docsUrl', { where });
  if (!isRecord(value.rules)) throw configError('config.plugin.noRules', { where, name: value.meta.name, shape: PLUGIN_SHAPE });
  for (const [id, rule] of Object.entries(value.rules)) {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) throw configError('config.plugin.ruleId', { where, rule: id });
    if (!isRecord(rule) || typeof rule.check !== 'function' || !isRecord(rule.messages) || typeof rule.description !== 'string') {
      throw configError('config.plugin.notRule', { where, rule: id, example: 'defineRule({ id, description, severity, messages, check })' });
    }
  }
  return value as unknown as Plugin;
}

/** A plugin's rule under its namespace; a rule that throws reports that instead of stopping the run. */
function pluginRule(namespace: string, id: string, rule: Rule, plugin: Plugin, where: string): Rule {
  const fullId = `${namespace}/${id}`;
  // defineRule gives a bare id mcm's own docs address; a plugin's rule documents itself, or its plugin does.
  const own = rule.docsUrl && rule.docsUrl !== `${DOCS_BASE}${rule.id}` ? rule.docsUrl : undefined;
  const docsUrl = own ?? (plugin.meta.docsUrl ? `${plugin.meta.docsUrl}${plugin.meta.docsUrl.includes('#') ? '' : '#'}${id}` : undefined);
  const severity = isRecord(rule.severity) ? rule.severity : { recommended: 'error', strict: 'error' };
  let wrapped: Rule;
  try {
    wrapped = defineRule({
      ...rule,
      id: fullId,
      severity: severity as Rule['severity'],
      messages: { ...rule.messages, ruleCrashed: 'The rule {{rule}} of the plugin {{plugin}} failed on this file: {{error}}' },
      ...(docsUrl ? { docsUrl } : {}),
      check(context) {
        try {
          rule.check(context);
        } catch (error) {
          context.report({ messageId: 'ruleCrashed', path: [], data: { rule: fullId, plugin: plugin.meta.name, error: firstLine((error as Error)?.message ?? String(error)) } });
        }
      },
    });
  } catch (error) {
    throw configError('config.plugin.ruleInvalid', { where, rule: id, detail: String((error as Error).message) });
  }
  return wrapped;
}

/** The rule that reports plugins that failed to load, as an error by default. */
function pluginErrorRule(failures: { namespace: string; source: string; message: string }[]): Rule {
  return defineRule({
    id: 'plugin-error',
    description: 'A plugin named by the configuration failed to load; its rules did not run.',
    severity: { recommended: 'error', strict: 'error' },
    docsUrl: 'https://mcm.dev/docs/extending#when-a-plugin-fails',
    messages: { failed: 'The plugin "{{plugin}}" (named in {{config}}) failed to load, so its rules did not run: {{error}}' },
    check(context) {
      for (const failure of failures) context.report({ messageId: 'failed', path: [], data: { plugin: failure.namespace, config: failure.source, error: failure.message } });
    },
  });
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).trim();
}

/**
 * Rule settings, later ones over earlier ones, in an object without a prototype: every key stays a setting,
 * "__proto__" too, which is then reported as a rule mcm does not know.
 */
function mergedSettings(settings: readonly Record<string, RuleSetting>[]): Record<string, RuleSetting> {
  return Object.assign(Object.create(null) as Record<string, RuleSetting>, ...settings);
}

/** The rule settings for one strategy: the configuration's, then every override whose globs match the file. */
export async function settingsFor(config: LoadedConfig, file: string): Promise<{ rules: Record<string, RuleSetting>; matched: number[] }> {
  const matched: number[] = [];
  // The configuration's own settings, not copied when nothing is added or taken away (a configuration may be long,
  // and this runs for every file).
  if (!config.overrides.length && !config.failedNamespaces.size) return { rules: config.rules, matched };
  const layers = [config.rules];
  if (config.overrides.length) {
    const { default: picomatch } = await import('picomatch');
    for (const [index, override] of config.overrides.entries()) {
      const rel = relative(override.dir, file).split(sep).join('/');
      if (picomatch(override.files, { dot: true })(rel)) {
        matched.push(index);
        layers.push(override.rules);
      }
    }
  }
  const rules = mergedSettings(layers);
  // The settings of a plugin that failed to load cannot be checked: plugin-error reports the plugin instead.
  for (const id of Object.keys(rules)) if (id.includes('/') && config.failedNamespaces.has(id.split('/')[0]!)) delete rules[id];
  return { rules, matched };
}
