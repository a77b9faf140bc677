import type { Command } from 'commander';
import type { CommandContext } from '../run.js';

export function defineBrief(program: Command, context: CommandContext): Command {
  return program
    .command('brief')
    .description('(not available yet)')
    .action(() => {
      context.io.stderr('mcm brief is not available yet.\n');
      context.exitCode = 2;
    });
}
