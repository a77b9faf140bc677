import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, type IPty } from 'node-pty';
import { afterEach, describe, expect, test } from 'vitest';
import { typeChoices } from '../../src/core/init/suggest.js';
import { lint } from '../../src/core/lint/engine.js';

// mcm init in a real pseudo-terminal, driven keystroke by keystroke. Each step waits for its prompt to be
// on screen before typing, so the tests hold on a slow machine without any fixed sleep.

const bin = new URL('../../bin/mcm.js', import.meta.url).pathname;
const KEY = { enter: '\r', space: ' ', down: '\u001b[B', backspace: '\u007f', ctrlC: '\u0003' };
const WAIT = 20_000;
// Without FORCE_COLOR: Node warns when it is set next to NO_COLOR.
const { FORCE_COLOR: _force, ...plainEnv } = process.env;

// Cursor moves, colours and erasing: the text a person reads is what is left.
const strip = (text: string) => text.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, '').replace(/\u001b[()][A-Z0-9]/g, '').replace(/\r\n/g, '\n');

class Session {
  private readonly pty: IPty;
  private output = '';
  private seen = 0;
  readonly exit: Promise<number>;

  constructor(args: string[], cwd: string) {
    this.pty = spawn(process.execPath, [bin, ...args], { name: 'xterm', cols: 220, rows: 60, cwd, env: { ...plainEnv, NO_COLOR: '1' } });
    this.pty.onData((data) => {
      this.output += data;
    });
    this.exit = new Promise((resolve) => this.pty.onExit(({ exitCode }) => resolve(exitCode)));
  }

