// `--help` and commander's own errors in the chosen language. Loaded only when that language is not English:
// the English help is commander's, untouched. Descriptions are found by their English text, so a description
// the table does not know (a plugin's, or one reworded since) stays English rather than wrong.
import type { Argument, Command, Help, Option } from 'commander';
import type { Translator } from '../core/i18n/translate.js';
import { CLI_HELP, englishOf, type CliKey } from './messages-cli.js';

/** The values the English help fills into a sentence, so that it reads as commander shows it. */
const HELP_VALUES: Partial<Record<CliKey, Record<string, string>>> = { 'help.mcm.after': { command: '<command>' } };

const HEADINGS: Record<string, CliKey> = {
  'Usage:': 'help.usage', 'Options:': 'help.options', 'Arguments:': 'help.arguments', 'Commands:': 'help.commands',
  'Global Options:': 'help.globalOptions', 'Examples:': 'help.examples', 'Example:': 'help.example',
};

export interface HelpTranslation {
  /** A description, heading or paragraph in the language, or `undefined` when the table does not know it. */
  sentence(english: string): string | undefined;
  /** The text written after the help (a command's notes and examples), paragraph by paragraph, line by line. */
  afterText(text: string): string;
  /** One of commander's error lines ("error: unknown option '--x'"). */
  commanderError(text: string): string;
}

export function helpTranslation(t: Translator<CliKey>): HelpTranslation {
  const byEnglish = new Map<string, CliKey>();
  for (const key of Object.keys(CLI_HELP) as CliKey[]) {
    const values = HELP_VALUES[key];
    byEnglish.set(englishOf({ messageId: key, ...(values ? { values } : {}) }), key);
  }
  const sentence = (english: string): string | undefined => {
    const key = byEnglish.get(english) ?? HEADINGS[english];
    return key === undefined ? undefined : t.t(key, HELP_VALUES[key]);
  };
  const afterText = (text: string): string => text.split(/(\n{2,})/).map((part) => {
    const [, before = '', body = '', after = ''] = /^(\n*)([\s\S]*?)(\n*)$/.exec(part) ?? [];
    if (!body) return part;
    const whole = sentence(body);
    if (whole !== undefined) return before + whole + after;
    return before + body.split('\n').map((line) => {
      const indent = /^\s*/.exec(line)![0];
      const worded = line.trim() ? sentence(line.trim()) : undefined;
      return worded === undefined ? line : indent + worded;
    }).join('\n') + after;
  }).join('');
  return { sentence, afterText, commanderError: (text) => commanderError(t, text) };
}

function commanderError(t: Translator<CliKey>, text: string): string {
  const body = text.replace(/\n$/, '');
  const [first = '', ...rest] = body.split('\n');
  const prefix = t.t('commander.error');
  const suggestion = rest.map((line) => {
    const like = /^\(Did you mean (.+)\?\)$/.exec(line);
    return like ? t.t('commander.didYouMean', { name: like[1]! }) : line;
  });
  const worded = (() => {
    let m: RegExpExecArray | null;
    if ((m = /^error: unknown command '(.*)'$/.exec(first))) return t.t('commander.unknownCommand', { name: m[1]! });
    if ((m = /^error: unknown option '(.*)'$/.exec(first))) return t.t('commander.unknownOption', { name: m[1]! });
    if ((m = /^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/.exec(first))) {
      return t.t('commander.invalidChoice', { flags: m[1]!, value: m[2]!, choices: m[3]! });
    }
    if ((m = /^error: option '(.*)' argument missing$/.exec(first))) return t.t('commander.argumentMissing', { flags: m[1]! });
    if ((m = /^error: required option '(.*)' not specified$/.exec(first))) return t.t('commander.requiredOption', { flags: m[1]! });
    if ((m = /^error: missing required argument '(.*)'$/.exec(first))) return t.t('commander.missingArgument', { name: m[1]! });
    if ((m = /^error: too many arguments for '(.*)'\. Expected (\d+) arguments? but got (\d+)\.$/.exec(first))) {
      return t.t('commander.tooManyArgumentsFor', { command: m[1]!, expected: Number(m[2]), got: Number(m[3]) });
    }
    if ((m = /^error: too many arguments\. Expected (\d+) arguments? but got (\d+)\.$/.exec(first))) {
      return t.t('commander.tooManyArguments', { expected: Number(m[1]), got: Number(m[2]) });
    }
    return first.replace(/^error:\s*/, '');
  })();
  return `${[`${prefix} ${worded}`, ...suggestion].join('\n')}\n`;
}

/** Puts the translation into every command's help and error output. */
export function translateCommands(program: Command, tr: HelpTranslation, t: Translator<CliKey>, write: { out(text: string): void; err(text: string): void }): void {
  const extras = (item: Option | Argument, option?: Option): string[] => {
    const extra: string[] = [];
    if (item.argChoices) extra.push(t.t('help.choices', { list: item.argChoices.map((choice) => JSON.stringify(choice)).join(', ') }));
    if (item.defaultValue !== undefined) {
      const shown = !option || option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
      if (shown) extra.push(t.t('help.default', { value: item.defaultValueDescription || JSON.stringify(item.defaultValue) }));
    }
    if (option && option.presetArg !== undefined && option.optional) extra.push(t.t('help.preset', { value: JSON.stringify(option.presetArg) }));
    if (option?.envVar !== undefined) extra.push(`env: ${option.envVar}`);
    return extra;
  };
  const describe = (description: string, extra: string[]): string => {
    const own = description ? tr.sentence(description) ?? description : '';
    if (!extra.length) return own;
    return own ? `${own} (${extra.join(', ')})` : `(${extra.join(', ')})`;
  };
  const help: Partial<Help> = {
    styleTitle: (title: string) => tr.sentence(title) ?? title,
    commandDescription: (cmd: Command) => tr.sentence(cmd.description()) ?? cmd.description(),
    subcommandDescription: (cmd: Command) => {
      const text = cmd.summary() || cmd.description();
      return tr.sentence(text) ?? text;
    },
    optionDescription: (option: Option) => describe(option.description ?? '', extras(option, option)),
    argumentDescription: (argument: Argument) => describe(argument.description ?? '', extras(argument)),
  };
  const visit = (command: Command) => {
    command.configureHelp(help);
    command.configureOutput({
      writeOut: (text) => write.out(tr.afterText(text)),
      writeErr: (text) => write.err(tr.afterText(text)),
      outputError: (text, put) => put(tr.commanderError(text)),
    });
    for (const sub of command.commands) visit(sub);
  };
  visit(program);
}
