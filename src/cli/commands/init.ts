import type { Command } from 'commander';
import type { CommandContext } from '../run.js';

export function defineInit(program: Command, context: CommandContext): Command {
  return program
    .command('init')
    .description('(not available yet)')
    .action(() => {
      context.io.stderr('mcm init is not available yet.\n');
      context.exitCode = 2;
    });
}
