import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import type { Io } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { rules } from '../../src/core/rules/index.js';
import { specExample } from '../helpers.js';

const bin = new URL('../../bin/mcm.js', import.meta.url).pathname;
const sandboxes: string[] = [];
afterAll(() => sandboxes.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const sandbox = () => {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'mcm-robust-')));
  sandboxes.push(dir);
  return dir;
};

/** Every entry under a folder, links not followed: file contents and link targets. */
function snapshot(dir: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const name of readdirSync(dir, { recursive: true }).map(String)) {
    const path = join(dir, name);
    const stat = lstatSync(path);
    entries.set(path, stat.isSymbolicLink() ? `link ${readlinkSync(path)}` : stat.isFile() ? `file ${readFileSync(path, 'utf8')}` : 'folder');
  }
  return entries;
}

function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter((path) => before.get(path) !== after.get(path)).sort();
}

/** The SPEC example with other channel and persona ids, renamed everywhere they are referred to. */
function withIds(channelIds: string[], personaId: string): string {
  const strategy = parse(specExample) as {
    personas: { id: string; preferred_channels: string[] }[];
    channels: { id: string; personas: string[] }[];
    funnel: { channels: string[] }[];
    journeys: { persona: string; steps: { channel: string }[] }[];
  };
  const renamed = new Map(strategy.channels.map((c, i) => [c.id, channelIds[i] ?? c.id]));
  const channel = (id: string) => renamed.get(id) ?? id;
  strategy.channels.forEach((c) => Object.assign(c, { id: channel(c.id), personas: c.personas.map(() => personaId) }));
  strategy.personas.forEach((p) => Object.assign(p, { id: personaId, preferred_channels: p.preferred_channels.map(channel) }));
  strategy.funnel.forEach((stage) => Object.assign(stage, { channels: stage.channels.map(channel) }));
  strategy.journeys.forEach((j) => Object.assign(j, { persona: personaId, steps: j.steps.map((s) => ({ ...s, channel: channel(s.channel) })) }));
  return stringify(strategy);
}

describe('mcm brief', () => {
  // Ids as the schema allows them, and as a configuration that turns every rule off lets through.
  const id = fc.oneof(
    fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,12}){0,3}$/),
    fc.constantFrom('..', '.', '../escape', '../../escape', '/tmp/escape', 'a/../../escape', 'channels/../../escape', '', ' ', 'a\\b', '%2e%2e'),
    fc.string({ maxLength: 12 }),
  );
  const out = fc.constantFrom('briefs', 'docs/briefs', '.', 'briefs/', '../work/briefs', 'ABSOLUTE');
  // Links a user (or an attacker's repository) may have left inside the output folder.
  const layout = fc.constantFrom('none', 'channels-link', 'overview-link', 'out-link');

  test('never writes outside --out, whatever the ids, the --out path and the links in it', async () => {
    let written = 0;
    await fc.assert(fc.asyncProperty(fc.array(id, { minLength: 3, maxLength: 3 }), id, out, layout, fc.boolean(), fc.boolean(), async (channelIds, personaId, outFlag, links, allOff, clean) => {
      const root = sandbox();
      const [work, outside] = [join(root, 'work'), join(root, 'outside')];
      mkdirSync(work);
      mkdirSync(join(outside, 'channels'), { recursive: true });
      writeFileSync(join(outside, 'keep.md'), 'not a brief');
      writeFileSync(join(work, 'strategy.yaml'), withIds(channelIds, personaId));
      if (allOff) writeFileSync(join(work, '.mcmrc.yaml'), stringify({ rules: Object.fromEntries(rules.map((r) => [r.id, 'off'])) }));
      const outPath = outFlag === 'ABSOLUTE' ? join(work, 'abs-briefs') : outFlag;
      const outDir = resolve(work, outPath);
      if (links === 'out-link' && !existsSync(outDir)) {
        mkdirSync(dirname(outDir), { recursive: true });
        symlinkSync(outside, outDir.replace(/\/$/, ''));
      }
      if (links === 'channels-link' || links === 'overview-link') mkdirSync(outDir, { recursive: true });
      if (links === 'channels-link') symlinkSync(join(outside, 'channels'), join(outDir, 'channels'));
      if (links === 'overview-link') symlinkSync(join(outside, 'keep.md'), join(outDir, 'overview.md'));
      const before = snapshot(root);

      const io: Io = { stdout: () => {}, stderr: () => {}, readStdin: async () => Buffer.alloc(0), cwd: work, env: {}, stdoutIsTTY: false, stdinIsTTY: false };
      const code = await run(['brief', '--out', outPath, ...(clean ? ['--clean'] : [])], io);
      if (code === 0) written++;

      // Inside --out means inside the folder it really is, once links are followed.
      const allowed = existsSync(outDir) ? realpathSync(outDir) : outDir;
      const after = snapshot(root);
      const escaped = changed(before, after).filter((path) => {
        const where = join(realpathSync(dirname(path)), basename(path));
        const inside = !relative(allowed, where).startsWith('..');
        // Creating --out makes its missing parent folders too.
        const parent = after.get(path) === 'folder' && !relative(where, allowed).startsWith('..');
        return !inside && !parent;
      });
      expect({ code: [0, 1, 2].includes(code), escaped }).toEqual({ code: true, escaped: [] });
    }), { numRuns: 80 });
    // The property says something only if briefs were written in a good share of the runs (links out of the
    // folder are refused, so about a third of the runs write; 8 of 80 leaves room for the seed).
    expect(written).toBeGreaterThanOrEqual(8);
  }, 120_000);
});

