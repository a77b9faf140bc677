import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn as spawnPty } from 'node-pty';
import { describe, expect, test } from 'vitest';
import { specExample } from '../helpers.js';
import { STACK_LINE } from './corpus.js';

// What a careless user, a CI system or a flaky machine does to mcm, through the built binary. Devices, FIFOs
// and links are made inside a temporary folder: no test touches a real system device or folder.

const bin = new URL('../../bin/mcm.js', import.meta.url).pathname;

function mcm(cwd: string, args: string[], options: { input?: string | Buffer; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd, input: options.input, encoding: 'utf8', timeout: 60_000,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...options.env },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function sh(cwd: string, script: string) {
  const result = spawnSync('bash', ['-c', script], { cwd, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1', MCM: `${process.execPath} ${bin}` } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function workspace(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'mcm-hurt-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const device = (path: string, major: number, minor: number) => spawnSync('mknod', [path, 'c', String(major), String(minor)]).status === 0;
const fifo = (path: string) => spawnSync('mkfifo', [path]).status === 0;
const noTrace = (text: string) => expect(STACK_LINE.test(text) || /internal error/i.test(text)).toBe(false);

describe('--output replaces only a regular file the user named', () => {
  test('a device node stays a device, and gets the report written through it', () => {
    const dir = workspace({ 's.yaml': specExample });
    expect(device(join(dir, 'null'), 1, 3)).toBe(true);
    expect(mcm(dir, ['lint', 's.yaml', '-o', 'null'])).toEqual({ code: 0, out: '', err: '' });
    expect(statSync(join(dir, 'null')).isCharacterDevice()).toBe(true);
  });

  test('a FIFO nothing reads is refused and stays a FIFO; one that is read gets the report', async () => {
    const dir = workspace({ 's.yaml': specExample });
    expect(fifo(join(dir, 'pipe'))).toBe(true);
    expect(mcm(dir, ['lint', 's.yaml', '-o', 'pipe'])).toEqual({
      code: 2, out: '', err: 'mcm: Cannot write the report to "pipe": it is a pipe (FIFO) that nothing reads: start the reader first, or name a regular file.\n',
    });
    expect(statSync(join(dir, 'pipe')).isFIFO()).toBe(true);
    const read = sh(dir, 'cat pipe > got.txt & sleep 0.5; $MCM lint s.yaml -o pipe; echo "status $?"; wait; cat got.txt');
    expect(read.out).toBe('status 0\n✔ No problems found in 1 file.\n');
    expect(statSync(join(dir, 'pipe')).isFIFO()).toBe(true);
  });

  test('a link to a regular file in the folder is followed; a link out of it, or to a device, is refused', () => {
    const outside = workspace({ 'victim.txt': 'keep\n' });
    const dir = workspace({ 's.yaml': specExample, 'report.txt': 'old\n' });
    symlinkSync('report.txt', join(dir, 'inside'));
    symlinkSync(join(outside, 'victim.txt'), join(dir, 'outside'));
    expect(device(join(dir, 'null'), 1, 3)).toBe(true);
    symlinkSync('null', join(dir, 'to-device'));
    expect(mcm(dir, ['lint', 's.yaml', '-o', 'inside']).code).toBe(0);
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toBe('✔ No problems found in 1 file.\n');
    expect(readlinkSync(join(dir, 'inside'))).toBe('report.txt');
    const out = mcm(dir, ['lint', 's.yaml', '-o', 'outside']);
    expect(out.code).toBe(2);
    expect(out.err).toBe(`mcm: Cannot write the report to "outside": it is a symbolic link to ${join(outside, 'victim.txt')}, outside this folder: mcm does not write through it (name that file itself if that is where it belongs).\n`);
    expect(readFileSync(join(outside, 'victim.txt'), 'utf8')).toBe('keep\n');
    expect(mcm(dir, ['lint', 's.yaml', '-o', 'to-device'])).toEqual({
      code: 2, out: '', err: 'mcm: Cannot write the report to "to-device": it is a symbolic link to a device, not to a regular file: mcm replaces only regular files.\n',
    });
    expect(lstatSync(join(dir, 'to-device')).isSymbolicLink()).toBe(true);
  });

  test('--output naming a file being linted, under any of its names, touches nothing', () => {
    const dir = workspace({ 's.yaml': specExample });
    for (const name of ['s.yaml', './s.yaml', `${dir}//s.yaml`]) {
      const result = mcm(dir, ['lint', 's.yaml', '-o', name]);
      expect(result.code).toBe(2);
      expect(result.err).toMatch(/^mcm: --output ".*s\.yaml" is (the file being linted|the same file as "s\.yaml", which is being linted): the report would replace the strategy\. Name another file, such as lint-report\.txt\.\n$/);
    }
    expect(readFileSync(join(dir, 's.yaml'), 'utf8')).toBe(specExample);
  });
});

describe('mcm init takes its file exclusively', () => {
  test('of several runs on one path, exactly one writes it', () => {
    const dir = workspace();
    const result = sh(dir, 'for i in 1 2 3 4; do ($MCM init --yes x.yaml > /dev/null 2>err$i.txt; echo $? > code$i.txt) & done; wait; cat code*.txt | sort | tr "\\n" " "');
    expect(result.out).toBe('0 2 2 2 ');
    expect(readFileSync(join(dir, 'x.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\/strategy\.schema\.json\n/);
  });

  test('a device, a FIFO or a dangling link at the path is never replaced', () => {
    const dir = workspace();
    expect(device(join(dir, 'dev'), 1, 3)).toBe(true);
    expect(fifo(join(dir, 'pipe'))).toBe(true);
    symlinkSync('nowhere.yaml', join(dir, 'dangling.yaml'));
    for (const name of ['dev', 'pipe', 'dangling.yaml']) {
      expect(mcm(dir, ['init', '--yes', name])).toEqual({
        code: 2, out: '', err: `mcm: ${name} already exists, and mcm init never replaces a file unasked. Name another file (mcm init new-strategy.yaml), or add --force to replace it.\n`,
      });
    }
    expect(mcm(dir, ['init', '--yes', '--force', 'pipe']).err).toBe('mcm: Cannot write pipe: it is a pipe (FIFO) that nothing reads: start the reader first, or name a regular file.\n');
    expect(statSync(join(dir, 'dev')).isCharacterDevice()).toBe(true);
    expect(statSync(join(dir, 'pipe')).isFIFO()).toBe(true);
    expect(existsSync(join(dir, 'nowhere.yaml'))).toBe(false);
  });

  test('the modeline resolves offline: the schema is written next to the strategy', () => {
    const dir = workspace();
    expect(mcm(dir, ['init', '--yes', 'plan.yaml']).code).toBe(0);
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=./strategy.schema.json');
    expect(readFileSync(join(dir, 'strategy.schema.json'), 'utf8')).toBe(readFileSync(new URL('../../schemas/strategy.schema.json', import.meta.url), 'utf8'));
    const again = workspace();
    mkdirSync(join(again, 'plans'));
    expect(mcm(again, ['schema', '--write', 'plans'])).toEqual({
      code: 0, err: '', out: 'Wrote plans/strategy.schema.json. A strategy in that folder whose first line is\n  # yaml-language-server: $schema=./strategy.schema.json\nis checked by editors against it, offline.\n',
    });
  });
});

describe('mcm brief', () => {
  test('--clean removes the briefs mcm wrote, never a note written by hand', () => {
    const dir = workspace({ 'strategy.yaml': specExample, 'briefs/channels/our-notes.md': '# Our notes\n' });
    expect(mcm(dir, ['brief']).code).toBe(0);
    const record = join(dir, 'briefs/.mcm-brief.json');
    const written = (JSON.parse(readFileSync(record, 'utf8')) as { files: string[] }).files;
    expect(written).toEqual(['channels/email.md', 'channels/facebook-page.md', 'channels/website.md', 'overview.md', 'personas/busy-commuter.md']);
    // A channel that has since left the strategy: its brief is in the record, even edited by hand since.
    writeFileSync(join(dir, 'briefs/channels/sms.md'), '# SMS, edited by hand\n');
    writeFileSync(record, JSON.stringify({ files: [...written, 'channels/sms.md'] }));
    const clean = mcm(dir, ['brief', '--clean']);
    expect(clean.err).toBe('');
    expect(clean.out).toContain('Removed 1 stale brief:\n  briefs/channels/sms.md\n');
    expect(existsSync(join(dir, 'briefs/channels/sms.md'))).toBe(false);
    expect(readFileSync(join(dir, 'briefs/channels/our-notes.md'), 'utf8')).toBe('# Our notes\n');
    expect((JSON.parse(readFileSync(record, 'utf8')) as { files: string[] }).files).toEqual(written);
  });

  test('the default briefs/ folder that links out of the working folder is refused; --out named explicitly is not', () => {
    const outside = workspace();
    const dir = workspace({ 'strategy.yaml': specExample });
    symlinkSync(outside, join(dir, 'briefs'));
    const refused = mcm(dir, ['brief']);
    expect(refused.code).toBe(2);
    expect(refused.err).toBe(`mcm: The briefs folder "briefs" is a link to ${outside}, outside this folder: nothing was written. Name it with --out briefs if that is where the briefs belong.\n`);
    expect(existsSync(join(outside, 'overview.md'))).toBe(false);
    expect(mcm(dir, ['brief', '--out', 'briefs']).code).toBe(0);
    expect(existsSync(join(outside, 'overview.md'))).toBe(true);
  });
});

describe('every read is bounded and every input kind works', () => {
  test('a zero device is cut at the size limit: as a strategy, a configuration, an answers file', () => {
    const dir = workspace({ 's.yaml': specExample });
    expect(device(join(dir, 'zero'), 1, 5)).toBe(true);
    const strategy = mcm(dir, ['lint', 'zero']);
    expect(strategy.code).toBe(1);
    expect(strategy.out).toContain('1:1  error  This file is larger than 10 MB, the most mcm reads');
    expect(mcm(dir, ['lint', 's.yaml', '--config', 'zero'])).toEqual({ code: 2, out: '', err: 'mcm: The configuration file "zero" is larger than 10 MB, the most mcm reads: check that it is the right file.\n' });
    expect(mcm(dir, ['init', '--yes', '--answers', 'zero', 'new.yaml'])).toEqual({ code: 2, out: '', err: 'mcm: The answers file "zero" is larger than 10 MB, the most mcm reads: check that it is the right file.\n' });
    const stdin = mcm(dir, ['lint', '-'], { input: Buffer.alloc(11 * 1024 * 1024, 0x61) });
    expect(stdin.code).toBe(1);
    expect(stdin.out).toContain('This file is larger than 10 MB');
  });

  test('a FIFO is read as a stream when it is written, and given up on with a message when it is not', () => {
    const dir = workspace({ 's.yaml': specExample });
    expect(fifo(join(dir, 'pipe'))).toBe(true);
    expect(sh(dir, '(sleep 0.5; cat s.yaml > pipe) & $MCM lint pipe; echo "status $?"; wait').out).toBe('✔ No problems found in 1 file.\nstatus 0\n');
    expect(mcm(dir, ['lint', 'pipe'], { env: { MCM_READ_TIMEOUT: '1' } })).toEqual({
      code: 2, out: '', err: 'mcm: Nothing arrived from "pipe" in 1 seconds: it is a pipe or a device that nothing writes to. Start the program that writes it first, or name a regular file.\n',
    });
  });

  test('process substitution and /dev/stdin are read as streams', () => {
    const dir = workspace({ 's.yaml': specExample });
    expect(sh(dir, '$MCM lint <(cat s.yaml); echo "status $?"').out).toBe('✔ No problems found in 1 file.\nstatus 0\n');
    expect(sh(dir, 'cat s.yaml | $MCM lint /dev/stdin; echo "status $?"').out).toBe('✔ No problems found in 1 file.\nstatus 0\n');
  });

  test('the same file named twice is linted once; an empty name is a usage error', () => {
    const dir = workspace({ 'd/x.yaml': 'mcm: 1\nname: a\nname: b\n' });
    const result = mcm(dir, ['lint', 'd/x.yaml', './d/x.yaml', 'd//x.yaml', '--format', 'json']);
    expect((JSON.parse(result.out) as { files: { file: string }[] }).files.map((f) => f.file)).toEqual(['d/x.yaml']);
    expect(mcm(dir, ['lint', ''])).toEqual({ code: 2, out: '', err: 'mcm: An empty file name was given to mcm lint: name a strategy file, a folder or a glob (a variable in a script may be empty).\n' });
  });
});

describe('configuration is strict and visible', () => {
  const cases: [string, string][] = [
    ['rules:\n  channel-owner: warning\n  channel-owner: error\n', 'mcm: .mcmrc.yaml:3:3: the key "channel-owner" appears twice in the configuration: keep one.\n'],
    ['rules: {}\n---\nrules: {}\n', 'mcm: .mcmrc.yaml:2:1: the configuration is not valid YAML: a second YAML document ("---"): a configuration is one document.\n'],
    ['rules:\n  channel-owner: [warning\n', 'mcm: .mcmrc.yaml:3:1: the configuration is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ].\n'],
    ['rules:\n  channel-owner: valueOf\n', 'mcm: .mcmrc.yaml: rule "channel-owner": the severity must be off, info, warning or error, got "valueOf".\n'],
    ['rules:\n  channel-owner: constructor\n', 'mcm: .mcmrc.yaml: rule "channel-owner": the severity must be off, info, warning or error, got "constructor".\n'],
    ['rules:\n  channel-owner: __proto__\n', 'mcm: .mcmrc.yaml: rule "channel-owner": the severity must be off, info, warning or error, got "__proto__".\n'],
  ];
  test.each(cases)('%j is exit 2 with its position', (config, err) => {
    const dir = workspace({ 's.yaml': specExample, '.mcmrc.yaml': config });
    expect(mcm(dir, ['lint', 's.yaml'])).toEqual({ code: 2, out: '', err });
  });

  test('discovery stops at the repository root; --print-config and --debug show what applies', () => {
    const dir = workspace({ '.mcmrc.yaml': 'rules:\n  channel-owner: error\n', 'repo/plans/s.yaml': specExample });
    mkdirSync(join(dir, 'repo', '.git'));
    const repo = join(dir, 'repo');
    const printed = JSON.parse(mcm(repo, ['lint', '--print-config', 'plans/s.yaml']).out) as { config: string | null; rules: Record<string, unknown> };
    expect(printed.config).toBe(null);
    expect(printed.rules['channel-owner']).toBe('off');
    writeFileSync(join(repo, '.mcmrc.yaml'), 'root: true\nextends: strict\n');
    const inRepo = JSON.parse(mcm(repo, ['lint', '--print-config', 'plans/s.yaml']).out) as { config: string; extends: string; rules: Record<string, unknown> };
    expect({ config: inRepo.config, extends: inRepo.extends, owner: inRepo.rules['channel-owner'] }).toEqual({ config: '.mcmrc.yaml', extends: 'strict', owner: 'warning' });
    expect(mcm(repo, ['--debug', 'lint', 'plans/s.yaml']).err).toBe('mcm: plans/s.yaml: configuration .mcmrc.yaml\n');
  });
});

describe('the terminal cannot be spoofed', () => {
  const hostile = 'mcm: 1\nname: x\n"\u001b[2J\u001b]0;owned\u0007\u202egnp.exe": 1\n';
  test('stylish and github show control characters and bidi overrides escaped', () => {
    const dir = workspace({ 'evil.yaml': hostile });
    const stylish = mcm(dir, ['lint', 'evil.yaml']);
    expect(stylish.out).toContain('Unknown key "\\x1b[2J\\x1b]0;owned\\x07\\u202egnp.exe" in the strategy');
    expect(stylish.out).not.toMatch(/[\u001b\u0007\u202e]/);
    const github = mcm(dir, ['lint', 'evil.yaml', '--format', 'github']);
    expect(github.out).toContain('Unknown key "\\x1b[2J\\x1b]0;owned\\x07\\u202egnp.exe" in the strategy');
    expect(github.out).not.toMatch(/[\u001b\u0007\u202e]/);
  });

  test('standard error is coloured only when it is a terminal', () => {
    const dir = workspace({ 'bad.yaml': 'mcm: 1\nname: a\n' });
    const piped = mcm(dir, ['brief', 'bad.yaml'], { env: { NO_COLOR: '' } });
    expect(piped.code).toBe(1);
    expect(piped.err).not.toContain('\u001b[');
  });
});

describe('no stack traces from the world', () => {
  const big = () => workspace({ 'big.yaml': `mcm: 1\nname: x\nchannels:\n${'  - id: 5\n    type: 7\n'.repeat(20_000)}` });

  test('a closed pipe (| head) and a full disk on standard output: a message, exit 2', () => {
    const dir = big();
    const head = sh(dir, '$MCM lint big.yaml --format json | head -c 10 > /dev/null; echo "status ${PIPESTATUS[0]}"');
    expect(head.out).toBe('status 2\n');
    expect(head.err).toBe('mcm: the output stopped: the program reading the output (| head, | less…) closed it before the end.\n');
    expect(device(join(dir, 'full'), 1, 7)).toBe(true);
    const full = sh(dir, '$MCM lint big.yaml --format json > full; echo "status $?"');
    expect(full).toEqual({ code: 0, out: 'status 2\n', err: 'mcm: the output stopped: the disk is full.\n' });
  });

  test('a deleted working folder, a link loop, a file used as a folder, a name too long', () => {
    const dir = workspace({ 's.yaml': specExample });
    const gone = sh(dir, 'mkdir gone && cd gone && rmdir ../gone && $MCM lint s.yaml; echo "status $?"');
    expect(gone.out).toBe('status 2\n');
    expect(gone.err).toBe('mcm: The current folder no longer exists (it was deleted or moved): change to an existing folder, then run mcm again.\n');
    symlinkSync('loop-b', join(dir, 'loop-a'));
    symlinkSync('loop-a', join(dir, 'loop-b'));
    expect(mcm(dir, ['lint', 'loop-a'])).toEqual({ code: 2, out: '', err: 'mcm: Cannot read "loop-a": its symbolic links lead in a circle.\n' });
    expect(mcm(dir, ['lint', 's.yaml/x.yaml'])).toEqual({ code: 2, out: '', err: 'mcm: Cannot read "s.yaml/x.yaml": a part of the path is a file, not a folder.\n' });
    const long = `${'a'.repeat(300)}.yaml`;
    expect(mcm(dir, ['lint', long])).toEqual({ code: 2, out: '', err: `mcm: Cannot read "${long}": the name is too long for the file system.\n` });
    expect(mcm(dir, ['lint', 's.yaml', '-o', 'loop-a']).code).toBe(2);
    for (const result of [mcm(dir, ['lint', 's.yaml', '-o', 's.yaml/r.txt']), mcm(dir, ['init', '--yes', 's.yaml/x.yaml'])]) {
      expect(result.code).toBe(2);
      noTrace(result.err);
    }
  });

  test('an alias without its anchor says so; .nan and .inf are not numbers', () => {
    const dir = workspace({
      'alias.yaml': specExample.replace(/^usp: .*$/m, 'usp: *tagline'),
      'nan.yaml': specExample.replace(/^ {2}target: 400/m, '  target: .inf').replace(/^ {2}total: .*$/m, '  total: .nan'),
    });
    const alias = mcm(dir, ['lint', 'alias.yaml']);
    expect(alias.out).toContain('error  The alias "*tagline" refers to no anchor: nothing before it is marked "&tagline". Mark the value it should repeat with &tagline, or write the value out.  yaml-syntax');
    const nan = mcm(dir, ['lint', 'nan.yaml']);
    expect(nan.out).toContain('error  "target" in the goal must be a number, got .inf (infinity).  schema');
    expect(nan.out).toContain('error  "total" in the budget must be a number, got .nan (not a number).  schema');
  });

  test('SIGTERM in the wizard shows the cursor again', async () => {
    const dir = workspace();
    const pty = spawnPty(process.execPath, [bin, 'init'], { name: 'xterm', cols: 120, rows: 40, cwd: dir, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' } as Record<string, string> });
    let output = '';
    pty.onData((data) => { output += data; });
    const exit = new Promise<number>((resolve) => pty.onExit(({ exitCode }) => resolve(exitCode)));
    for (let waited = 0; !output.includes('Drafting') && waited < 20_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const before = output.length;
    pty.kill('SIGTERM');
    expect(await exit).toBe(143);
    expect(output.slice(before)).toContain('\u001b[?25h');
    expect(existsSync(join(dir, 'strategy.yaml'))).toBe(false);
  }, 30_000);
});
