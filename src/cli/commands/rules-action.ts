import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { findConfigFile } from '../config-find.js';
import type { Rule } from '../../core/lint/define-rule.js';
import { type SeveritySetting } from '../../core/lint/diagnostic.js';
import type { UserError } from '../../core/errors.js';
import { cliError } from '../messages-cli.js';
import { closest } from '../../core/text/suggest.js';
import { rules } from '../../core/rules/index.js';
import { chooseLocale } from '../../core/i18n/locale.js';
import { ruleDescription } from '../../core/lint/messages.js';
import { loadCatalogue } from '../messages.js';
import { chalkFor } from '../color.js';
import { useColor, type Io } from '../io.js';

export async function rulesCommand(id: string | undefined, flags: { color?: boolean; locale?: string }, io: Io): Promise<number> {
  const color = useColor(io, flags.color === false ? false : undefined);
  // Descriptions in the chosen language (--locale, MCM_LOCALE, the system's); what a catalogue lacks stays English.
  const messages = await loadCatalogue(chooseLocale({ flag: flags.locale, env: io.env }));
  const describe = (rule: Rule) => ruleDescription(rule, messages);
  const extra = await configuredRules(io);
  if (id === undefined) {
    io.stdout(listRules(rules, color, describe) + (extra.rules.length ? configuredList(extra.rules, extra.source, color, describe) : ''));
    return 0;
  }
  const rule = rules.find((r) => r.id === id);
  const configured = extra.rules.find((r) => r.id === id);
  if (configured) {
    const c = chalkFor(color);
    io.stdout(`${c.bold(`# ${configured.id}`)}\n\n${describe(configured)}\n\nFrom ${extra.source}${configured.docsUrl ? `; documentation: ${configured.docsUrl}` : ''}.\n`);
    return 0;
  }
  if (!rule) throw unknownRule(id, [...rules, ...extra.rules].map((r) => r.id));
  io.stdout(page(rule, color));
  return 0;
}

/** The plugins' and defined rules of the configuration that applies in the current folder, if it names any. */
async function configuredRules(io: Io): Promise<{ rules: Rule[]; source: string }> {
  const file = findConfigFile(io.cwd);
  if (!file) return { rules: [], source: '' };
  const { loadConfig } = await import('../config-load.js');
  const shown = (path: string) => relative(io.cwd, path) || path;
  const loaded = await loadConfig(file, shown, async (path) => readFileSync(path, 'utf8'));
  return { rules: loaded.extraRules, source: shown(file) };
}

function configuredList(list: readonly Rule[], source: string, color: boolean, describe: (rule: Rule) => string): string {
  const c = chalkFor(color);
  const byNamespace = new Map<string, Rule[]>();
  for (const rule of list) {
    const namespace = rule.id.includes('/') ? rule.id.split('/')[0]! : '';
    byNamespace.set(namespace, [...byNamespace.get(namespace) ?? [], rule]);
  }
  const width = Math.max(...list.map((r) => r.id.length), 4);
  const lines = ['', c.bold(`Rules from ${source}`)];
  for (const [namespace, group] of byNamespace) {
    lines.push('', c.bold(namespace ? `${namespace}/` : 'mcm'));
    for (const rule of group) lines.push(`${rule.id.padEnd(width)}  ${rule.severity.recommended.padEnd(7)}  ${describe(rule)}${rule.docsUrl ? c.dim(`  ${rule.docsUrl}`) : ''}`);
  }
  return lines.join('\n') + '\n';
}

/** One aligned line per rule: id, severity in each preset, description. */
function listRules(list: readonly Rule[], color: boolean, describe: (rule: Rule) => string): string {
  const c = chalkFor(color);
  const tint: Record<SeveritySetting, (text: string) => string> = { error: c.red, warning: c.yellow, info: c.blue, off: c.dim };
  const rows = list.map((r) => [r.id, r.severity.recommended, r.severity.strict, describe(r)] as const);
  const header = ['Rule', 'Recommended', 'Strict', 'Description'] as const;
  const width = [0, 1, 2].map((i) => Math.max(header[i]!.length, ...rows.map((row) => row[i]!.length)));
  const pad = (text: string, i: number) => text.padEnd(width[i]!);
  const lines = [c.bold(`${pad(header[0], 0)}  ${pad(header[1], 1)}  ${pad(header[2], 2)}  ${header[3]}`)];
  for (const [ruleId, recommended, strict, description] of rows) {
    lines.push(`${pad(ruleId, 0)}  ${tint[recommended](pad(recommended, 1))}  ${tint[strict](pad(strict, 2))}  ${description}`);
  }
  lines.push(
    '',
    'recommended is the default preset; "extends: strict" in .mcmrc.yaml selects strict, and "rules:" there sets any rule.',
    'Run "mcm rules <id>" for a rule\'s documentation, with an example that fails and one that passes.',
  );
  return lines.join('\n') + '\n';
}

function page(rule: Rule, color: boolean): string {
  const file = new URL(`../../../docs/rules/${rule.id}.md`, import.meta.url);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw cliError('rules.docMissing', { id: rule.id, url: String(rule.docsUrl) });
  }
  const c = chalkFor(color);
  return text.replace(/^#{1,6} .*$/gm, (heading) => c.bold(heading));
}

/** A did-you-mean for a mistyped id, or the ids that contain a partial one ("fit"). */
function unknownRule(id: string, ids: string[]): UserError {
  const containing = ids.filter((candidate) => candidate.includes(id.toLowerCase()));
  const like = closest(id, ids) ?? (containing.length === 1 ? containing[0] : undefined);
  if (like) return cliError('rules.unknownLike', { id, like });
  if (containing.length > 1) return cliError('rules.unknownContaining', { id, list: containing.join(', ') });
  return cliError('rules.unknown', { id });
}
