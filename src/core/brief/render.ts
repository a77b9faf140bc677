import Handlebars from 'handlebars';
import { type Diagnostic } from '../lint/diagnostic.js';
import type { MessageRefValues } from '../errors.js';
import { briefError } from '../messages/brief-errors.js';
import { closest } from '../text/suggest.js';
import { isLoadedStrategy, loadStrategy, type LoadedStrategy } from '../strategy/load.js';
import { channelModel } from './channel-model.js';
import { checkTemplate, fieldNames, locate, parse } from './template-check.js';
import { createHelpers, TemplateFault } from './helpers.js';
import { briefLanguage } from './language.js';
import { createContext, type BriefLanguage } from './model.js';
import { overviewModel } from './overview-model.js';
import { personaModel } from './persona-model.js';
import { TEMPLATE_NAMES, type TemplateName, type TemplateSet, type TemplateSource } from './templates.js';
import { tidy } from './tidy.js';

export type BriefPart = 'overview' | 'channels' | 'personas';

/** A rendered brief; `path` is relative to the output folder, with forward slashes. */
export interface BriefFile {
  path: string;
  content: string;
}

export interface RenderOptions {
  /** The strategy file, as the briefs name it. */
  file: string;
  /** What mcm lint found; warnings and notes are listed in the overview. */
  diagnostics: Diagnostic[];
  templates: TemplateSet;
  only?: BriefPart;
  /** The scorecard of the results, as Markdown (`scorecardMarkdown`), shown in the overview. */
  scorecard?: string | null;
  /** The language of the briefs (`briefLanguage`); English by default. Lint findings come in the language they were linted in. */
  language?: BriefLanguage;
}

// Markdown must not be HTML-escaped, and a misspelt field must fail rather than render as blank.
// trackIds lets a helper name the field it was given when that field does not exist.
const COMPILE_OPTIONS = { noEscape: true, strict: true, trackIds: true } as const;

export interface BriefResult {
  /** The briefs rendered (all of them, or the part asked for with `only`). */
  files: BriefFile[];
  /** Every path a full run writes, whatever `only` says: a brief outside this list is stale. */
  expected: string[];
}

/**
 * Renders the briefs of a strategy that mcm lint passed without errors. Every template is checked and
 * compiled before anything renders; a template problem is a UserError naming the template file and line.
 */
export function renderBrief(input: string | Uint8Array | LoadedStrategy, options: RenderOptions): BriefResult {
  const { strategy } = isLoadedStrategy(input) ? input : loadStrategy(input);
  if (strategy === undefined) throw briefError('brief.notStrategy', { file: options.file });
  const language = options.language ?? briefLanguage();
  const render = createRenderer(options.templates, language);
  const context = createContext(strategy, options.file, options.diagnostics, language);
  const wanted = (part: BriefPart) => options.only === undefined || options.only === part;
  const files: BriefFile[] = [];
  if (wanted('overview')) files.push({ path: 'overview.md', content: render('overview', { ...overviewModel(context), scorecard: options.scorecard ?? null }) });
  if (wanted('channels')) {
    for (const channel of context.channels) files.push({ path: `channels/${channel.id}.md`, content: render('channel', channelModel(context, channel)) });
  }
  if (wanted('personas')) {
    for (const persona of context.personas) files.push({ path: `personas/${persona.id}.md`, content: render('persona', personaModel(context, persona)) });
  }
  const expected = ['overview.md', ...context.channels.map((c) => `channels/${c.id}.md`), ...context.personas.map((p) => `personas/${p.id}.md`)];
  return { files, expected };
}

type Renderer = (name: TemplateName, model: object) => string;
type Compiled = (context: unknown, options?: Handlebars.RuntimeOptions) => string;

function createRenderer(set: TemplateSet, language: BriefLanguage): Renderer {
  // One isolated environment per run: nothing is registered on the global Handlebars object.
  const hbs = Handlebars.create();
  hbs.unregisterHelper('log'); // it would print to the console from inside a template
  hbs.registerHelper(createHelpers(language));
  const helperNames = Object.keys(hbs.helpers);
  const partialNames = Object.keys(set.partials);
  const compile = (source: TemplateSource): Compiled => {
    let template: Compiled;
    try {
      const ast = parse(hbs, source);
      checkTemplate(ast, helperNames, partialNames);
      template = hbs.compile(ast, COMPILE_OPTIONS);
    } catch (error) {
      throw toUserError(locate(error, source), []);
    }
    return (context, runtime) => {
      try {
        return template(context, runtime);
      } catch (error) {
        throw locate(error, source);
      }
    };
  };
  for (const [name, source] of Object.entries(set.partials)) hbs.registerPartial(name, compile(source));
  const templates = Object.fromEntries(TEMPLATE_NAMES.map((name) => [name, compile(set.templates[name])]));
  return (name, model) => {
    try {
      return tidy(templates[name]!(model));
    } catch (error) {
      throw toUserError(error, fieldNames(model));
    }
  };
}

function toUserError(error: unknown, fields: string[]): unknown {
  if (!(error instanceof TemplateFault)) return error;
  const where: MessageRefValues[string] = error.line === undefined
    ? ''
    : error.column === undefined ? { messageId: 'brief.templateAt', values: { line: String(error.line) } } : { messageId: 'brief.templateAtColumn', values: { line: String(error.line), column: String(error.column) } };
  const hint = error.field === undefined ? undefined : closest(error.field, fields);
  // What Handlebars or a helper found is worded in the template's own terms; the sentence around it is translated.
  const detail: MessageRefValues[string] = hint === undefined
    ? (/[.?!]$/.test(error.message) ? error.message : `${error.message}.`)
    : hint === error.field
      ? { messageId: 'brief.templateOtherLevel', values: { problem: error.message, field: hint, each: '{{#each}}', with: '{{#with}}' } }
      : { messageId: 'brief.templateNear', values: { problem: error.message, field: hint } };
  const excerpt = error.excerpt ? `\n${error.excerpt.split('\n').map((line) => `    ${line}`).join('\n')}` : '';
  return briefError('brief.template', { file: error.file ?? { messageId: 'brief.templateUnknownFile' }, where, detail, excerpt });
}