  /** Waits until `text` shows after what the previous step saw. */
  async waitFor(text: string): Promise<void> {
    const start = Date.now();
    for (;;) {
      const screen = strip(this.output);
      const at = screen.indexOf(text, this.seen);
      if (at !== -1) {
        this.seen = at + text.length;
        return;
      }
      if (Date.now() - start > WAIT) throw new Error(`"${text}" did not show within ${WAIT / 1000} s. The terminal showed:\n${screen.slice(this.seen)}`);
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
  }

  /** Waits for the prompt, then types. */
  async answer(prompt: string, ...keys: string[]): Promise<void> {
    await this.waitFor(`? ${prompt}`);
    this.type(...keys);
  }

  /** Types each key, one keystroke at a time. */
  type(...keys: string[]): void {
    for (const key of keys) for (const stroke of key.startsWith('\u001b') ? [key] : [...key]) this.pty.write(stroke);
  }

  text(): string {
    return strip(this.output);
  }

  kill(): void {
    this.pty.kill();
  }
}

const sessions: Session[] = [];
const start = (args: string[], cwd: string) => {
  const session = new Session(args, cwd);
  sessions.push(session);
  return session;
};
afterEach(() => {
  for (const session of sessions.splice(0)) session.kill();
});

const downTo = (values: string[], value: string, from = 0) => KEY.down.repeat(values.indexOf(value) - from);

describe('mcm init in a terminal', () => {
  test('a full session: two personas, four channels, a strategy that lints clean', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcm-init-pty-'));
    const s = start(['init'], dir);
    // 1. Name, goal, USP, approach, voice.
    await s.answer('What is the strategy or campaign called?', 'Sourdough subscriptions', KEY.enter);
    await s.answer('What is the one goal every channel serves?', 'Sign up 120 weekly bread subscribers before summer', KEY.enter);
    await s.answer('Which metric measures that goal?', 'subscribers', KEY.enter);
    await s.answer('What number should subscribers reach?', 'lots', KEY.enter);
    await s.waitFor('> The goal target must be a number, not "lots": write digits, like 400.');
    s.type(KEY.backspace.repeat(4), '120', KEY.enter);
    await s.answer('Where does subscribers stand today?', '35', KEY.enter);
    await s.answer('By when?', KEY.enter);
    await s.answer('What is your unique selling proposition', 'Baked at 4 am with local flour, on your doorstep by 8', KEY.enter);
    await s.answer('How do your channels work together?', KEY.down, KEY.enter);
    await s.answer('Which CRM connects your channels', 'Brevo', KEY.enter);
    await s.answer('Which words describe your brand voice?', 'warm, down-to-earth', KEY.enter);
    await s.answer('What is the one idea every message comes back to?', KEY.enter);
    // 2. Two personas.
    const b2c = typeChoices([], ['b2c']).filter((c) => c.value !== 'custom').map((c) => c.value);
    await s.answer('Persona 1: who is it?', 'Sofia, the home-office parent', KEY.enter);
    await s.answer('An id for "Sofia, the home-office parent"', KEY.enter);
    await s.answer('Is Sofia a consumer or a professional buyer?', KEY.enter);
    await s.answer('How old is Sofia?', '30-45', KEY.enter);
    await s.answer('Describe Sofia in a sentence.', 'Works from home and plans the family meals', KEY.enter);
    await s.answer('What does Sofia want?', 'fresh bread, no queue', KEY.enter);
    await s.answer('What frustrates Sofia today?', KEY.enter);
    await s.answer('Which channels does Sofia already use?', downTo(b2c, 'instagram'), KEY.space, downTo(b2c, 'email', b2c.indexOf('instagram')), KEY.space, KEY.enter);
    await s.answer('Add another persona?', 'y', KEY.enter);
    const b2b = typeChoices([], ['b2b']).filter((c) => c.value !== 'custom').map((c) => c.value);
    await s.answer('Persona 2: who is it?', 'Karim, the café owner', KEY.enter);
    await s.answer('An id for "Karim, the café owner"', KEY.enter);
    await s.answer('Is Karim a consumer or a professional buyer?', KEY.down, KEY.enter);
    await s.answer('How old is Karim?', '35-55', KEY.enter);
    await s.answer('Describe Karim in a sentence.', KEY.enter);
    await s.answer('What does Karim want?', KEY.enter);
    await s.answer('What frustrates Karim today?', 'late deliveries', KEY.enter);
    await s.answer('Which channels does Karim already use?', downTo(b2b, 'website'), KEY.space, KEY.enter);
    await s.answer('Add another persona?', KEY.enter);
    // 3. Channels: the three preferred ones are checked; add the shop counter.
    const channelTypes = typeChoices([
      { id: 'sofia', name: 'Sofia', segment: 'b2c', motivations: [], pain_points: [], preferred_channels: ['instagram', 'email'] },
      { id: 'karim', name: 'Karim', segment: 'b2b', motivations: [], pain_points: [], preferred_channels: ['website'] },
    ], ['b2c', 'b2b']).map((c) => c.value);
    expect(channelTypes.slice(0, 3)).toEqual(['instagram', 'email', 'website']);
    await s.answer('Which channels will carry the message?', downTo(channelTypes, 'retail-store'), KEY.space, KEY.enter);
    const names: [string, string][] = [['Instagram', ''], ['Email', ''], ['Website', 'Online shop'], ['Retail store', 'The bakery counter']];
    for (const [type, name] of names) {
      await s.answer(`${type}: an id for this channel`, KEY.enter);
      await s.answer('What does your team call', name, KEY.enter);
      await s.answer('Whom does', KEY.enter);
      await s.answer('Who runs', KEY.enter);
    }
    // 4. Funnel: the catalog's suggestions.
    for (const stage of ['awareness', 'consideration', 'conversion', 'retention', 'advocacy']) {
      await s.answer(`Funnel, ${stage}: which channels serve this stage?`, KEY.enter);
      await s.answer(`What should happen at the ${stage} stage?`, KEY.enter);
    }
    // 5. Content.
    await s.answer('"instagram": which content format?', KEY.enter);
    await s.answer('"instagram": the message', 'Still warm at 8 am: this week it is a seeded rye. Which loaf next?', KEY.enter);
    await s.answer('"instagram": the call to action?', 'Follow for the weekly loaf', KEY.enter);
    await s.answer('"instagram": which of your brand voice words sets its tone?', KEY.enter);
    await s.answer('"email": which content format?', KEY.down, KEY.enter);
    await s.answer('"email": the message', 'Your bread every Friday, no queue. Skip or pause a week whenever you like.', KEY.enter);
    await s.answer('"email": the subject line?', 'Fresh bread, every Friday', KEY.enter);
    await s.answer('"email": the call to action?', 'Start my subscription', KEY.enter);
    await s.answer('"email": which of your brand voice words sets its tone?', KEY.enter);
    await s.answer('"website": which content format?', KEY.enter);
    await s.answer('"website": the message', 'Choose your loaves, your day and your doorstep: we bake at 4 and deliver by 8.', KEY.enter);
    await s.answer('"website": the call to action?', 'Subscribe', KEY.enter);
    await s.answer('"website": which of your brand voice words sets its tone?', KEY.down, KEY.enter);
    await s.answer('"retail-store": which content format?', KEY.enter);
    await s.answer('"retail-store": the message', 'Taste this week\'s loaf at the counter and ask for a subscription card.', KEY.enter);
    await s.answer('"retail-store": the call to action?', 'Ask for a card', KEY.enter);
    await s.answer('"retail-store": which of your brand voice words sets its tone?', KEY.enter);
    // 6. KPIs: the catalog's suggestions, one target typed.
    for (const channel of ['instagram', 'email', 'website', 'retail-store']) {
      await s.answer(`"${channel}": which KPIs measure it?`, KEY.enter);
      await s.answer(`"${channel}": target for`, channel === 'instagram' ? '5000' : '', KEY.enter);
      await s.answer(`"${channel}": where does`, KEY.enter);
      await s.answer(`"${channel}": target for`, KEY.enter);
      await s.answer(`"${channel}": where does`, KEY.enter);
    }
    // 7. Budget, split evenly by default.
    await s.answer('What is the total budget for all channels?', '3000', KEY.enter);
    await s.answer('In which currency?', KEY.enter);
    for (const channel of ['instagram', 'email', 'website', 'retail-store']) await s.answer(`Budget for "${channel}"?`, KEY.enter);

    await s.waitFor('✔ Wrote strategy.yaml: 2 personas, 4 channels, 5 funnel stages.');
    expect(await s.exit).toBe(0);
    const text = readFileSync(join(dir, 'strategy.yaml'), 'utf8');
    expect(lint(text).errorCount).toBe(0);
    expect(text).toContain('\napproach: cross-channel\n');
    expect(text).toContain('\nstack:\n  crm: Brevo\n');
    expect(text).toContain('  - id: karim-the-cafe-owner\n    name: Karim, the café owner\n    segment: b2b\n    age: {min: 35, max: 55}\n    pain_points: [late deliveries]\n    preferred_channels: [website]\n');
    expect(text).toContain('      - {metric: reach, target: 5000}\n');
    expect(text).toContain('  - id: website\n    type: website\n    name: Online shop\n    personas: [karim-the-cafe-owner]\n    budget: 750\n');
    expect(text).toContain('      headline: Fresh bread, every Friday\n');
    expect(s.text()).toContain('Next:\n  mcm lint    check it again after each edit');
  }, 120_000);

  test('Ctrl-C at a prompt exits 130 with one line, and leaves no file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcm-init-pty-'));
    const first = start(['init'], dir);
    await first.answer('What is the strategy or campaign called?', 'Half a na', KEY.ctrlC);
    expect(await first.exit).toBe(130);
    expect(first.text()).toMatch(/\nmcm init cancelled: nothing was written\.\s*$/);

