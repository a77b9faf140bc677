import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stylish } from '../../core/formatters/stylish.js';
import { readAnswersFile, givenAnswers } from '../../core/init/answers-file.js';
import type { Answers } from '../../core/init/answers.js';
import { createAsker } from '../../core/init/asker.js';
import { buildStrategy, renderStrategy } from '../../core/init/build-strategy.js';
import { ANSWER_FLAGS } from '../../core/init/flags.js';
import { collectAnswers } from '../../core/init/flow.js';
import { preset } from '../../core/init/presets/index.js';
import { schemaReference } from '../../core/init/schema-ref.js';
import { UserError } from '../../core/lint/diagnostic.js';
import { lint } from '../../core/lint/engine.js';
import { rules } from '../../core/rules/index.js';
import { schemaPath, strategySchema } from '../../core/schema.js';
import { writeFileAtomic } from '../files.js';
import { chalkFor } from '../color.js';
import { useColor, type Io } from '../io.js';
import { version } from '../run.js';
import type { InitFlags } from './init.js';

const NOT_A_TERMINAL = [
  'this is not a terminal, so init cannot ask its questions. To draft a strategy without questions, run:',
  '  mcm init --yes --preset local-service     (or --preset ecommerce, --preset b2b-saas)',
  'or give your answers in a YAML or JSON file:',
  '  mcm init --answers answers.yaml --yes',
].join('\n');

export async function initCommand(file: string, flags: InitFlags, io: Io): Promise<number> {
  // "-" writes the strategy to standard output, and what would be said about it to standard error.
  const toStdout = file === '-';
  const target = resolve(io.cwd, toStdout ? 'strategy.yaml' : file);
  if (!toStdout) refuseToOverwrite(target, file, flags.force);
  const interactive = !flags.yes && io.stdinIsTTY && io.stdoutIsTTY;
  if (!interactive && !flags.yes && !flags.answers) throw new UserError(NOT_A_TERMINAL);
  const color = useColor(io, flags.color === false ? false : undefined);
  const given = givenAnswers(flags.answers ? { name: flags.answers, data: readAnswersFile(read(flags.answers, io.cwd), flags.answers) } : undefined, answerFlags(flags));

  // 1. The answers: given, asked, or suggested by the preset.
  const ask = interactive ? (await import('../prompt.js')).terminalPrompter(color) : undefined;
  const say = toStdout ? io.stderr : io.stdout;
  if (ask) say(`Drafting ${toStdout ? 'a strategy' : file}. Enter keeps the suggested answer; Ctrl-C stops, and nothing is written.\n\n`);
  const day = today();
  let answers: Answers;
  // Ctrl-C is an answer, not a failure: it exits 130, so it is caught here rather than in run().
  try {
    answers = await collectAnswers(createAsker(given, ask), preset(flags.preset, day), day);
  } catch (error) {
    if (error instanceof Error && error.name === 'PromptCancelled') {
      io.stderr('mcm init cancelled: nothing was written.\n');
      return 130;
    }
    throw error;
  }

  // 2. The file, checked under the recommended rules before it is written.
  const text = renderStrategy(buildStrategy(answers), schemaReference(target, fileURLToPath(schemaPath), strategySchema.$id, existsSync));
  const result = lint(text, { file: toStdout ? '<stdout>' : file, today: day });
  if (result.errorCount) {
    const errors = result.diagnostics.filter((d) => d.severity === 'error').map((d) => `  ${d.line}:${d.column} ${d.message} (${d.ruleId})`);
    throw new Error(`the drafted strategy has lint errors, so nothing was written:\n${errors.join('\n')}`);
  }
  if (toStdout) {
    io.stdout(text);
  } else {
    refuseToOverwrite(target, file, flags.force);
    writeFileAtomic(target, text, { createDir: true });
  }

  // 3. What was written, what lint says about it, and what to do next.
  const c = chalkFor(color);
  const stages = answers.funnel.length;
  say(`${c.green('✔')} Wrote ${toStdout ? 'the strategy' : file}: ${count(answers.personas.length, 'persona')}, ${count(answers.channels.length, 'channel')}, ${count(stages, 'funnel stage')}.\n`);
  if (result.diagnostics.length) {
    say(`\nIt is valid; mcm lint suggests looking at:\n${stylish([result], { color, cwd: io.cwd, rules, version })}`);
  }
  if (toStdout) return 0;
  const named = file === 'strategy.yaml' ? '' : ` ${file}`;
  const steps: [string, string][] = [[`mcm lint${named}`, 'check it again after each edit (editors check it too, through its first line)'], [`mcm brief${named}`, 'write a brief for each channel and persona into briefs/']];
  const width = Math.max(...steps.map(([command]) => command.length));
  io.stdout(`\nNext:\n${steps.map(([command, why]) => `  ${command.padEnd(width)}   ${why}\n`).join('')}`);
  return 0;
}

function refuseToOverwrite(target: string, file: string, force: boolean | undefined): void {
  const stat = statSync(target, { throwIfNoEntry: false });
  if (stat?.isDirectory()) throw new UserError(`"${file}" is a folder: name the strategy file to write, like ${file.replace(/\/+$/, '')}/strategy.yaml.`);
  if (stat && !force) throw new UserError(`${file} already exists, and mcm init never replaces a file unasked. Name another file (mcm init new-strategy.yaml), or add --force to replace it.`);
}

/** The answers given as flags, each at its answers-file key. */
function answerFlags(flags: InitFlags): { flag: string; path: string[]; value: unknown }[] {
  return ANSWER_FLAGS.flatMap(({ flag, key }) => {
    const value = flags[flag.slice(2).replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())];
    return value === undefined ? [] : [{ flag, path: key.split('.'), value }];
  });
}

function read(file: string, cwd: string): string {
  try {
    return readFileSync(resolve(cwd, file), 'utf8');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    throw new UserError(code === 'ENOENT' ? `Cannot find the answers file "${file}".` : `Cannot read the answers file "${file}": ${error instanceof Error ? error.message : String(error)}.`);
  }
}

/** Today in the local time zone, YYYY-MM-DD: deadlines are days where the user is. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
