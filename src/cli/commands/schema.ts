import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { CommandContext } from '../context.js';

export function defineSchema(program: Command, context: CommandContext): Command {
  return program
    .command('schema')
    .description('print the JSON Schema of the strategy file, for editors and other tools')
    .action(() => {
      context.io.stdout(readFileSync(new URL('../../../schemas/strategy.schema.json', import.meta.url), 'utf8'));
    });
}
