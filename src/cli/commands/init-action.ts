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
import { INIT_MESSAGES, t, useTranslator } from '../../core/init/messages.js';
import { preset } from '../../core/init/presets/index.js';
import { question } from '../../core/init/question.js';
import { summarize } from '../../core/init/review.js';
import { LOCAL_SCHEMA, schemaReference } from '../../core/init/schema-ref.js';
import { UserError, type MessageRef } from '../../core/errors.js';
import { initError } from '../../core/messages/init-errors.js';
import { fsReasonRef } from '../fs-errors.js';
import { CLI_MESSAGES, cliError, englishOf, wordedIn } from '../messages-cli.js';
import { chooseLocale, localeOf, type Locale } from '../../core/i18n/locale.js';
import type { MessageCatalogue } from '../../core/lint/messages.js';
import { lint } from '../../core/lint/engine.js';
import { rules } from '../../core/rules/index.js';
import { schemaPath } from '../../core/schema.js';
import { readInput, writeFileExclusive, writeFileSafe, WriteRefused } from '../files.js';
import { loadCatalogue, loadTranslator } from '../messages.js';
import { chalkFor } from '../color.js';
import { useColor, type Io } from '../io.js';
import { version } from '../context.js';
import { dayShown, useCatalog } from '../../core/init/words.js';
import { CATALOG_MESSAGES } from '../../core/catalog/labels.js';
import type { InitFlags } from './init.js';
import { fileDraft, loadDraft, removeDraft } from './init-draft.js';

export async function initCommand(file: string, flags: InitFlags, io: Io): Promise<number> {
  // The language, as every command chooses it (a strategy being written has no locale: key yet).
  const locale = chooseLocale({ flag: flags.locale, env: io.env });
  useTranslator(await loadTranslator(INIT_MESSAGES, 'init', locale));
  useCatalog(await loadTranslator(CATALOG_MESSAGES, 'catalog', locale));
  try {
    // The CLI's sentences that complete the wizard's (what the system said when a file could not be written).
    const cli = locale === 'en' ? undefined : await loadTranslator(CLI_MESSAGES, 'cli', locale);
    const worded = (message: MessageRef) => (cli ? wordedIn(cli, message) : englishOf(message));
    return await init(file, flags, io, locale, await loadCatalogue(locale), worded);
  } finally {
    useTranslator();
    useCatalog();
  }
}

async function init(file: string, flags: InitFlags, io: Io, locale: Locale, messages: MessageCatalogue | undefined, worded: (message: MessageRef) => string): Promise<number> {
  // "-" writes the strategy to standard output, and what would be said about it to standard error.
  const toStdout = file === '-';
  const target = resolve(io.cwd, toStdout ? 'strategy.yaml' : file);
  if (!toStdout) refuseToOverwrite(target, file, flags.force);
  const interactive = !flags.yes && io.stdinIsTTY && io.stdoutIsTTY;
  if (!interactive && !flags.yes && !flags.answers) throw initError('init.notTerminal');
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
  if (ask) say(`${t('run.drafting', { file: toStdout ? t('run.drafting.stdout') : file })}\n\n`);
  try {
    if (stored && flags.resume) kept = stored.answers;
    else if (stored && ask) {
      const when = stored.savedAt.replace('T', ' ').slice(0, 16);
      const resume = question<boolean>({ key: 'resume', type: 'confirm', message: t('resume.q', { file, when: dayShown(when.slice(0, 10)) + when.slice(10), count: Object.keys(stored.answers).length }), default: true, read: (raw) => ({ value: raw === true }) });
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
      today: day, given, preset: suggested, systemLocale: systemLocale(io.env, locale), language: locale === 'en' ? undefined : locale, file,
      summarize: (current) => summarize(current, check(current, target, 'strategy.yaml', messages).result.diagnostics),
    });
  } catch (error) {
    if (error instanceof Error && error.name === 'PromptCancelled') return cancelled(io, Object.keys(draft.answers).length > 0, file);
    throw error;
  }

  // 2. The file, checked under the recommended rules before it is written.
  const { text, result } = check(answers, target, toStdout ? '<stdout>' : file, messages);
  if (result.errorCount) {
    const errors = result.diagnostics.filter((d) => d.severity === 'error').map((d) => `  ${d.line}:${d.column} ${d.message} (${d.ruleId})`);
    // Answers given ahead that the readers let through: the person's answers, not mcm, are at fault.
    if (!interactive) throw initError('init.draft.invalid', { source: answersFile?.name ?? 'mcm init', errors: result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message).join(' ') });
    throw new Error(`${t('run.lint.errors')}\n${errors.join('\n')}`);
  }
  if (toStdout) {
    io.stdout(text);
  } else {
    writeStrategy(target, file, text, flags.force);
  }
  removeDraft(target, io.env);
  // The modeline must resolve offline: without an installed package to point into, the schema goes next to the file.
  const schemaNote = modelineFor(target) === `./${LOCAL_SCHEMA}` ? placeSchema(toStdout ? undefined : join(dirname(target), LOCAL_SCHEMA), worded) : '';

  // 3. What was written, what lint says about it, and what to do next.
  const c = chalkFor(color);
  const stages = answers.funnel.length;
  say(`${c.green('✔')} ${t('run.wrote', { file: toStdout ? t('run.wrote.stdout') : file, personas: answers.personas.length, channels: answers.channels.length, stages })}\n`);
  if (schemaNote) say(schemaNote);
  if (result.diagnostics.length) {
    say(`\n${t('run.lint.says')}\n${stylish([result], { color, cwd: io.cwd, version, messages })}`);
  }
  if (toStdout) return 0;
  const named = file === 'strategy.yaml' ? '' : ` ${file}`;
  // A strategy that names its language is briefed in it without being told.
  const lang = locale === 'en' || buildStrategy(answers).locale === locale ? '' : ` --locale ${locale}`;
  const steps: [string, string][] = [[`mcm lint${named}`, t('run.next.lint')], [`mcm brief${named}${lang}`, t('run.next.brief')]];
  const width = Math.max(...steps.map(([command]) => command.length));
  io.stdout(`\n${t('run.next')}\n${steps.map(([command, why]) => `  ${command.padEnd(width)}   ${why}\n`).join('')}`);
  return 0;
}

