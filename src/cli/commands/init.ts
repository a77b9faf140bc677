import { Option, type Command } from 'commander';
import { ANSWER_FLAGS, PRESET_NAMES, type PresetName } from '../../core/init/flags.js';
import type { CommandContext } from '../context.js';

export interface InitFlags {
  yes?: boolean;
  preset?: PresetName;
  resume?: boolean;
  answers?: string;
  force?: boolean;
  color?: boolean;
  /** --locale, here or before the command. */
  locale?: string;
  /** One per entry of ANSWER_FLAGS, by commander's camelCase name. */
  [answer: string]: unknown;
}

export function defineInit(program: Command, context: CommandContext): Command {
  const command = program
    .command('init')
    .description('draft a strategy file: a wizard in the terminal, or answers from a preset or a file')
    .argument('[file]', 'the strategy file to write; - writes it to standard output', 'strategy.yaml')
    .option('-y, --yes', 'take the suggested answer to every question left, without prompting')
    .addOption(new Option('-p, --preset <name>', 'a complete example strategy whose answers are suggested (local-service without a terminal)').choices(PRESET_NAMES))
    .option('--resume', 'go on with the answers of an unfinished mcm init for this file')
    .option('-a, --answers <file>', 'answers from a YAML or JSON file; the rest are asked, or suggested with --yes')
    .option('-f, --force', 'replace the file if it already exists')
    .option('--no-color', 'never colour the output')
    .option('--locale <language>', 'the language of the wizard and of the strategy it writes: en, uk, pl, ru or ga (default: MCM_LOCALE, the system\'s language)');
  for (const { flag, value, description } of ANSWER_FLAGS) command.option(`${flag} <${value}>`, description);
  return command
    .addHelpText('after', [
      '',
      'Every question can be answered ahead: by a flag above, or by its key in an answers file',
      '(goal.target, personas[0].name, channels[1].content.message...). Flags win over the file.',
      '',
      'Examples:',
      '  mcm init',
      '  mcm init --resume',
      '  mcm init --yes --preset ecommerce',
      '  mcm init plans/spring.yaml --answers answers.yaml --yes',
      '  mcm init --yes --preset b2b-saas --name "Q3 pipeline push" --channels linkedin,webinar,email',
    ].join('\n'))
    .action(async (file: string, flags: InitFlags, command: Command) => {
      const { initCommand } = await import('./init-action.js');
      context.exitCode = await initCommand(file, { ...flags, locale: (command.optsWithGlobals() as { locale?: string }).locale }, context.io);
    });
}
