import type { Command } from 'commander';
import type { CommandContext } from '../run.js';

export function defineRules(program: Command, context: CommandContext): Command {
  return program
    .command('rules')
    .description('(not available yet)')
    .action(() => {
      context.io.stderr('mcm rules is not available yet.\n');
      context.exitCode = 2;
    });
}
