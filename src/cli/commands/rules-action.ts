import { readFileSync } from 'node:fs';
import type { Rule } from '../../core/lint/define-rule.js';
import { type SeveritySetting } from '../../core/lint/diagnostic.js';
import { UserError } from '../../core/errors.js';
import { closest } from '../../core/text/suggest.js';
import { rules } from '../../core/rules/index.js';
import { chalkFor } from '../color.js';
import { useColor, type Io } from '../io.js';

export function rulesCommand(id: string | undefined, flags: { color?: boolean }, io: Io): number {
  const color = useColor(io, flags.color === false ? false : undefined);
  if (id === undefined) {
    io.stdout(listRules(rules, color));
    return 0;
  }
  const rule = rules.find((r) => r.id === id);
  if (!rule) throw new UserError(`Unknown rule "${id}"${hint(id, rules.map((r) => r.id))} Run "mcm rules" for the list.`);
  io.stdout(page(rule, color));
  return 0;
}

/** One aligned line per rule: id, severity in each preset, description. */
function listRules(list: readonly Rule[], color: boolean): string {
  const c = chalkFor(color);
  const tint: Record<SeveritySetting, (text: string) => string> = { error: c.red, warning: c.yellow, info: c.blue, off: c.dim };
  const rows = list.map((r) => [r.id, r.severity.recommended, r.severity.strict, r.description] as const);
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
    throw new UserError(`The documentation page of "${rule.id}" is missing from this installation: read it at ${rule.docsUrl}, or reinstall mcm.`);
  }
  const c = chalkFor(color);
  return text.replace(/^#{1,6} .*$/gm, (heading) => c.bold(heading));
}

/** A did-you-mean for a mistyped id, or the ids that contain a partial one ("fit"). */
function hint(id: string, ids: string[]): string {
  const typo = closest(id, ids);
  if (typo) return `; did you mean "${typo}"?`;
  const containing = ids.filter((candidate) => candidate.includes(id.toLowerCase()));
  if (containing.length === 1) return `; did you mean "${containing[0]}"?`;
  if (containing.length > 1) return `; rules with "${id}" in their id: ${containing.join(', ')}.`;
  return '.';
}
