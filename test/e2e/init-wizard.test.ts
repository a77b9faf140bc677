import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { lint } from '../../src/core/lint/engine.js';
import { KEY, Session } from './pty-session.js';

// The wizard as a marketer at a language school uses it: keystroke by keystroke in a real terminal.

const sessions: Session[] = [];
afterEach(() => {
  for (const session of sessions.splice(0)) session.kill();
});

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'mcm-wizard-'));
  const state = join(dir, 'state');
  const start = (args: string[] = ['init']) => {
    const session = new Session(args, dir, { XDG_STATE_HOME: state });
    sessions.push(session);
    return session;
  };
  const drafts = () => (existsSync(join(state, 'mcm', 'drafts')) ? readdirSync(join(state, 'mcm', 'drafts')) : []);
  return { dir, start, drafts };
}

// Next year, so that every date is ahead whatever day the tests run.
const Y = new Date().getFullYear() + 1;

const MESSAGES: Record<string, string> = {
  Facebook: 'Speak English at work in six months: small evening groups, and the first lesson is free.',
  Instagram: 'Meet the teachers: swipe through one evening at our school, from warm-up to the last laugh.',
  'Google Ads search': 'English courses for adults and teens in small groups. Book a free first lesson.',
  Website: 'Pick a group that fits your level and your evenings, then book a free first lesson online.',
  Email: 'This month: one phrase for meetings, one student story, and the new evening groups.',
};
const HEADLINES: Record<string, [string, string]> = { 'Google Ads search': ['headline', 'English in small groups'], Email: ['subject line', 'Your English for the month'] };
const CHANNELS = ['Facebook', 'Instagram', 'Google Ads search', 'Website', 'Email'];

/** The business, goal and brand of the language school, taking every suggestion offered. */
async function business(s: Session) {
  await s.answer('What kind of business is it?', KEY.down.repeat(3), KEY.enter);
  await s.answer('Where is the business, and which language do its customers read?', 'Poland', KEY.enter);
  await s.answer('What is the strategy or campaign called?', 'Autumn enrolment', KEY.enter);
  await s.answer('What is the one goal every channel serves?', `Enrol 200 new students by 30 Sept ${Y}`, KEY.enter);
  await s.answer('What number tells you the goal is reached?', KEY.enter);
  await s.answer('How many enrolments by the end? (200)', KEY.enter);
  await s.answer('And how many enrolments today?', KEY.enter);
  await s.answer('When does the strategy run?', KEY.enter);
  await s.answer('Why do customers pick you over the alternatives?', 'Small groups and a free first lesson', KEY.enter);
  await s.answer('How do your channels work together?', KEY.enter);
}

async function persona(s: Session, n: number, name: string, age: string, wants: string, frustrations: string) {
  await s.answer(`Persona ${n}: who is it?`, name, KEY.enter);
  const short = name.split(',')[0]!;
  await s.answer(`How old is ${short}?`, age, KEY.enter);
  await s.answer(`What does ${short} want?`, wants, KEY.enter);
  await s.answer(`What frustrates ${short} today?`, frustrations, KEY.enter);
  await s.answer(`Which channels does ${short} already use?`, KEY.enter);
}

/** Each channel in turn: its audience, stages, format, message, headline, call to action and KPIs. */
async function channels(s: Session, kpis: Record<string, string> = {}, personas = true) {
  for (const name of CHANNELS) {
    if (personas) await s.answer(`${name}: whom does it speak to?`, KEY.enter);
    await s.answer(`${name}: which funnel stages does it serve?`, KEY.enter);
    if (name !== 'Google Ads search') await s.answer(`${name}: which content format?`, KEY.enter);
    await s.answer(`${name}: the message, as it will be published?`, MESSAGES[name]!, KEY.enter);
    if (HEADLINES[name]) await s.answer(`${name}: the ${HEADLINES[name]![0]}?`, HEADLINES[name]![1], KEY.enter);
    await s.answer(`${name}: the call to action?`, KEY.enter);
    await s.answer(`${name}: which KPIs measure it, and their targets?`, ...(kpis[name] ? [kpis[name]!] : []), KEY.enter);
  }
}

