import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { findConfigFile } from '../config-find.js';
import type { Rule } from '../../core/lint/define-rule.js';
import { type SeveritySetting } from '../../core/lint/diagnostic.js';
import type { UserError } from '../../core/errors.js';
import { CLI_MESSAGES, cliError, englishOf, ref, wordedIn, type CliErrorKey } from '../messages-cli.js';
import { closest } from '../../core/text/suggest.js';
import { rules } from '../../core/rules/index.js';
import { chooseLocale } from '../../core/i18n/locale.js';
import { ruleDescription } from '../../core/lint/messages.js';
import { loadCatalogue, loadTranslator } from '../messages.js';
import { chalkFor } from '../color.js';
import { useColor, type Io } from '../io.js';

export async function rulesCommand(id: string | undefined, flags: { color?: boolean; locale?: string }, io: Io): Promise<number> {
  const color = useColor(io, flags.color === false ? false : undefined);
  // Descriptions in the chosen language (--locale, MCM_LOCALE, the system's); what a catalogue lacks stays English.
  const locale = chooseLocale({ flag: flags.locale, env: io.env });
  const messages = await loadCatalogue(locale);
  const describe = (rule: Rule) => ruleDescription(rule, messages);
  // The table's own words: English without the ICU library, another language from locales/cli.<locale>.json.
  const t = locale === 'en' ? undefined : await loadTranslator(CLI_MESSAGES, 'cli', locale);
  const word: Word = (key, values) => (t ? wordedIn(t, ref(key, values)) : englishOf(ref(key, values)));
  const extra = await configuredRules(io);
  if (id === undefined) {
    io.stdout(listRules(rules, color, describe, word) + (extra.rules.length ? configuredList(extra.rules, extra.source, color, describe, word) : ''));
    return 0;
  }
  const rule = rules.find((r) => r.id === id);
  const configured = extra.rules.find((r) => r.id === id);
  if (configured) {
    const c = chalkFor(color);
    const from = configured.docsUrl ? word('rules.list.fromDocs', { source: extra.source, url: configured.docsUrl }) : word('rules.list.from', { source: extra.source });
    io.stdout(`${c.bold(`# ${configured.id}`)}\n\n${describe(configured)}\n\n${from}\n`);
    return 0;
  }
  if (!rule) throw unknownRule(id, [...rules, ...extra.rules].map((r) => r.id));
  io.stdout(page(rule, color));
  return 0;
}

type Word = (key: CliErrorKey, values?: Record<string, string>) => string;

/** The plugins' and defined rules of the configuration that applies in the current folder, if it names any. */
async function configuredRules(io: Io): Promise<{ rules: Rule[]; source: string }> {
  const file = findConfigFile(io.cwd);
  if (!file) return { rules: [], source: '' };
  const { loadConfig } = await import('../config-load.js');
  const shown = (path: string) => relative(io.cwd, path) || path;
  const loaded = await loadConfig(file, shown, async (path) => readFileSync(path, 'utf8'));
  return { rules: loaded.extraRules, source: shown(file) };
}

function configuredList(list: readonly Rule[], source: string, color: boolean, describe: (rule: Rule) => string, word: Word): string {
  const c = chalkFor(color);
  const byNamespace = new Map<string, Rule[]>();
  for (const rule of list) {
    const namespace = rule.id.includes('/') ? rule.id.split('/')[0]! : '';
    byNamespace.set(namespace, [...byNamespace.get(namespace) ?? [], rule]);
  }
  const width = Math.max(...list.map((r) => r.id.length), 4);
  const lines = ['', c.bold(word('rules.list.configured', { source }))];
  for (const [namespace, group] of byNamespace) {
    lines.push('', c.bold(namespace ? `${namespace}/` : 'mcm'));
    for (const rule of group) lines.push(`${rule.id.padEnd(width)}  ${rule.severity.recommended.padEnd(7)}  ${describe(rule)}${rule.docsUrl ? c.dim(`  ${rule.docsUrl}`) : ''}`);
  }
  return lines.join('\n') + '\n';
}

/** One aligned line per rule: id, severity in each preset, description. */
function listRules(list: readonly Rule[], color: boolean, describe: (rule: Rule) => string, word: Word): string {
  const c = chalkFor(color);
  const tint: Record<SeveritySetting, (text: string) => string> = { error: c.red, warning: c.yellow, info: c.blue, off: c.dim };
  const rows = list.map((r) => [r.id, r.severity.recommended, r.severity.strict, describe(r)] as const);
  const header = [word('rules.list.rule'), word('rules.list.recommended'), word('rules.list.strict'), word('rules.list.description')] as const;
  const width = [0, 1, 2].map((i) => Math.max(header[i]!.length, ...rows.map((row) => row[i]!.length)));
  const pad = (text: string, i: number) => text.padEnd(width[i]!);
  const lines = [c.bold(`${pad(header[0], 0)}  ${pad(header[1], 1)}  ${pad(header[2], 2)}  ${header[3]}`)];
  for (const [ruleId, recommended, strict, description] of rows) {
    lines.push(`${pad(ruleId, 0)}  ${tint[recommended](pad(recommended, 1))}  ${tint[strict](pad(strict, 2))}  ${description}`);
  }
  lines.push(
    '',
    word('rules.list.presets'),
    word('rules.list.more', { command: 'mcm rules <id>' }),
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
