import { Option, type Command } from 'commander';
import type { BriefPart } from '../../core/brief/render.js';
import type { CommandContext } from '../context.js';

export interface BriefFlags {
  out: string;
  templates?: string;
  only?: BriefPart;
  clean?: boolean;
  config?: string;
  color?: boolean;
  /** Whether --out was named on the command line (not the default briefs/). */
  outGiven?: boolean;
  format?: 'markdown' | 'html';
  results?: string[];
  for?: 'client' | 'team';
  brandColor?: string;
  logo?: string;
  /** The global --locale option. */
  locale?: string;
}

// Repeated here rather than imported: the render module loads Handlebars, which `mcm --help` must not.
const PARTS: BriefPart[] = ['overview', 'channels', 'personas'];

export function defineBrief(program: Command, context: CommandContext): Command {
  return program
    .command('brief')
    .description('turn the strategy into Markdown briefs: an overview, one per channel, one per persona')
    .argument('[file]', 'the strategy file', 'strategy.yaml')
    .option('-o, --out <dir>', 'the folder to write the briefs into', 'briefs')
    .option('-t, --templates <dir>', 'a folder of templates that replace the built-in ones by file name (overview.md.hbs, channel.md.hbs, persona.md.hbs, partials/*.hbs)')
    .addOption(new Option('--only <part>', 'write only the overview, the channel briefs or the persona briefs').choices(PARTS))
    .option('--clean', 'remove the briefs of channels and personas that are no longer in the strategy')
    .option('-c, --config <file>', 'lint configuration file (default: the nearest .mcmrc.yaml)')
    .option('--no-color', 'never colour the output')
    .addOption(new Option('-f, --format <format>', 'markdown briefs, or one self-contained index.html to send or print').choices(['markdown', 'html']).default('markdown'))
    .addOption(new Option('--for <audience>', 'html: for the client (no lint findings, rule ids or owners) or the team').choices(['client', 'team']))
    .option('--results <csv...>', 'result files (date,channel,metric,value): the scorecard in the overview (or the HTML report)')
    .option('--brand-color <hex>', 'html: the brand colour, such as "#e4572e" (default: x-brand.color of the strategy)')
    .option('--logo <file>', 'html: a PNG, JPEG, GIF, WebP or SVG logo to inline (default: x-brand.logo of the strategy)')
    .addHelpText('after', [
      '',
      'mcm brief refuses to write briefs while mcm lint finds errors; warnings are listed in the overview.',
      'It writes only inside --out, and says which briefs there belong to channels or personas that no',
      'longer exist (--clean removes them).',
      '',
      'Exit status: 0 briefs written, 1 the strategy has lint errors, 2 usage, input or template problem.',
      '',
      'Examples:',
      '  mcm brief',
      '  mcm brief examples/oil-change.yaml --out docs/briefs',
      '  mcm brief --only channels --templates my-templates',
      '  mcm brief --format html --out share          # share/index.html, for the client',
      '  mcm brief --format html --for team',
    ].join('\n'))
    .action(async (file: string, flags: BriefFlags, command: Command) => {
      const { briefCommand } = await import('./brief-action.js');
      const { locale } = command.optsWithGlobals<{ locale?: string }>();
      context.exitCode = await briefCommand(file, { ...flags, locale, outGiven: command.getOptionValueSource('out') === 'cli' }, context.io);
    });
}
