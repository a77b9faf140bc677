import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import type { MessageRef } from '../../core/errors.js';
import { chooseLocale, type Locale } from '../../core/i18n/locale.js';

/** Words the CLI's messages in `locale`. */
async function translated(locale: Locale): Promise<(message: MessageRef) => string> {
  const [{ loadTranslator }, { CLI_MESSAGES, wordedIn }] = await Promise.all([import('../messages.js'), import('../messages-cli.js')]);
  const t = await loadTranslator(CLI_MESSAGES, 'cli', locale);
  return (message) => wordedIn(t, message);
}

export function defineSchema(program: Command, context: CommandContext): Command {
  return program
    .command('schema')
    .description('print the JSON Schema of the strategy file, for editors and other tools')
    .option('-w, --write [dir]', 'write it as strategy.schema.json into a folder (default: the current one), where a modeline "$schema=./strategy.schema.json" finds it offline')
    .addHelpText('after', '\nExamples:\n  mcm schema > strategy.schema.json\n  mcm schema --write\n  mcm schema --write plans')
    .action(async (flags: { write?: string | boolean }, command: Command) => {
      if (flags.write === undefined) {
        context.io.stdout(readFileSync(new URL('../../../schemas/strategy.schema.json', import.meta.url), 'utf8'));
        return;
      }
      const { writeSchema } = await import('./schema-action.js');
      const locale = chooseLocale({ flag: (command.optsWithGlobals() as { locale?: string }).locale, env: context.io.env });
      const word = locale === 'en' ? undefined : await translated(locale);
      context.exitCode = writeSchema(typeof flags.write === 'string' ? flags.write : '.', context.io, word);
    });
}