    const later = start(['init', 'plans/q3.yaml'], dir);
    const suggested = ['What is the strategy or campaign called?', 'What is the one goal', 'Which metric measures that goal?', 'What number should', 'Where does', 'By when?',
      'What is your unique selling proposition', 'How do your channels work together?', 'Which words describe your brand voice?', 'What is the one idea'];
    for (const prompt of suggested) await later.answer(prompt, KEY.enter);
    await later.answer('Persona 1: who is it?', KEY.enter);
    await later.answer('An id for', KEY.enter);
    await later.answer('Is Emma a consumer or a professional buyer?', KEY.down, KEY.ctrlC);
    expect(await later.exit).toBe(130);
    expect(readdirSync(dir)).toEqual([]);
  }, 60_000);

  test('an existing file without --force: exit 2 before any question', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcm-init-pty-'));
    writeFileSync(join(dir, 'strategy.yaml'), 'mine\n');
    const s = start(['init'], dir);
    await s.waitFor('mcm: strategy.yaml already exists, and mcm init never replaces a file unasked. Name another file (mcm init new-strategy.yaml), or add --force to replace it.');
    expect(await s.exit).toBe(2);
    expect(s.text()).not.toContain('?');
    expect(readFileSync(join(dir, 'strategy.yaml'), 'utf8')).toBe('mine\n');
  }, 30_000);
});
