import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEMPLATE_NAMES, type TemplateName, type TemplateSet, type TemplateSource } from '../core/brief/templates.js';
import { UserError } from '../core/errors.js';
import { briefError } from '../core/messages/brief-errors.js';
import { reasonRef } from './commands/brief-reason.js';
import { closest } from '../core/text/suggest.js';

// The brief templates as files: the core renders a TemplateSet, the CLI reads it from the folders.

/** The templates shipped with mcm (the same path from src/ and from dist/). */
export const BUILT_IN_DIR = fileURLToPath(new URL('../../templates/brief/', import.meta.url));

const TEMPLATE_SUFFIX = '.md.hbs';
const PARTIAL_SUFFIX = '.hbs';

/**
 * The built-in templates and partials, with the files of `overrides.dir` in their place: `overview.md.hbs`,
 * `channel.md.hbs`, `persona.md.hbs`, and partials either beside them or in `partials/`. A partial with a
 * new name is added, so an overriding template can use partials of its own.
 */
export function loadTemplates(overrides?: { dir: string; shown: string }): TemplateSet {
  const builtIn = readFolder(BUILT_IN_DIR, 'templates/brief', ' (built in)');
  let own: Folder = { templates: {}, partials: {} };
  if (overrides) {
    const stat = statSync(overrides.dir, { throwIfNoEntry: false });
    if (!stat?.isDirectory()) throw briefError('brief.templatesNotFolder', { folder: overrides.shown });
    own = readFolder(overrides.dir, overrides.shown, '');
    const unknown = Object.keys(own.templates).find((name) => !(TEMPLATE_NAMES as readonly string[]).includes(name));
    if (unknown !== undefined) {
      const hint = closest(unknown, TEMPLATE_NAMES);
      const file = join(overrides.shown, unknown + TEMPLATE_SUFFIX);
      throw hint
        ? briefError('brief.templatesUnknownNear', { file, near: hint + TEMPLATE_SUFFIX })
        : briefError('brief.templatesUnknown', { file, names: TEMPLATE_NAMES.map((n) => n + TEMPLATE_SUFFIX).join(', ') });
    }
  }
  const pick = (name: TemplateName): TemplateSource => {
    const source = own.templates[name] ?? builtIn.templates[name];
    if (!source) throw new Error(`The built-in template ${name}${TEMPLATE_SUFFIX} is missing from ${BUILT_IN_DIR}: reinstall mcm.`);
    return source;
  };
  return {
    templates: { overview: pick('overview'), channel: pick('channel'), persona: pick('persona') },
    partials: { ...builtIn.partials, ...own.partials },
  };
}

interface Folder {
  templates: Record<string, TemplateSource>;
  partials: Record<string, TemplateSource>;
}

function readFolder(dir: string, shown: string, suffix: string): Folder {
  const templates: Record<string, TemplateSource> = {};
  const partials: Record<string, TemplateSource> = {};
  const read = (folder: string, name: string): TemplateSource => ({
    text: readTemplate(join(dir, folder, name), join(shown, folder, name)),
    shown: join(shown, folder, name) + suffix,
  });
  for (const name of files(dir)) {
    if (name.endsWith(TEMPLATE_SUFFIX)) templates[name.slice(0, -TEMPLATE_SUFFIX.length)] = read('', name);
    else if (name.endsWith(PARTIAL_SUFFIX)) partials[name.slice(0, -PARTIAL_SUFFIX.length)] = read('', name);
  }
  for (const name of files(join(dir, 'partials'))) {
    if (name.endsWith(PARTIAL_SUFFIX)) partials[name.slice(0, -PARTIAL_SUFFIX.length)] = read('partials', name);
  }
  return { templates, partials };
}

function files(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name).sort();
  } catch {
    return [];
  }
}

/** A template is a page of text: anything larger is the wrong file, refused before it is read. */
const MAX_TEMPLATE_BYTES = 10 * 1024 * 1024;

function readTemplate(path: string, shown: string): string {
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw briefError('brief.templateNotFile', { file: shown });
    if (stat.size > MAX_TEMPLATE_BYTES) throw briefError('brief.templateTooLarge', { file: shown });
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw briefError('brief.templateCannotRead', { file: shown, reason: reasonRef(error) });
  }
}
