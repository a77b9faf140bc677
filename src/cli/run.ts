import { Command, CommanderError } from 'commander';
import { UserError } from '../core/errors.js';
import { chooseLocale, systemLocale, type Locale } from '../core/i18n/locale.js';
import type { Translator } from '../core/i18n/translate.js';
import { defineBrief } from './commands/brief.js';
import { defineInit } from './commands/init.js';
import { defineLint } from './commands/lint.js';
import { defineLsp } from './commands/lsp.js';
import { defineRules } from './commands/rules.js';
import { defineSchema } from './commands/schema.js';
import { defineTrack } from './commands/track.js';
import { paint } from '../core/formatters/types.js';
import { version, type CommandContext } from './context.js';
import { fsReasonRef, isSystemError } from './fs-errors.js';
import { processIo, useColor, wordOutputErrors, type Io } from './io.js';
import { CLI_MESSAGES, englishOf, errorText, ref, wordedIn, type CliErrorKey, type CliKey } from './messages-cli.js';

export { version, type CommandContext } from './context.js';

const VERBS: Record<string, CliErrorKey> = {
  open: 'verb.open', read: 'verb.read', write: 'verb.write', stat: 'verb.read', lstat: 'verb.read', scandir: 'verb.scandir', mkdir: 'verb.mkdir',
  rename: 'verb.rename', unlink: 'verb.unlink', rmdir: 'verb.unlink', realpath: 'verb.realpath', uv_cwd: 'verb.uv_cwd', fsync: 'verb.write', chmod: 'verb.write',
};

/** The --locale of the command line, read before commander parses it (help and errors need it first). */
function localeFlag(argv: string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--locale' && i + 1 < argv.length) found = argv[++i];
    else if (arg.startsWith('--locale=')) found = arg.slice('--locale='.length);
  }
  return found;
}

/**
 * The language of the CLI's errors and help: --locale, MCM_LOCALE, the system's language, then English. A value
 * mcm does not speak is passed over here (the command refuses it, in the language of what is left).
 */
export function messageLocale(argv: string[], env: Readonly<Record<string, string | undefined>>): Locale {
  for (const sources of [{ flag: localeFlag(argv), env }, { env }]) {
    try {
      return chooseLocale(sources);
    } catch {
      // the next source
    }
  }
  return systemLocale(env) ?? 'en';
}

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


/** The CLI's sentences in `locale`; none for English, whose sentences are the errors' own. */
async function cliTranslator(locale: Locale): Promise<Translator<CliKey> | undefined> {
  if (locale === 'en') return undefined;
  try {
    const { loadTranslator } = await import('./messages.js');
    return await loadTranslator(CLI_MESSAGES, 'cli', locale);
  } catch {
    return undefined; // without its table, mcm speaks English
  }
}

/** Every command and option of mcm, their help in English; `run` parses with it. */
export function defineProgram(context: CommandContext): Command {
  const { io } = context;
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
  return program;
}

/** Runs mcm with the given arguments and returns the exit code. The only place that catches. */
export async function run(argv: string[], given?: Io): Promise<number> {
  let io: Io;
  try {
    io = given ?? processIo();
  } catch (error) {
    const t = await cliTranslator(messageLocale(argv, process.env));
    process.stderr.write(`mcm: ${error instanceof UserError ? errorText(error, t) : error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  if (!given) restoreTerminalOnTerm(io);
  const t = await cliTranslator(messageLocale(argv, io.env));
  const word = (message: Parameters<typeof englishOf>[0]) => (t ? wordedIn(t, message) : englishOf(message));
  if (t && !given) wordOutputErrors(word);
  const context: CommandContext = { io, exitCode: 0 };
  const program = defineProgram(context);
  if (t) {
    const { helpTranslation, translateCommands } = await import('./help-i18n.js');
    translateCommands(program, helpTranslation(t), t, { out: io.stdout, err: io.stderr });
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
      io.stderr(`${red('mcm:')} ${errorText(error, t)}\n`);
      return 2;
    }
    // The world, not mcm: a file that vanished, a full disk, a folder without permission.
    if (isSystemError(error) && !argv.includes('--debug')) {
      const verb = ref(VERBS[error.syscall ?? ''] ?? 'verb.other');
      const reason = fsReasonRef(error);
      io.stderr(`${red('mcm:')} ${word(error.path ? ref('system.cannotPath', { verb, path: error.path, reason }) : ref('system.cannot', { verb, reason }))}\n`);
      return 2;
    }
    const debug = argv.includes('--debug');
    const detail = error instanceof Error ? (debug ? error.stack ?? error.message : error.message) : String(error);
    io.stderr(`${red(word(ref('internal.prefix')))} ${detail}\n${debug ? '' : `${word(ref('internal.hint'))}\n`}`);
    return 2;
  }
}
