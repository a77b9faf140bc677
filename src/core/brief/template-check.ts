import Handlebars from 'handlebars';
import { closest } from '../text/suggest.js';
import { TemplateFault } from './helpers.js';
import type { TemplateSource } from './templates.js';

/** The parts of a Handlebars syntax tree node this module reads. */
interface Node {
  type: string;
  loc?: { start: { line: number; column: number } };
  path?: Node & { data?: boolean; depth?: number; parts?: string[]; original?: string };
  name?: Node & { original?: string };
  params?: Node[];
  hash?: { pairs?: unknown[] };
  value?: unknown;
}

function isNode(value: unknown): value is Node {
  return value !== null && typeof value === 'object' && 'type' in value && typeof value.type === 'string';
}

function* walk(value: unknown): Generator<Node> {
  if (Array.isArray(value)) {
    for (const item of value) yield* walk(item);
  } else if (value !== null && typeof value === 'object') {
    if (isNode(value)) yield value;
    for (const child of Object.values(value)) if (child !== null && typeof child === 'object') yield* walk(child);
  }
}

/**
 * Finds unknown helpers and partials before anything renders. Handlebars would only notice them when the
 * line runs (and not at all inside a branch that this strategy does not reach), without saying where.
 */
export function checkTemplate(ast: Program, helperNames: string[], partialNames: string[]): void {
  const nodes = [...walk(ast)];
  const inline = nodes.filter((n) => n.type === 'DecoratorBlock' && n.path?.original === 'inline')
    .map((n) => n.params?.[0]?.value).filter((v): v is string => typeof v === 'string');
  const partials = [...partialNames, ...inline];
  for (const node of nodes) {
    const at = (message: string) => new TemplateFault(message, node.loc?.start.line, node.loc ? node.loc.start.column + 1 : undefined);
    if (node.type === 'MustacheStatement' || node.type === 'BlockStatement' || node.type === 'SubExpression') {
      const path = node.path;
      const called = (node.params?.length ?? 0) > 0 || (node.hash?.pairs?.length ?? 0) > 0 || node.type === 'SubExpression';
      const name = path?.original ?? '';
      // A path written with this. or ./ is always a field, never a helper.
      if (!called || path?.type !== 'PathExpression' || path.data || path.depth !== 0 || path.parts?.length !== 1 || /^(?:this\b|\.)/.test(name)) continue;
      if (!helperNames.includes(name)) {
        const hint = closest(name, helperNames);
        throw at(`unknown helper "${name}"${hint ? `; did you mean "${hint}"?` : `. The helpers are: ${helperNames.filter((h) => !h.endsWith('Missing')).join(', ')}`}`);
      }
    }
    if ((node.type === 'PartialStatement' || node.type === 'PartialBlockStatement') && node.name?.type === 'PathExpression') {
      const name = node.name.original ?? '';
      if (name !== '@partial-block' && !partials.includes(name)) {
        const hint = closest(name, partials);
        throw at(`unknown partial "${name}"${hint ? `; did you mean "${hint}"?` : `. The partials are: ${partials.join(', ')}`}`);
      }
    }
  }
}

type Program = ReturnType<typeof Handlebars.parse>;

/** The syntax tree of a template; a syntax error becomes a TemplateFault with its line and an excerpt. */
export function parse(hbs: typeof Handlebars, source: TemplateSource): Program {
  try {
    return hbs.parse(source.text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const syntax = /^(?:Parse|Lexical) error on line (\d+)[:.][^\n]*\n([^\n]*)\n([^\n]*)(?:\n([^\n]*))?/.exec(message);
    if (!syntax) throw error;
    const [, line, excerpt, pointer, expected] = syntax;
    if (/got 'EOF'/.test(expected ?? '')) {
      const open = unclosed(source.text);
      if (open) throw new TemplateFault(open.problem, open.line, open.column, source.shown);
    }
    throw new TemplateFault('Handlebars cannot read the text marked here', Number(line), undefined, source.shown, undefined, `${excerpt}\n${pointer}`);
  }
}

/** The block or tag a template leaves open at its end, for a message that points at where it opens. */
function unclosed(text: string): { problem: string; line: number; column: number } | undefined {
  const at = (index: number) => {
    const before = text.slice(0, index).split('\n');
    return { line: before.length, column: before[before.length - 1]!.length + 1 };
  };
  const lastOpen = text.lastIndexOf('{{');
  if (lastOpen !== -1 && !text.slice(lastOpen).includes('}}')) return { problem: 'this {{ tag is never closed with }}', ...at(lastOpen) };
  const blocks: { name: string; index: number }[] = [];
  for (const tag of text.matchAll(/\{\{~?\s*([#/])\*?\s*([^\s}~]+)/g)) {
    if (tag[1] === '#') blocks.push({ name: tag[2]!, index: tag.index });
    else if (blocks[blocks.length - 1]?.name === tag[2]) blocks.pop();
  }
  const block = blocks.pop();
  return block ? { problem: `the block {{#${block.name}}} is never closed: add {{/${block.name}}} where it ends`, ...at(block.index) } : undefined;
}

/**
 * An error from running a template, as a TemplateFault that names the template file and, where known, the
 * line. Errors that do not come from the template itself (a fault in mcm) are returned unchanged.
 */
export function locate(error: unknown, source: TemplateSource): unknown {
  if (error instanceof TemplateFault) {
    error.file ??= source.shown;
    return error;
  }
  const message = error instanceof Error ? error.message : String(error);
  const strict = /^"(.+)" not defined in (.*) - (\d+):(\d+)$/s.exec(message);
  if (strict) {
    const [, name, parent, line, column] = strict;
    const empty = parent === 'null' || parent === 'undefined';
    const text = empty ? `"${name}" is read from a field that is empty here: guard it with {{#if …}}` : `"${name}" is not a field here`;
    return new TemplateFault(text, Number(line), Number(column) + 1, source.shown, empty ? undefined : name);
  }
  // Handlebars' strict mode reads a field of a text or a number with "in", which throws a TypeError.
  const primitive = /^Cannot use 'in' operator to search for '(.+)' in (.*)$/s.exec(message);
  if (primitive) return new TemplateFault(`"${primitive[1]}" is read from a text or a number, which has no fields`, undefined, undefined, source.shown);
  if (error instanceof RangeError) return new TemplateFault('a partial includes itself without end', undefined, undefined, source.shown);
  if (!(error instanceof Handlebars.Exception)) return error;
  const position = / - (\d+):(\d+)$/.exec(message);
  return new TemplateFault(message.replace(/ - \d+:\d+$/, ''), position ? Number(position[1]) : undefined, position ? Number(position[2]) + 1 : undefined, source.shown);
}

/** Every key of a view model, for "did you mean" hints on a misspelt field. */
export function fieldNames(model: unknown): string[] {
  const names = new Set<string>();
  const visit = (value: unknown, depth: number) => {
    if (depth > 6 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      value.forEach((item) => visit(item, depth + 1));
      return;
    }
    for (const [key, child] of Object.entries(value)) {
      names.add(key);
      visit(child, depth + 1);
    }
  };
  visit(model, 0);
  return [...names];
}
