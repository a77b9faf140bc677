import type { Command } from 'commander';
import type { CommandContext } from '../context.js';

export function defineRules(program: Command, context: CommandContext): Command {
  return program
    .command('rules')
    .description('list the rules with their severity in each preset; with a rule id, print its documentation')
    .argument('[id]', 'a rule id, for example funnel-coverage')
    .option('--no-color', 'never colour the output')
    .addHelpText('after', '\nExamples:\n  mcm rules\n  mcm rules format-fit')
    .action(async (id: string | undefined, flags: { color?: boolean }, command: Command) => {
      const { rulesCommand } = await import('./rules-action.js');
      const { locale } = command.optsWithGlobals() as { locale?: string };
      context.exitCode = await rulesCommand(id, { ...flags, ...(locale !== undefined ? { locale } : {}) }, context.io);
    });
}