/** Writes the schema file the modeline names, unless one is there already; says what editors need. */
function placeSchema(path: string | undefined, worded: (message: MessageRef) => string): string {
  if (!path) return `${t('run.schema.stdout', { schema: LOCAL_SCHEMA })}\n`;
  if (lstatSync(path, { throwIfNoEntry: false })) return '';
  try {
    writeFileExclusive(path, readFileSync(schemaPath, 'utf8'));
    return `${t('run.schema.written', { schema: LOCAL_SCHEMA })}\n`;
  } catch (error) {
    return `${t('run.schema.failed', { schema: LOCAL_SCHEMA, reason: worded(fsReasonRef(error)) })}\n`;
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
    // cliError, not initError: the reason is a sentence of the CLI's table, which the English needs too.
    if (error instanceof WriteRefused) throw cliError('init.cannotWrite', { file, reason: error.reasonRef });
    if (error instanceof UserError) throw error;
    throw cliError('init.cannotWrite', { file, reason: fsReasonRef(error) });
  }
}

/** Where the modeline of a file at `target` points: the installed package's schema, or the copy next to the file. */
function modelineFor(target: string): string {
  return schemaReference(target, fileURLToPath(schemaPath), `./${LOCAL_SCHEMA}`, existsSync);
}

/** The file the answers make, and what lint says about it. */
function check(answers: Answers, target: string, shown = 'strategy.yaml', messages?: MessageCatalogue) {
  const text = renderStrategy(buildStrategy(answers), modelineFor(target));
  return { text, result: lint(text, { file: shown, messages }) };
}

function cancelled(io: Io, kept: boolean, file = 'strategy.yaml'): number {
  const named = file === 'strategy.yaml' ? '' : ` ${file}`;
  io.stderr(`${kept ? t('run.stopped', { file: named }) : t('run.cancelled')}\n`);
  return 130;
}

/** Where a language is spoken first, for the place suggested when the system names no region of it. */
const HOME: Record<Locale, string | undefined> = { en: undefined, uk: 'uk-UA', pl: 'pl-PL', ru: 'ru-RU', ga: 'ga-IE' };

/**
 * The person's language and region, from the variables chooseLocale() reads (LC_ALL, LC_MESSAGES, LANG), else
 * the runtime's; when the wizard speaks a language the system's region does not, that language's home.
 */
function systemLocale(env: Record<string, string | undefined>, language: Locale): string | undefined {
  const raw = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value?.trim());
  const tags = [raw && /^[a-z]{2,3}_[A-Z]{2}/.test(raw) ? raw.replace(/[.@].*$/, '').replace('_', '-') : undefined, Intl.DateTimeFormat().resolvedOptions().locale];
  const tag = tags.find((value) => value && /^[a-z]{2,3}-[A-Z]{2}$/.test(value));
  if (language === 'en') return tag;
  return tag && localeOf(tag) === language ? tag : HOME[language];
}

function refuseToOverwrite(target: string, file: string, force: boolean | undefined): void {
  const stat = statSync(target, { throwIfNoEntry: false });
  if (stat?.isDirectory()) throw initError('init.folder', { file, suggestion: file.replace(/\/+$/, '') });
  if ((stat || lstatSync(target, { throwIfNoEntry: false })) && !force) throw initError('init.exists', { file });
}

/** The answers given as flags, each at its answers-file key. */
function answerFlags(flags: InitFlags): { flag: string; path: string[]; value: unknown }[] {
  return ANSWER_FLAGS.flatMap(({ flag, key }) => {
    const value = flags[flag.slice(2).replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())];
    return value === undefined ? [] : [{ flag, path: key.split('.'), value }];
  });
}

async function read(file: string, cwd: string, timeoutMs?: number): Promise<string> {
  return (await readInput(resolve(cwd, file), { shown: file, what: 'the answers file', timeoutMs, missing: initError('init.answersMissing', { file }) })).toString('utf8');
}

/** Today in the local time zone, YYYY-MM-DD: deadlines are days where the user is. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

