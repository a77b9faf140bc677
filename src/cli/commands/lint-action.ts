import { accessSync, constants, realpathSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { findConfigFile } from '../config-find.js';
import type { LoadedConfig } from '../config-load.js';
import { createRuleset, type Ruleset } from '../../core/lint/ruleset.js';
import { countSeverities, type LintResult } from '../../core/lint/diagnostic.js';
import { UserError } from '../../core/errors.js';
import { formatterLoaders } from '../../core/formatters/load.js';
import { lint } from '../../core/lint/engine.js';
import { rules } from '../../core/rules/index.js';
import { MAX_BYTES } from '../../core/strategy/parse.js';
import { fileIdentity, readInput, writeFileSafe, WriteRefused } from '../files.js';
import { fsReasonRef } from '../fs-errors.js';
import { CLI_MESSAGES, cliError, englishOf, ref, wordedIn } from '../messages-cli.js';
import { lintInPool, outcomeError, workerCount, type LintJob } from '../lint-pool.js';
import { useColor, type Io } from '../io.js';
import { version } from '../context.js';
import type { LintFlags } from './lint.js';
import { today } from '../today.js';
import { chooseLocale, type Locale } from '../../core/i18n/locale.js';
import type { MessageCatalogue } from '../../core/lint/messages.js';
import { loadCatalogue, loadTranslator, strategyLocaleKey } from '../messages.js';

export async function lintCommand(patterns: string[], flags: LintFlags, io: Io): Promise<number> {
  if (patterns.some((pattern) => pattern.trim() === '')) throw cliError('lint.emptyName');
  const explicitConfig = flags.config ? resolve(io.cwd, flags.config) : undefined;
  const configs = new Map<string, Promise<LoadedConfig>>();
  const shownPath = (file: string) => relative(io.cwd, file) || file;
  const readConfig = (file: string): Promise<LoadedConfig> => {
    let config = configs.get(file);
    if (!config) {
      // Loaded only when a configuration is present: a run without one never pays for plugins or globs.
      config = import('../config-load.js').then(({ loadConfig }) => loadConfig(file, shownPath, async (path) => (await readInput(path, { shown: shownPath(path), what: 'the configuration file', timeoutMs: io.readTimeoutMs })).toString('utf8')));
      configs.set(file, config);
    }
    return config;
  };
  // A folder of strategies shares one configuration: look it up once per directory, not once per file.
  const configIn = new Map<string, string | undefined>();
  const configFileFor = (file: string): string | undefined => {
    if (explicitConfig) return explicitConfig;
    const dir = dirname(resolve(io.cwd, file));
    if (!configIn.has(dir)) configIn.set(dir, findConfigFile(dir));
    return configIn.get(dir);
  };
  const rulesFor = new Map<string, Ruleset>();
  const activeRulesFor = async (file: string): Promise<Ruleset> => {
    const configFile = configFileFor(file);
    if (!configFile) {
      let active = rulesFor.get('');
      if (!active) rulesFor.set('', active = createRuleset(rules, {}, flags.rule, 'configuration'));
      return active;
    }
    const loaded = await readConfig(configFile);
    const { settingsFor } = await import('../config-load.js');
    const { rules: settings, matched } = await settingsFor(loaded, resolve(io.cwd, file));
    const key = `${configFile}\0${matched.join(',')}`;
    let active = rulesFor.get(key);
    if (!active) {
      const all = loaded.extraRules.length ? [...rules, ...loaded.extraRules] : rules;
      active = createRuleset(all, { extends: loaded.preset, rules: settings }, flags.rule, shownPath(configFile));
      rulesFor.set(key, active);
    }
    return active;
  };

  if (flags.printConfig !== undefined) {
    const configFile = configFileFor(flags.printConfig);
    const preset = configFile ? (await readConfig(configFile)).preset : 'recommended';
    const active = await activeRulesFor(flags.printConfig);
    const shown = configFile ? relative(io.cwd, configFile) || configFile : null;
    io.stdout(`${JSON.stringify({
      file: flags.printConfig,
      config: shown,
      extends: preset,
      rules: Object.fromEntries([...active.settings].map(([id, rule]) => [id, Object.keys(rule.options).length ? [rule.severity, rule.options] : rule.severity])),
    }, null, 2)}\n`);
    return 0;
  }

  // A --locale or MCM_LOCALE mcm does not speak stops the run before any file is read.
  const runLocale = chooseLocale({ flag: flags.locale, env: io.env });
  const catalogues = new Map<Locale, MessageCatalogue | undefined>();
  const catalogueFor = async (locale: Locale) => {
    if (!catalogues.has(locale)) catalogues.set(locale, await loadCatalogue(locale));
    return catalogues.get(locale);
  };
  let summaryLocale: Locale | undefined;
  let debugTranslator: Awaited<ReturnType<typeof loadTranslator<keyof typeof CLI_MESSAGES>>> | undefined;
  const files = await expand(patterns, io.cwd);
  const formatter = await formatterLoaders[flags.format]!();
  if (flags.output) refuseInputAsOutput(files, resolve(io.cwd, flags.output), flags.output, io.cwd);

  const fixing = Boolean(flags.fix || flags.fixDryRun);
  const fix = fixing ? await import('./lint-fix.js') : undefined;
  if (flags.fixType && !fixing) throw cliError('lint.fixTypeAlone');
  if (flags.fix && files.includes('-')) throw cliError('lint.fixStdin');
  // The fixed text goes to standard output, the report to standard error: one file at a time, unless JSON holds them.
  const printFixed = Boolean(flags.fixDryRun && flags.format !== 'json');
  if (printFixed && files.length > 1) throw cliError('lint.dryRunMany');

  const day = today();
  // Thousands of files are shared with worker threads; the outcomes come back in file order.
  const pooled = fixing || runLocale !== 'en' || files.includes('-') || workerCount(files.length, io.env) === 0 ? undefined : await lintInPool(await poolJobs(files, io.cwd, activeRulesFor, day), io.env);
  const keep = (name: string, result: LintResult): LintResult => (flags.quiet ? { ...countSeverities(name, result.diagnostics.filter((d) => d.severity === 'error')), ruleIds: result.ruleIds, rules: result.rules, ...(result.output !== undefined ? { output: result.output } : {}) } : result);
  const results: LintResult[] = [];
  const fixedTexts: string[] = [];
  for (const [index, file] of files.entries()) {
    const name = file === '-' ? flags.stdinFilename ?? '<stdin>' : file;
    const outcome = pooled?.[index];
    if (outcome) {
      const error = outcomeError(outcome);
      if (error || !('result' in outcome)) throw error;
      results.push(keep(name, outcome.result));
      continue;
    }
    const input = file === '-'
      ? await io.readStdin(MAX_BYTES)
      : await readInput(resolve(io.cwd, file), {
        shown: file, overLimit: 'truncate', timeoutMs: io.readTimeoutMs,
        missing: file === 'strategy.yaml' ? cliError('read.notFoundStrategy', { file }) : cliError('lint.notFound', { file }),
      });
    const ruleset = await activeRulesFor(file === '-' ? name : file);
    // The strategy's own locale: after --locale and MCM_LOCALE, before the system's language.
    const locale = chooseLocale({ flag: flags.locale, env: io.env, strategy: strategyLocaleKey(input) });
    summaryLocale ??= locale;
    const messages = await catalogueFor(locale);
    if (flags.debug) {
      const configFile = configFileFor(file === '-' ? name : file);
      const line = configFile ? ref('config.debug.file', { file: name, config: relative(io.cwd, configFile) || configFile }) : ref('config.debug.none', { file: name });
      // Worded like mcm's errors: in the language of --locale or MCM_LOCALE.
      const t = runLocale === 'en' ? undefined : (debugTranslator ??= await loadTranslator(CLI_MESSAGES, 'cli', runLocale));
      io.stderr(`mcm: ${t ? wordedIn(t, line) : englishOf(line)}\n`);
    }
    let result: LintResult | undefined;
    if (fix) {
      const fixed = fix.fixInput(input, (text) => lint(text, { file: name, ruleset, today: day, ...(messages ? { messages } : {}) }), flags.fixType);
      if (fixed) {
        result = fixed.result;
        if (fixed.output !== undefined && flags.fix && !flags.fixDryRun) fix.writeFixed(resolve(io.cwd, file), file, fixed.output);
        if (printFixed) fixedTexts.push(fixed.output ?? Buffer.from(input).toString('utf8'));
      } else if (printFixed) {
        fixedTexts.push(Buffer.from(input).toString('utf8'));
      }
    }
    result ??= lint(input, { file: name, ruleset, today: day, ...(messages ? { messages } : {}) });
    results.push(keep(name, result));
  }

  const summaryMessages = await catalogueFor(summaryLocale ?? runLocale);
  const report = formatter(results, { color: !flags.output && useColor(io, flags.color === false ? false : undefined), cwd: io.cwd, version, ...(summaryMessages ? { messages: summaryMessages } : {}) });
  if (flags.output) writeReport(resolve(io.cwd, flags.output), flags.output, report, io.cwd);
  else if (printFixed) io.stderr(report);
  else io.stdout(report);
  for (const text of fixedTexts) io.stdout(text);

  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return 1;
  if (flags.maxWarnings !== undefined && warnings > flags.maxWarnings) {
    io.stderr(`mcm: ${warnings} warnings, more than --max-warnings ${flags.maxWarnings} allows.\n`);
    return 1;
  }
  return 0;
}

/**
 * The files for the pool, in order, up to the first whose configuration cannot be read (or that runs rules
 * other than the built-in ones): linting them one by
 * one would stop there, so the error is left to the loop, after the files before it.
 */
async function poolJobs(files: string[], cwd: string, rulesetFor: (file: string) => Promise<Ruleset>, today: string): Promise<LintJob[]> {
  const jobs: LintJob[] = [];
  for (const file of files) {
    let ruleset: Ruleset;
    try {
      ruleset = await rulesetFor(file);
    } catch {
      break;
    }
    // Worker threads run the built-in rules with the settings they are sent; other rules stay on this thread.
    if (ruleset.rules !== rules) break;
    jobs.push({ path: resolve(cwd, file), shown: file, settings: ruleset.settings, today });
  }
  return jobs;
}

/** Files, folders (every .yaml and .yml inside) and globs, in a stable order, each once. */
async function expand(patterns: string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  for (const pattern of patterns) {
    if (pattern === '-') {
      files.push('-');
      continue;
    }
    let stat;
    try {
      stat = statSync(resolve(cwd, pattern), { throwIfNoEntry: false });
    } catch (error) {
      throw cliError('read.cannot', { named: ref('named.file', { file: pattern }), reason: fsReasonRef(error) });
    }
    // A pipe, a FIFO, process substitution (<(…)) or a device is read like a file.
    if (stat && !stat.isDirectory()) {
      files.push(pattern);
      continue;
    }
    // A folder that cannot be listed would look empty to the glob below: say why instead.
    if (stat?.isDirectory()) {
      try {
        accessSync(resolve(cwd, pattern), constants.R_OK | constants.X_OK);
      } catch (error) {
        throw cliError('read.cannot', { named: ref('named.folder', { file: pattern }), reason: fsReasonRef(error) });
      }
    }
    // Loaded only for folders and globs: checking named files should not pay for it.
    const { glob, isDynamicPattern } = await import('tinyglobby');
    const found = stat?.isDirectory()
      ? await glob('**/*.{yaml,yml}', { cwd: resolve(cwd, pattern), ignore: ['**/node_modules/**'] }).then((list) => list.map((f) => `${pattern.replace(/\/+$/, '')}/${f}`))
      : isDynamicPattern(pattern) ? await glob(pattern, { cwd, ignore: ['**/node_modules/**'] }) : [];
    if (!found.length) {
      throw stat?.isDirectory()
        ? cliError('lint.noYaml', { folder: pattern })
        : isDynamicPattern(pattern) ? cliError('lint.noMatch', { pattern }) : cliError(pattern === 'strategy.yaml' ? 'lint.notFoundStrategy' : 'lint.notFound', { file: pattern });
    }
    files.push(...found.sort());
  }
  // The same file under several names (x.yaml, ./x.yaml, d//x.yaml, a link) is linted once, under its first.
  const seen = new Set<string>();
  return files.filter((file) => {
    const id = file === '-' ? '-' : fileIdentity(resolve(cwd, file)) ?? resolve(cwd, file);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** A report written over the strategy it is about would destroy it: refused before anything is read. */
function refuseInputAsOutput(files: string[], output: string, shown: string, cwd: string): void {
  const target = fileIdentity(output);
  if (target === undefined) return;
  const same = files.find((file) => file !== '-' && fileIdentity(resolve(cwd, file)) === target);
  if (same) throw same === shown ? cliError('lint.outputIsInput', { file: shown }) : cliError('lint.outputIsOther', { file: shown, other: same });
}

function writeReport(path: string, shown: string, report: string, cwd: string): void {
  try {
    writeFileSafe(path, report, { createDir: true, linksWithin: [realpathSync(cwd)], shown });
  } catch (error) {
    if (error instanceof WriteRefused) throw cliError('lint.reportRefused', { file: shown, reason: error.reasonRef });
    if (error instanceof UserError) throw error;
    throw cliError('lint.reportRefused', { file: shown, reason: fsReasonRef(error) });
  }
}
