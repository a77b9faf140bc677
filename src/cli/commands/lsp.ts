import type { Command } from 'commander';
import { cliError } from '../messages-cli.js';
import { version, type CommandContext } from '../context.js';

export function defineLsp(program: Command, context: CommandContext): Command {
  return program
    .command('lsp')
    .description('run the language server for editors (diagnostics, hovers, completions, quick fixes)')
    .option('--stdio', 'speak the Language Server Protocol over standard input and output')
    .option('-c, --config <file>', 'configuration file for every document (default: the nearest .mcmrc.yaml)')
    .addHelpText('after', '\nEditors start it themselves; see docs/editors.md.\n\nExample:\n  mcm lsp --stdio')
    .action(async (flags: { stdio?: boolean; config?: string }) => {
      if (!flags.stdio) throw cliError('lsp.stdio');
      // The server and its protocol library load only here.
      const { startServer } = await import('../../server/server.js');
      const { resolve } = await import('node:path');
      const connection = startServer({
        input: process.stdin, output: process.stdout, cwd: context.io.cwd, version,
        ...(flags.config ? { config: resolve(context.io.cwd, flags.config) } : {}),
      });
      await new Promise<void>((done) => connection.onExit(done));
      context.exitCode = 0;
    });
}
