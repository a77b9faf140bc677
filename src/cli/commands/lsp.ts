import type { Command } from 'commander';
import type { MessageCatalogue } from '../../core/lint/messages.js';
import { UserError } from '../../core/errors.js';
import type { Locale } from '../../core/i18n/locale.js';
import type { Translator } from '../../core/i18n/translate.js';
import { CLI_MESSAGES, cliError, errorText, type CliKey } from '../messages-cli.js';
import { version, type CommandContext } from '../context.js';
import { outputStream } from '../io.js';

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
      const { catalogueWith, loadTable, strategyLocaleKey } = await import('../messages.js');
      const { createTranslator } = await import('../../core/i18n/translate.js');
      const { localeOf, systemLocale } = await import('../../core/i18n/locale.js');
      const env = context.io.env;
      const catalogues = new Map<string, MessageCatalogue | undefined>();
      // The language of a document's messages: MCM_LOCALE, the strategy's own locale: key, the editor's
      // language, the system's, then English.
      const localeFor = (text: string, editorLocale?: string): Locale => {
        const own = strategyLocaleKey(text);
        return localeOf(env.MCM_LOCALE ?? '') ?? (own ? localeOf(own) : undefined) ?? (editorLocale ? localeOf(editorLocale) : undefined) ?? systemLocale(env) ?? 'en';
      };
      const messagesFor = (text: string, editorLocale?: string) => {
        const locale = localeFor(text, editorLocale);
        if (!catalogues.has(locale)) catalogues.set(locale, catalogueWith(locale, IntlMessageFormat));
        return catalogues.get(locale);
      };
      const translators = new Map<Locale, Translator<CliKey>>();
      const problemText = (error: unknown, text: string, editorLocale?: string) => {
        const locale = localeFor(text, editorLocale);
        let t = translators.get(locale);
        if (!t) translators.set(locale, (t = createTranslator(CLI_MESSAGES, IntlMessageFormat, { locale, table: loadTable('cli', locale) })));
        const problem = error instanceof UserError ? errorText(error, t) : String((error as Error)?.message ?? error);
        return t.t('lsp.configProblem', { problem });
      };
      const connection = startServer({
        input: process.stdin, output: outputStream(), cwd: context.io.cwd, version, messagesFor, problemText,
        ...(flags.config ? { config: resolve(context.io.cwd, flags.config) } : {}),
      });
      await new Promise<void>((done) => connection.onExit(done));
      context.exitCode = 0;
    });
}
