import { existsSync, lstatSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stylish } from '../../core/formatters/stylish.js';
import { readAnswersFile, givenAnswers } from '../../core/init/answers-file.js';
import type { Answers } from '../../core/init/answers.js';
import { createAsker } from '../../core/init/asker.js';
import { buildStrategy, renderStrategy } from '../../core/init/build-strategy.js';
import { ANSWER_FLAGS } from '../../core/init/flags.js';
import { collectAnswers } from '../../core/init/flow.js';
import { KINDS } from '../../core/init/kinds.js';
import { t } from '../../core/init/messages.js';
import { preset } from '../../core/init/presets/index.js';
import { question } from '../../core/init/question.js';
import { summarize } from '../../core/init/review.js';
import { LOCAL_SCHEMA, schemaReference } from '../../core/init/schema-ref.js';
import { UserError } from '../../core/errors.js';
import { plural } from '../../core/i18n/format.js';
import { lint } from '../../core/lint/engine.js';
import { rules } from '../../core/rules/index.js';
import { schemaPath } from '../../core/schema.js';
import { fsReason, readInput, writeFileExclusive, writeFileSafe, WriteRefused } from '../files.js';
import { chalkFor } from '../color.js';
import { useColor, type Io } from '../io.js';
import { version } from '../context.js';
import type { InitFlags } from './init.js';
import { fileDraft, loadDraft, removeDraft } from './init-draft.js';

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
  const answersFile = flags.answers ? { name: flags.answers, data: readAnswersFile(await read(flags.answers, io.cwd, io.readTimeoutMs), flags.answers) } : undefined;
  const given = givenAnswers(answersFile, answerFlags(flags));

  // 1. The answers: given, asked, or suggested. A preset suggests its answers when asked for, and fills in
  // what a run without a person leaves open; a person otherwise gets the suggestions of their kind of business.
  const ask = interactive ? (await import('../prompt.js')).terminalPrompter(color, { say: toStdout ? io.stderr : io.stdout }) : undefined;
  const say = toStdout ? io.stderr : io.stdout;
  const day = today();
  const kindGiven = given.get(['business', 'kind']) !== undefined;
  const presetName = flags.preset ?? (interactive || kindGiven ? undefined : 'local-service');
  const suggested = presetName ? preset(presetName, day) : undefined;

  // An unfinished session for this file: picked up with --resume, or when the person says so.
  const stored = loadDraft(target, io.env);
  let kept: Record<string, unknown> = {};
  if (ask) say(`Drafting ${toStdout ? 'a strategy' : file}. Enter keeps the suggested answer; Ctrl-C stops, and your answers are kept for mcm init --resume.\n\n`);
  try {
    if (stored && flags.resume) kept = stored.answers;
    else if (stored && ask) {
      const when = stored.savedAt.replace('T', ' ').slice(0, 16);
      const resume = question<boolean>({ key: 'resume', type: 'confirm', message: t('resume.q', { file, when, count: Object.keys(stored.answers).length }), default: true, read: (raw) => ({ value: raw === true }) });
      if (await ask.ask(resume)) kept = stored.answers;
    }
  } catch (error) {
    if (error instanceof Error && error.name === 'PromptCancelled') return cancelled(io, false);
    throw error;
  }
  const draft = fileDraft(target, io.env, { ...kept });
  let answers: Answers;
  // Ctrl-C is an answer, not a failure: it exits 130, so it is caught here rather than in run().
  try {
    answers = await collectAnswers(createAsker(given, ask, ask ? draft : undefined), {
      today: day, given, preset: suggested, systemLocale: systemLocale(io.env), file,
      summarize: (current) => summarize(current, check(current, target).result.diagnostics),
    });
  } catch (error) {
    if (error instanceof Error && error.name === 'PromptCancelled') return cancelled(io, Object.keys(draft.answers).length > 0, file);
    throw error;
  }

  // 2. The file, checked under the recommended rules before it is written.
  const { text, result } = check(answers, target, toStdout ? '<stdout>' : file);
  if (result.errorCount) {
    const errors = result.diagnostics.filter((d) => d.severity === 'error').map((d) => `  ${d.line}:${d.column} ${d.message} (${d.ruleId})`);
    throw new Error(`the drafted strategy has lint errors, so nothing was written:\n${errors.join('\n')}`);
  }
  if (toStdout) {
    io.stdout(text);
  } else {
    writeStrategy(target, file, text, flags.force);
  }
  removeDraft(target, io.env);
  // The modeline must resolve offline: without an installed package to point into, the schema goes next to the file.
  const schemaNote = modelineFor(target) === `./${LOCAL_SCHEMA}` ? placeSchema(toStdout ? undefined : join(dirname(target), LOCAL_SCHEMA)) : '';

  // 3. What was written, what lint says about it, and what to do next.
  const c = chalkFor(color);
  const stages = answers.funnel.length;
  say(`${c.green('✔')} Wrote ${toStdout ? 'the strategy' : file}: ${plural(answers.personas.length, 'persona')}, ${plural(answers.channels.length, 'channel')}, ${plural(stages, 'funnel stage')}.\n`);
  if (schemaNote) say(schemaNote);
  if (result.diagnostics.length) {
    say(`\nIt is valid; mcm lint suggests looking at:\n${stylish([result], { color, cwd: io.cwd, version })}`);
  }
  if (toStdout) return 0;
  const named = file === 'strategy.yaml' ? '' : ` ${file}`;
  const steps: [string, string][] = [[`mcm lint${named}`, 'check it again after each edit (editors check it too, through its first line)'], [`mcm brief${named}`, 'write a brief for each channel and persona into briefs/']];
  const width = Math.max(...steps.map(([command]) => command.length));
  io.stdout(`\nNext:\n${steps.map(([command, why]) => `  ${command.padEnd(width)}   ${why}\n`).join('')}`);
  return 0;
}