describe('mcm init', () => {
  const schemaText = readFileSync(new URL('../../schemas/strategy.schema.json', import.meta.url), 'utf8');
  const complete = (() => {
    const dir = sandbox();
    spawnSync(process.execPath, [bin, 'init', 'strategy.yaml', '--yes'], { cwd: dir });
    return readFileSync(join(dir, 'strategy.yaml'), 'utf8');
  })();

  test('never leaves a partial file when interrupted, whether it writes a new file or replaces one', async () => {
    const outcomes = new Set<string>();
    const signal = fc.constantFrom<NodeJS.Signals>('SIGINT', 'SIGTERM', 'SIGHUP', 'SIGKILL');
    // Most kills land while Node starts or mcm loads; some while it writes; the late ones come after it is done.
    const delay = fc.oneof(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 400, max: 3000 }));
    await fc.assert(fc.asyncProperty(delay, signal, fc.boolean(), async (delay, kill, replace) => {
      const dir = sandbox();
      if (replace) writeFileSync(join(dir, 'strategy.yaml'), 'name: the previous strategy\n');
      const child = spawn(process.execPath, [bin, 'init', 'strategy.yaml', '--yes', ...(replace ? ['--force'] : [])], { cwd: dir, stdio: 'ignore' });
      const timer = setTimeout(() => child.kill(kill), delay);
      await new Promise((done) => child.on('exit', done));
      clearTimeout(timer);
      const target = join(dir, 'strategy.yaml');
      const now = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
      const allowed = replace ? ['name: the previous strategy\n', complete] : [undefined, complete];
      outcomes.add(now === complete ? 'written' : 'interrupted');
      // After the strategy, init writes the schema its modeline names next to it; a kill may land in between.
      const schemaFile = join(dir, 'strategy.schema.json');
      const schema = existsSync(schemaFile) ? readFileSync(schemaFile, 'utf8') : undefined;
      // A kill between writing a hidden temporary file and linking or renaming it can leave that file; never a visible one.
      const visible = readdirSync(dir).filter((name) => !/^\.strategy\.(yaml|schema\.json)\.[0-9a-f]+\.tmp$/.test(name));
      expect({ whole: allowed.includes(now), schema: schema === undefined || (schema === schemaText && now === complete), visible }).toEqual({
        whole: true,
        schema: true,
        visible: now === undefined ? [] : schema === undefined ? ['strategy.yaml'] : ['strategy.schema.json', 'strategy.yaml'],
      });
    }), { numRuns: 16 });
    expect([...outcomes].sort()).toEqual(['interrupted', 'written']);
  }, 120_000);
});
