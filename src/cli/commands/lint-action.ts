import { statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { findConfigFile, readConfigFile } from '../../core/lint/config.js';
import { countSeverities, type LintResult } from '../../core/lint/diagnostic.js';
import { UserError } from '../../core/errors.js';
import { formatterLoaders } from '../../core/formatters/load.js';
import { lint } from '../../core/lint/engine.js';
import { createRuleset, type Ruleset } from '../../core/lint/ruleset.js';
import { rules } from '../../core/rules/index.js';
import { readStrategyFile, writeFileAtomic } from '../files.js';
import { useColor, type Io } from '../io.js';
import { version } from '../context.js';
import type { LintFlags } from './lint.js';
import { today } from '../today.js';

export async function lintCommand(patterns: string[], flags: LintFlags, io: Io): Promise<number> {
  const files = await expand(patterns, io.cwd);
  const formatter = await formatterLoaders[flags.format]();
  const explicitConfig = flags.config ? resolve(io.cwd, flags.config) : undefined;
  const rulesetIn = new Map<string, Ruleset>();
  // A folder of strategies shares one configuration: look it up once per directory, not once per file.
  const configIn = new Map<string, string | undefined>();
  const configFor = (dir: string): string | undefined => {
    if (!configIn.has(dir)) configIn.set(dir, findConfigFile(dir));
    return configIn.get(dir);
  };
  const rulesetFor = (file: string): Ruleset => {
    const configFile = explicitConfig ?? configFor(dirname(resolve(io.cwd, file)));
    const key = configFile ?? '';
    let ruleset = rulesetIn.get(key);
    if (!ruleset) {
      const config = configFile ? readConfigFile(configFile) : {};
      ruleset = createRuleset(rules, config, flags.rule, configFile ? relative(io.cwd, configFile) || configFile : 'configuration');
      rulesetIn.set(key, ruleset);
    }
    return ruleset;
  };

  const fixing = Boolean(flags.fix || flags.fixDryRun);
  const fix = fixing ? await import('./lint-fix.js') : undefined;
  if (flags.fixType && !fixing) throw new UserError('--fix-type chooses which fixes --fix or --fix-dry-run apply: add one of them.');
  if (flags.fix && files.includes('-')) throw new UserError('--fix cannot write back to standard input: use --fix-dry-run, which prints the fixed text.');
  // The fixed text goes to standard output, the report to standard error: one file at a time, unless JSON holds them.
  const printFixed = Boolean(flags.fixDryRun && flags.format !== 'json');
  if (printFixed && files.length > 1) throw new UserError('--fix-dry-run prints the fixed text of one file; for several files add --format json, which gives each file\'s "output".');

  const results: LintResult[] = [];
  const fixedTexts: string[] = [];
  const day = today();
  for (const file of files) {
    const name = file === '-' ? flags.stdinFilename ?? '<stdin>' : file;
    const input = file === '-' ? await io.readStdin() : readStrategyFile(resolve(io.cwd, file), file);
    const ruleset = rulesetFor(file === '-' ? name : file);
    let result: LintResult | undefined;
    if (fix) {
      const fixed = fix.fixInput(input, (text) => lint(text, { file: name, ruleset, today: day }), flags.fixType);
      if (fixed) {
        result = fixed.result;
        if (fixed.output !== undefined && flags.fix && !flags.fixDryRun) fix.writeFixed(resolve(io.cwd, file), file, fixed.output);
        if (printFixed) fixedTexts.push(fixed.output ?? Buffer.from(input).toString('utf8'));
      } else if (printFixed) {
        fixedTexts.push(Buffer.from(input).toString('utf8'));
      }
    }
    result ??= lint(input, { file: name, ruleset, today: day });
    results.push(flags.quiet ? { ...countSeverities(name, result.diagnostics.filter((d) => d.severity === 'error')), ruleIds: result.ruleIds, rules: result.rules, ...(result.output !== undefined ? { output: result.output } : {}) } : result);
  }

  const report = formatter(results, { color: !flags.output && useColor(io, flags.color === false ? false : undefined), cwd: io.cwd, version });
  if (flags.output) writeReport(resolve(io.cwd, flags.output), flags.output, report);
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

/** Files, folders (every .yaml and .yml inside) and globs, in a stable order, each once. */
async function expand(patterns: string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  for (const pattern of patterns) {
    if (pattern === '-') {
      files.push('-');
      continue;
    }
    const stat = statSync(resolve(cwd, pattern), { throwIfNoEntry: false });
    if (stat?.isFile()) {
      files.push(pattern);
      continue;
    }
    // Loaded only for folders and globs: checking named files should not pay for it.
    const { glob, isDynamicPattern } = await import('tinyglobby');
    const found = stat?.isDirectory()
      ? await glob('**/*.{yaml,yml}', { cwd: resolve(cwd, pattern), ignore: ['**/node_modules/**'] }).then((list) => list.map((f) => `${pattern.replace(/\/+$/, '')}/${f}`))
      : isDynamicPattern(pattern) ? await glob(pattern, { cwd, ignore: ['**/node_modules/**'] }) : [];
    if (!found.length) {
      throw new UserError(stat?.isDirectory()
        ? `No .yaml or .yml file in the folder "${pattern}".`
        : isDynamicPattern(pattern) ? `No file matches "${pattern}".` : `Cannot find "${pattern}"${pattern === 'strategy.yaml' ? ': run "mcm init" to draft one, or name the file to check' : ''}.`);
    }
    files.push(...found.sort());
  }
  return [...new Set(files)];
}

function writeReport(path: string, shown: string, report: string): void {
  try {
    writeFileAtomic(path, report, { createDir: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message;
    throw new UserError(`Cannot write the report to "${shown}": ${why}.`);
  }
}
