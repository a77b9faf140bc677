import { Command, CommanderError } from 'commander';
import { UserError } from '../core/errors.js';
import { defineBrief } from './commands/brief.js';
import { defineInit } from './commands/init.js';
import { defineLint } from './commands/lint.js';
import { defineLsp } from './commands/lsp.js';
import { defineRules } from './commands/rules.js';
import { defineSchema } from './commands/schema.js';
import { defineTrack } from './commands/track.js';
import { paint } from '../core/formatters/types.js';
import { version, type CommandContext } from './context.js';
import { processIo, useColor, type Io } from './io.js';

export { version, type CommandContext } from './context.js';

/** Runs mcm with the given arguments and returns the exit code. The only place that catches. */
export async function run(argv: string[], io: Io = processIo()): Promise<number> {
  const context: CommandContext = { io, exitCode: 0 };
  const program = new Command('mcm')
    .description('Keep a multichannel marketing strategy as a YAML file: draft it, lint it, turn it into briefs.')
    .version(version, '-v, --version', 'print the mcm version')
    .option('--debug', 'show internal details when something fails')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();
  program.addHelpText('after', '\nRun "mcm <command> --help" for the options of a command. Rules: "mcm rules".');
  for (const define of [defineInit, defineLint, defineBrief, defineTrack, defineRules, defineSchema, defineLsp]) {
    define(program, context).exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return context.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : 2;
    }
    const red = paint(useColor(io)).red;
    if (error instanceof UserError) {
      io.stderr(`${red('mcm:')} ${error.message}\n`);
      return 2;
    }
    const debug = argv.includes('--debug');
    const detail = error instanceof Error ? (debug ? error.stack ?? error.message : error.message) : String(error);
    io.stderr(`${red('mcm: internal error:')} ${detail}\n${debug ? '' : 'Run the same command with --debug for details, and report it if it persists.\n'}`);
    return 2;
  }
}