/** Writes the schema file the modeline names, unless one is there already; says what editors need. */
function placeSchema(path: string | undefined): string {
  if (!path) return `Its first line points editors at ./${LOCAL_SCHEMA}: run "mcm schema --write" in the folder where you save it.\n`;
  if (lstatSync(path, { throwIfNoEntry: false })) return '';
  try {
    writeFileExclusive(path, readFileSync(schemaPath, 'utf8'));
    return `  and ${LOCAL_SCHEMA} next to it, which editors read through the file's first line (mcm schema --write refreshes it).\n`;
  } catch (error) {
    return `Could not write ${LOCAL_SCHEMA} next to it (${fsReason(error)}): run "mcm schema --write" there so that editors find the schema.\n`;
  }
}

/**
 * Takes the file with an exclusive create, so that of two runs on one path only one writes; --force replaces
 * a regular file through a temporary file and a rename, and never a device, a pipe or a link out of the folder.
 */
function writeStrategy(target: string, file: string, text: string, force: boolean | undefined): void {
  try {
    if (force && lstatSync(target, { throwIfNoEntry: false })) writeFileSafe(target, text, { shown: file });
    else writeFileExclusive(target, text, { createDir: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') refuseToOverwrite(target, file, false);
    if (error instanceof WriteRefused) throw new UserError(`Cannot write ${file}: ${error.reason}.`);
    if (error instanceof UserError) throw error;
    throw new UserError(`Cannot write ${file}: ${fsReason(error)}.`);
  }
}

/** Where the modeline of a file at `target` points: the installed package's schema, or the copy next to the file. */
function modelineFor(target: string): string {
  return schemaReference(target, fileURLToPath(schemaPath), `./${LOCAL_SCHEMA}`, existsSync);
}

/** The file the answers make, and what lint says about it. */
function check(answers: Answers, target: string, shown = 'strategy.yaml') {
  const text = renderStrategy(buildStrategy(answers), modelineFor(target));
  return { text, result: lint(text, { file: shown }) };
}

function cancelled(io: Io, kept: boolean, file = 'strategy.yaml'): number {
  const named = file === 'strategy.yaml' ? '' : ` ${file}`;
  io.stderr(kept ? `mcm init stopped: nothing was written; your answers are kept. Run mcm init${named} --resume to go on.\n` : 'mcm init cancelled: nothing was written.\n');
  return 130;
}

/** The person's language and region, from the usual variables, else the runtime's. */
function systemLocale(env: Record<string, string | undefined>): string | undefined {
  const raw = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  if (raw && /^[a-z]{2,3}_[A-Z]{2}/.test(raw)) return raw.replace(/\..*$/, '').replace('_', '-');
  const intl = Intl.DateTimeFormat().resolvedOptions().locale;
  return /^[a-z]{2,3}-[A-Z]{2}$/.test(intl) ? intl : undefined;
}

function refuseToOverwrite(target: string, file: string, force: boolean | undefined): void {
  const stat = statSync(target, { throwIfNoEntry: false });
  if (stat?.isDirectory()) throw new UserError(`"${file}" is a folder: name the strategy file to write, like ${file.replace(/\/+$/, '')}/strategy.yaml.`);
  if ((stat || lstatSync(target, { throwIfNoEntry: false })) && !force) throw new UserError(`${file} already exists, and mcm init never replaces a file unasked. Name another file (mcm init new-strategy.yaml), or add --force to replace it.`);
}

/** The answers given as flags, each at its answers-file key. */
function answerFlags(flags: InitFlags): { flag: string; path: string[]; value: unknown }[] {
  return ANSWER_FLAGS.flatMap(({ flag, key }) => {
    const value = flags[flag.slice(2).replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())];
    return value === undefined ? [] : [{ flag, path: key.split('.'), value }];
  });
}

async function read(file: string, cwd: string, timeoutMs?: number): Promise<string> {
  return (await readInput(resolve(cwd, file), { shown: file, what: 'the answers file', timeoutMs, missing: `Cannot find the answers file "${file}".` })).toString('utf8');
}

/** Today in the local time zone, YYYY-MM-DD: deadlines are days where the user is. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

