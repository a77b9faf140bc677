import type { Command } from 'commander';
import type { MessageCatalogue } from '../../core/lint/messages.js';
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
      const { IntlMessageFormat } = await import('intl-messageformat');
      const { catalogueWith, strategyLocaleKey } = await import('../messages.js');
      const { localeOf, systemLocale } = await import('../../core/i18n/locale.js');
      const env = context.io.env;
      const catalogues = new Map<string, MessageCatalogue | undefined>();
      // The language of a document's messages: MCM_LOCALE, the strategy's own locale: key, the editor's
      // language, the system's, then English.
      const messagesFor = (text: string, editorLocale?: string) => {
        const own = strategyLocaleKey(text);
        const locale = localeOf(env.MCM_LOCALE ?? '') ?? (own ? localeOf(own) : undefined) ?? (editorLocale ? localeOf(editorLocale) : undefined) ?? systemLocale(env) ?? 'en';
        if (!catalogues.has(locale)) catalogues.set(locale, catalogueWith(locale, IntlMessageFormat));
        return catalogues.get(locale);
      };
      const connection = startServer({
        input: process.stdin, output: process.stdout, cwd: context.io.cwd, version, messagesFor,
        ...(flags.config ? { config: resolve(context.io.cwd, flags.config) } : {}),
      });
      await new Promise<void>((done) => connection.onExit(done));
      context.exitCode = 0;
    });
}
