import { Command, CommanderError } from 'commander';
import { UserError } from '../core/errors.js';
import { chooseLocale } from '../core/i18n/locale.js';
import { defineBrief } from './commands/brief.js';
import { defineInit } from './commands/init.js';
import { defineLint } from './commands/lint.js';
import { defineLsp } from './commands/lsp.js';
import { defineRules } from './commands/rules.js';
import { defineSchema } from './commands/schema.js';
import { defineTrack } from './commands/track.js';
import { paint } from '../core/formatters/types.js';
import { version, type CommandContext } from './context.js';
import { fsReason, isSystemError } from './fs-errors.js';
import { processIo, useColor, type Io } from './io.js';

export { version, type CommandContext } from './context.js';

const VERBS: Record<string, string> = {
  open: 'open', read: 'read', write: 'write', stat: 'read', lstat: 'read', scandir: 'read the folder', mkdir: 'create the folder',
  rename: 'replace', unlink: 'remove', rmdir: 'remove', realpath: 'follow', uv_cwd: 'find the current folder', fsync: 'write', chmod: 'write',
};

/**
 * A prompt hides the cursor while it waits. Stopped by SIGTERM (a CI timeout, `kill`), mcm shows it again
 * before it ends, as Ctrl-C does, so the terminal is left as it was found.
 */
function restoreTerminalOnTerm(io: Io): void {
  if (!io.stdoutIsTTY) return;
  process.once('SIGTERM', () => {
    process.stdout.write('\u001b[?25h');
    process.exit(143);
  });
}


/** Runs mcm with the given arguments and returns the exit code. The only place that catches. */
export async function run(argv: string[], given?: Io): Promise<number> {
  let io: Io;
  try {
    io = given ?? processIo();
  } catch (error) {
    process.stderr.write(`mcm: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  if (!given) restoreTerminalOnTerm(io);
  const context: CommandContext = { io, exitCode: 0 };
  const program = new Command('mcm')
    .description('Keep a multichannel marketing strategy as a YAML file: draft it, lint it, turn it into briefs.')
    .version(version, '-v, --version', 'print the mcm version')
    .option('--debug', 'show internal details when something fails')
    .option('--locale <language>', 'the language mcm speaks: en, uk, pl, ru or ga (also MCM_LOCALE)')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();
  program.addHelpText('after', '\nRun "mcm <command> --help" for the options of a command. Rules: "mcm rules".');
  for (const define of [defineInit, defineLint, defineBrief, defineTrack, defineRules, defineSchema, defineLsp]) {
    define(program, context).exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  }
  // Every command refuses a language mcm does not speak, whether it is translated yet or not.
  program.hook('preAction', (_program, action) => {
    chooseLocale({ flag: (action.optsWithGlobals() as { locale?: string }).locale, env: io.env });
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return context.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : 2;
    }
    const red = paint(useColor(io, undefined, 'stderr')).red;
    if (error instanceof UserError) {
      io.stderr(`${red('mcm:')} ${error.message}\n`);
      return 2;
    }
    // The world, not mcm: a file that vanished, a full disk, a folder without permission.
    if (isSystemError(error) && !argv.includes('--debug')) {
      const path = error.path ? ` "${error.path}"` : '';
      io.stderr(`${red('mcm:')} cannot ${VERBS[error.syscall ?? ''] ?? 'use'}${path}: ${fsReason(error)}.\n`);
      return 2;
    }
    const debug = argv.includes('--debug');
    const detail = error instanceof Error ? (debug ? error.stack ?? error.message : error.message) : String(error);
    io.stderr(`${red('mcm: internal error:')} ${detail}\n${debug ? '' : 'Run the same command with --debug for details, and report it if it persists.\n'}`);
    return 2;
  }
}