describe('mcm init, the wizard', () => {
  test('a language school with two personas and five channels, taking the suggestions: at most 60 prompts, and a file that lints clean', async () => {
    const { dir, start, drafts } = setup();
    const s = start();
    await business(s);
    await s.answer('Which words describe your brand voice? — two or three words, comma-separated (encouraging, clear)', KEY.enter);
    await persona(s, 1, 'Anna, the young professional', '25-35', 'English for work, evening classes', 'no time, dull textbooks');
    await s.answer('Add another persona? (Y/n)', KEY.enter);
    await persona(s, 2, 'Marek, the exam-year teenager', '16-19', 'pass the exam', 'grammar drills');
    await s.answer('Add another persona? (y/N)', KEY.enter);
    await s.answer('Which channels will carry the message?', KEY.enter);
    await s.waitFor('✔ Which channels will carry the message? Facebook, Instagram, Google Ads search (ppc-search), Website, Email');
    await channels(s);
    await s.answer(`Which channels run for the whole period, ${Y}-`, KEY.enter);
    await s.answer('What is the total budget for these channels?', '12 000 zł', KEY.enter);
    await s.waitFor('12 000 zł → 12000 PLN');
    await s.answer('How does the budget split across the channels?', KEY.enter);
    await s.waitFor('mcm lint finds nothing to change.');
    await s.answer('Write the strategy, or change something first?', KEY.enter);
    await s.waitFor('✔ Wrote strategy.yaml: 2 personas, 5 channels, 4 funnel stages.');
    expect(await s.exit).toBe(0);

    console.log(`language school: ${s.prompts} prompts`);
    expect(s.prompts).toBeLessThanOrEqual(60);
    const text = readFileSync(join(dir, 'strategy.yaml'), 'utf8');
    const result = lint(text);
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    const strategy = parse(text);
    expect(strategy.goal).toEqual({ statement: `Enrol 200 new students by 30 Sept ${Y}`, metric: 'enrolments', target: 200, deadline: `${Y}-09-30` });
    expect(strategy.locale).toBe('pl');
    expect(strategy.budget).toEqual({ total: 12000, currency: 'PLN' });
    expect(strategy.channels.map((c: { id: string }) => c.id)).toEqual(['facebook', 'instagram', 'google-ads-search', 'website', 'email']);
    expect(strategy.personas.map((p: { id: string }) => p.id)).toEqual(['anna', 'marek']);
    expect(strategy.channels.every((c: { schedule: unknown }) => JSON.stringify(c.schedule) === JSON.stringify([strategy.period]))).toBe(true);
    expect(strategy.period.end).toBe(`${Y}-09-30`);
    // No question asks for an id or speaks of snake_case.
    const questions = s.text().split('\n').filter((line) => line.startsWith('? ')).map((line) => line.replace(/ \(.*$/, ''));
    expect(questions.filter((q) => /\bids?\b|snake_case|[a-z]_[a-z]/i.test(q))).toEqual([]);
    expect(drafts()).toEqual([]);
  }, 180_000);

  test('answers in the words people use are read and shown back, and land converted in the file', async () => {
    const { dir, start } = setup();
    const s = start();
    await s.answer('What kind of business is it?', KEY.down.repeat(3), KEY.enter);
    await s.answer('Where is the business, and which language do its customers read?', 'Ireland, English', KEY.enter);
    await s.waitFor('Ireland, English → Ireland · EUR · English');
    await s.answer('What is the strategy or campaign called?', 'Language school plan', KEY.enter);
    await s.answer('What is the one goal every channel serves?', 'Enrol 1,500 students across all courses', KEY.enter);
    await s.answer('What number tells you the goal is reached?', 'Course enrolments', KEY.enter);
    await s.waitFor('Course enrolments → course_enrolments');
    await s.answer('How many course enrolments by the end?', '1,500', KEY.enter);
    await s.waitFor('1,500 → 1500');
    await s.answer('And how many course enrolments today?', '900', KEY.enter);
    await s.answer('When does the strategy run?', `1 Jan ${Y} to 30 Sept ${Y}`, KEY.enter);
    await s.waitFor(`→ ${Y}-01-01 to ${Y}-09-30`);
    await s.answer('Why do customers pick you over the alternatives?', 'Small groups and a free first lesson', KEY.enter);
    await s.answer('How do your channels work together?', KEY.enter);
    await s.answer('Which words describe your brand voice?', KEY.enter);
    await persona(s, 1, 'Anna, the young professional', '25 to 35', 'English for work', 'no time');
    await s.answer('Add another persona?', KEY.enter);
    await persona(s, 2, 'Marek, the exam-year teenager', '16-19', 'pass the exam', 'grammar drills');
    await s.answer('Add another persona?', KEY.enter);
    await s.answer('Which channels will carry the message?', KEY.enter);
    await channels(s, { Email: 'open rate 35%; click rate 4%', Website: 'conversion rate 3%; sessions 1 500; course enrolments 1,500' });
    await s.waitFor('open rate 35%; click rate 4% → open_rate: 0.35 · click_rate: 0.04');
    await s.answer(`Which channels run for the whole period, ${Y}-01-01 to ${Y}-09-30?`, KEY.down, KEY.space, KEY.enter);
    await s.answer('Instagram: when does it run?', `1.02.${Y} - 30.09.${Y}`, KEY.enter);
    await s.answer('What is the total budget for these channels?', '1.500,00 zł', KEY.enter);
    await s.waitFor('1.500,00 zł → 1500 PLN');
    await s.answer('How does the budget split across the channels?', 'Facebook 300; Instagram 300; Google Ads 400; Website 300; Email 200', KEY.enter);
    await s.answer('Write the strategy, or change something first?', KEY.enter);
    await s.waitFor('✔ Wrote strategy.yaml');
    expect(await s.exit).toBe(0);

    expect(s.text()).toContain('✔ How old is Anna? 25 to 35 → {min: 25, max: 35}');
    const text = readFileSync(join(dir, 'strategy.yaml'), 'utf8');
    expect(lint(text).errorCount).toBe(0);
    const strategy = parse(text);
    expect(strategy.goal).toEqual({ statement: 'Enrol 1,500 students across all courses', metric: 'course_enrolments', target: 1500, baseline: 900, deadline: `${Y}-09-30` });
    expect(strategy.period).toEqual({ start: `${Y}-01-01`, end: `${Y}-09-30` });
    expect(strategy.locale).toBe('en');
    expect(strategy.personas.map((p: { age: unknown }) => p.age)).toEqual([{ min: 25, max: 35 }, { min: 16, max: 19 }]);
    const byId = Object.fromEntries(strategy.channels.map((c: { id: string }) => [c.id, c]));
    expect(byId.email.kpis).toEqual([{ metric: 'open_rate', target: 0.35 }, { metric: 'click_rate', target: 0.04 }]);
    expect(byId.website.kpis).toEqual([{ metric: 'conversion_rate', target: 0.03 }, { metric: 'sessions', target: 1500 }, { metric: 'course_enrolments', target: 1500 }]);
    expect(byId.instagram.schedule).toEqual([{ start: `${Y}-02-01`, end: `${Y}-09-30` }]);
    expect(byId.facebook.schedule).toEqual([{ start: `${Y}-01-01`, end: `${Y}-09-30` }]);
    expect(strategy.budget).toEqual({ total: 1500, currency: 'PLN' });
    expect(strategy.channels.map((c: { budget: number }) => c.budget)).toEqual([300, 300, 400, 300, 200]);
  }, 180_000);

  test('Ctrl-C after ten answers keeps them; the next start offers to go on, and asks only what is left', async () => {
    const { dir, start, drafts } = setup();
    const first = start();
    await business(first);
    expect(first.prompts).toBe(10);
    await first.answer('Which words describe your brand voice?', KEY.ctrlC);
    expect(await first.exit).toBe(130);
    expect(first.text()).toMatch(/\nmcm init stopped: nothing was written; your answers are kept\. Run mcm init --resume to go on\.\s*$/);
    expect(readdirSync(dir).sort()).toEqual(['state']);
    expect(drafts()).toHaveLength(1);

    const again = start();
    await again.answer('You left strategy.yaml unfinished on', KEY.enter);
    await again.answer('Which words describe your brand voice?', KEY.enter);
    // Nothing answered before is asked again.
    expect(again.text()).not.toContain('? What kind of business is it?');
    expect(again.text()).not.toContain('? Why do customers pick you');
    await persona(again, 1, 'Anna, the young professional', '25-35', 'English for work', 'no time');
    await again.answer('Add another persona?', 'n', KEY.enter);
    await again.answer('Which channels will carry the message?', KEY.enter);
    await channels(again, {}, false);
    await again.answer('Which channels run for the whole period', KEY.enter);
    await again.answer('What is the total budget for these channels?', KEY.enter);
    await again.answer('Write the strategy, or change something first?', KEY.enter);
    await again.waitFor('✔ Wrote strategy.yaml: 1 persona, 5 channels');
    expect(await again.exit).toBe(0);
    const strategy = parse(readFileSync(join(dir, 'strategy.yaml'), 'utf8'));
    expect([strategy.name, strategy.usp, strategy.goal.metric]).toEqual(['Autumn enrolment', 'Small groups and a free first lesson', 'enrolments']);
    expect(drafts()).toEqual([]);
  }, 180_000);
});
