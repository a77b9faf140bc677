import { Option, type Command } from 'commander';
import { FORMAT_NAMES, type FormatName } from '../../core/formatters/load.js';
import { type SeveritySetting } from '../../core/lint/diagnostic.js';
import type { FixType } from '../../core/lint/fix.js';
import { cliError } from '../messages-cli.js';
import type { CommandContext } from '../context.js';

export interface LintFlags {
  /** One of FORMAT_NAMES: commander refuses any other name. */
  format: FormatName;
  output?: string;
  config?: string;
  maxWarnings?: number;
  quiet?: boolean;
  rule: Record<string, SeveritySetting>;
  stdinFilename?: string;
  color?: boolean;
  printConfig?: string;
  /** The global --debug: also say which configuration each file gets. */
  debug?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  fixType?: FixType[];
  /** --locale, here or before the command. */
  locale?: string;
}


export function defineLint(program: Command, context: CommandContext): Command {
  return program
    .command('lint')
    .description('check strategy files against the schema and the marketing rules')
    .argument('[files...]', 'files, folders or globs to check; - reads standard input', ['strategy.yaml'])
    .addOption(new Option('-f, --format <name>', 'output format').choices(FORMAT_NAMES).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file instead of the terminal')
    .option('-c, --config <file>', 'configuration file (default: the nearest .mcmrc.yaml)')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseCount)
    .option('-q, --quiet', 'report errors only')
    .option('--rule <id=severity>', 'set a rule\'s severity: off, info, warning or error (repeatable)', collectRule, {})
    .option('--stdin-filename <name>', 'the file name to show for standard input')
    .option('--no-color', 'never colour the output')
    .option('--fix', 'apply the safe fixes to the files, then report what is left')
    .option('--fix-dry-run', 'apply the fixes without writing: print the fixed text (with --format json, each file\'s "output")')
    .option('--fix-type <types>', 'only these kinds of fix: problem, suggestion, layout (comma-separated; suggestions apply only when named)', (value: string, previous: FixType[] | undefined) => collectFixTypes(value, previous))
    .option('--locale <language>', 'the language of the messages: en, uk, pl, ru or ga (default: MCM_LOCALE, the strategy\'s locale, the system\'s language)')
    .option('--print-config <file>', 'print the configuration that applies to a file (its config file and every rule\'s severity), then stop')
    .addHelpText('after', '\nExit status: 0 no errors, 1 errors found (or too many warnings), 2 usage, input or configuration problem.\n\nExamples:\n  mcm lint\n  mcm lint examples/*.yaml --format json\n  cat strategy.yaml | mcm lint - --stdin-filename strategy.yaml\n  mcm lint --fix\n  mcm lint strategy.yaml --fix-dry-run --fix-type suggestion')
    .action(async (files: string[], flags: LintFlags, command: Command) => {
      const { lintCommand } = await import('./lint-action.js');
      context.exitCode = await lintCommand(files, { ...flags, debug: Boolean(command.optsWithGlobals().debug), locale: (command.optsWithGlobals() as { locale?: string }).locale }, context.io);
    });
}

function collectFixTypes(value: string, previous: FixType[] | undefined): FixType[] {
  const known = ['problem', 'suggestion', 'layout'];
  const types = value.split(',').map((t) => t.trim()).filter(Boolean);
  const bad = types.find((t) => !known.includes(t));
  if (bad !== undefined || !types.length) throw cliError('lint.fixType', { value: bad ?? value });
  return [...new Set([...(previous ?? []), ...(types as FixType[])])];
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw cliError('lint.maxWarnings', { value });
  return Number(value);
}

function collectRule(value: string, previous: Record<string, SeveritySetting>): Record<string, SeveritySetting> {
  const match = /^((?:[a-z0-9-]+\/)?[a-z0-9-]+)=(off|info|warning|error)$/.exec(value.trim());
  if (!match) throw cliError('lint.rule', { value });
  return { ...previous, [match[1]!]: match[2] as SeveritySetting };
}
