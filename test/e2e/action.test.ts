import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { markdownlint, sarifErrors } from '../core/formatters/validators.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = join(ROOT, 'test/fixtures/ci');

interface Step { name?: string; id?: string; if?: string; uses?: string; shell?: string; run?: string; env?: Record<string, string> }
type UsesStep = Step & { with?: Record<string, unknown> };
interface Action { inputs: Record<string, { default?: string }>; outputs: Record<string, { value: string }>; runs: { using: string; steps: Step[] } }

const action: Action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mcm-action-'));
  temporary.push(dir);
  for (const [name, source] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    if (source.startsWith('fixture:')) copyFileSync(join(FIXTURES, source.slice('fixture:'.length)), join(dir, name));
    else writeFileSync(join(dir, name), source);
  }
  return dir;
}

/**
 * Runs the action's run steps as the runner does (bash -e, inputs through ${{ }} expressions, GITHUB_* files),
 * against this checkout as the action path. `uses` steps are left out: the tests run on the Node.js that runs them.
 */
function runAction(cwd: string, inputs: Record<string, string> = {}) {
  const values: Record<string, string> = { ...Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default ?? ''])), ...inputs };
  const substitute = (text: string) => text.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`action.yml reads an undeclared input: ${name}`);
    return values[name]!;
  });
  const files = mkdtempSync(join(tmpdir(), 'mcm-runner-'));
  temporary.push(files);
  const outputFile = join(files, 'output');
  const summaryFile = join(files, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  let stdout = '';
  let stderr = '';
  let status: number | null = 0;
  for (const step of action.runs.steps.filter((s) => s.run)) {
    const script = substitute(step.run!);
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, substitute(String(v))]));
    expect(`${script}${JSON.stringify(env)}`).not.toContain('${{');
    const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
      cwd,
      encoding: 'utf8',
      env: {
        PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`,
        HOME: process.env.HOME,
        GITHUB_ACTION_PATH: ROOT,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        ...env,
      },
    });
    stdout += run.stdout;
    stderr += run.stderr;
    status = run.status;
    if (status !== 0) break;
  }
  const outputs = Object.fromEntries(readFileSync(outputFile, 'utf8').split('\n').filter(Boolean).map((l) => l.split(/=(.*)/s).slice(0, 2)));
  return { stdout, stderr, status, outputs, summary: readFileSync(summaryFile, 'utf8') };
}

const ANNOTATIONS = [
  '::error file=plans/spring-promo%2Cv2%3A50%25.yaml,line=2,col=1,endLine=2,endColumn=7,title=mcm(schema)::Missing required "usp" in the strategy: the unique selling proposition every channel builds on.',
  '::error file=plans/spring-promo%2Cv2%3A50%25.yaml,line=43,col=5,endLine=43,endColumn=8,title=mcm(schema)::Unknown key "kpi" in channel "facebook-page"; did you mean "kpis"?',
  '::error file=plans/spring-promo%2Cv2%3A50%25.yaml,line=51,col=5,endLine=51,endColumn=10,title=mcm(schema)::Unknown key "budgt" in channel "website"; did you mean "budget"?',
];

// The SPEC example's facebook link carries no UTM tags: link-tracking notes it (an info) on line 42 of spec.yaml,
// and on line 41 of problems.yaml, which lacks the usp line.
const untaggedLink = (file: string, line: number) => `::notice file=${file},line=${line},col=13,endLine=${line},endColumn=37,title=mcm(link-tracking)::The link of "facebook-page" carries no utm_source, utm_medium or utm_campaign: analytics cannot tell the visits it brings from other traffic. Add utm_source=facebook&utm_medium=social&utm_campaign=spring-oil-change-promo to it.`;

describe('action.yml', () => {
  it('is a composite action with the documented inputs, whose run steps all use bash', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['files', 'format', 'config', 'max-warnings']));
    expect(Object.keys(action.outputs)).toEqual(['exit-code', 'report']);
    for (const step of action.runs.steps) {
      if (step.run) expect([step.name, step.shell, step.if]).toEqual([step.name, 'bash', undefined]);
      else expect(step.uses).toMatch(/^actions\/setup-node@v\d+$/);
    }
  });

  it('annotates every problem of a file with problems, keeps a SARIF report and writes the job summary', () => {
    const dir = workspace({ 'plans/spring-promo,v2:50%.yaml': 'fixture:problems.yaml', 'plans/spec.yaml': 'fixture:spec.yaml' });
    const run = runAction(dir, { files: 'plans/*.yaml', format: 'sarif' });
    expect(run.stdout).toBe([
      untaggedLink('plans/spec.yaml', 42), ANNOTATIONS[0], untaggedLink('plans/spring-promo%2Cv2%3A50%25.yaml', 41), ...ANNOTATIONS.slice(1),
      'mcm: 3 errors, 0 warnings, 2 infos in 2 files.', '',
    ].join('\n'));
    expect([run.status, run.outputs, run.stderr]).toEqual([1, { 'exit-code': '1', report: 'mcm-report.sarif' }, '']);
    const sarif = readFileSync(join(dir, 'mcm-report.sarif'), 'utf8');
    expect(sarifErrors(sarif)).toEqual([]);
    expect(sarif).toContain('"uri": "plans/spring-promo%2Cv2%3A50%25.yaml"');
    expect(run.summary.split('\n').slice(0, 3)).toEqual(['# mcm lint: 3 errors, 0 warnings, 2 infos', '', `Checked 2 files with mcm ${version()}.`]);
    expect(markdownlint(run.summary)).toBe('');
  });

  it('reads the configuration file and fails on more warnings than max-warnings allows', () => {
    const dir = workspace({ 'strategy.yaml': 'fixture:problems.yaml', 'ci/mcm.yaml': 'rules:\n  schema: warning\n' });
    const run = runAction(dir, { config: 'ci/mcm.yaml', 'max-warnings': '2', summary: 'false' });
    const warnings = ANNOTATIONS.map((a) => a.replace('::error', '::warning').replace('plans/spring-promo%2Cv2%3A50%25.yaml', 'strategy.yaml'));
    expect(run.stdout).toBe([
      warnings[0], untaggedLink('strategy.yaml', 41), ...warnings.slice(1),
      'mcm: 0 errors, 3 warnings, 1 info in 1 file.',
      '',
    ].join('\n'));
    expect([run.status, run.outputs, run.stderr, run.summary]).toEqual([1, { 'exit-code': '1' }, 'mcm: 3 warnings, more than --max-warnings 2 allows.\n', '']);
  });

  it('passes a clean strategy, files given one per line', () => {
    const dir = workspace({ 'a/strategy.yaml': 'fixture:spec.yaml', 'b/strategy.yaml': 'fixture:spec.yaml' });
    const run = runAction(dir, { files: 'a/strategy.yaml\nb/strategy.yaml\n', 'max-warnings': '0', format: 'junit', output: 'reports/mcm.xml' });
    expect([run.status, run.stdout, run.stderr, run.outputs]).toEqual([0, `${untaggedLink('a/strategy.yaml', 42)}\n${untaggedLink('b/strategy.yaml', 42)}\nmcm: 0 errors, 0 warnings, 2 infos in 2 files.\n`, '', { 'exit-code': '0', report: 'reports/mcm.xml' }]);
    expect(readFileSync(join(dir, 'reports/mcm.xml'), 'utf8')).toContain('<testsuite name="b/strategy.yaml"');
    expect(run.summary).toContain('# mcm lint: 0 errors, 0 warnings, 2 infos');
  });

  it('fails with status 2 and no report when the files cannot be read', () => {
    const dir = workspace({});
    const run = runAction(dir, { files: 'missing.yaml', format: 'sarif' });
    expect([run.status, run.stdout, run.stderr, run.outputs, run.summary]).toEqual([2, '', 'mcm: Cannot find "missing.yaml".\n', { 'exit-code': '2' }, '']);
    expect(existsSync(join(dir, 'mcm-report.sarif'))).toBe(false);
  });

  it('fails with status 2 when the report cannot be written', () => {
    const dir = workspace({ 'strategy.yaml': 'fixture:spec.yaml', 'reports/mcm.sarif/keep': '' });
    const run = runAction(dir, { format: 'sarif', output: 'reports/mcm.sarif' });
    expect([run.status, run.stdout, run.outputs, run.summary]).toEqual([2, `${untaggedLink('strategy.yaml', 42)}\nmcm: 0 errors, 0 warnings, 1 info in 1 file.\n`, { 'exit-code': '2' }, '']);
    expect(run.stderr).toMatch(/^mcm: .*reports\/mcm\.sarif/);
  });

  it('refuses a format it does not know, with an annotation that lists the formats', () => {
    const run = runAction(workspace({ 'strategy.yaml': 'fixture:spec.yaml' }), { format: 'html' });
    expect([run.status, run.stdout, run.outputs]).toEqual([
      2, '::error title=mcm::The format input is "html": use github, sarif, junit, json, markdown or stylish.\n', { 'exit-code': '2' },
    ]);
  });
});

describe('the CI setups in docs/ci.md, docs/examples and .pre-commit-hooks.yaml', () => {
  const page = readFileSync(join(ROOT, 'docs/ci.md'), 'utf8');
  const blocks = [...page.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const workflow = readFileSync(join(ROOT, 'docs/examples/github-workflow.yml'), 'utf8');
  /** Every step that uses an action, wherever it sits in a workflow or a fragment of one. */
  const stepsOf = (text: string): UsesStep[] => {
    const found: UsesStep[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        // yaml.parse gives unknown data; a mapping with `uses` is a step.
        if ('uses' in node) found.push(node as UsesStep);
        Object.values(node).forEach(walk);
      }
    };
    walk(parse(text));
    return found;
  };

  it('are valid YAML', () => {
    expect(blocks.length).toBeGreaterThan(5);
    // The indented pre-commit fragment continues the block before it: it is read inside a hooks list.
    for (const block of [...blocks, workflow]) expect(() => parse(block.startsWith('      - ') ? `hooks:\n${block}` : block)).not.toThrow();
  });

  it('use the action with inputs it declares, and its outputs', () => {
    const uses = [...blocks, workflow].flatMap(stepsOf).filter((s) => s.uses?.startsWith('mcm-dev/mcm@'));
    expect(uses.length).toBeGreaterThanOrEqual(3);
    for (const step of uses) expect(Object.keys(step.with ?? {}).filter((k) => !(k in action.inputs))).toEqual([]);
    for (const text of [...blocks, workflow]) {
      for (const [, output] of text.matchAll(/steps\.mcm\.outputs\.([\w-]+)/g)) expect(Object.keys(action.outputs)).toContain(output);
    }
  });

  it('name the pre-commit hook that .pre-commit-hooks.yaml defines, for strategy files only', () => {
    const hooks: { id: string; entry: string; language: string; files: string }[] = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8'));
    expect(hooks.map((h) => [h.id, h.entry, h.language])).toEqual([['mcm-lint', 'mcm lint', 'node']]);
    expect(page).toContain('      - id: mcm-lint');
    const files = new RegExp(hooks[0]!.files);
    expect(['strategy.yaml', 'clients/acme/strategy.yml', 'other.yaml', 'strategy.yaml.bak', 'my-strategy.yaml'].map((f) => files.test(f))).toEqual([true, true, false, false, false]);
    const manifest: { bin: Record<string, string> } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(manifest.bin).toHaveProperty('mcm');
  });
});

function version(): string {
  const manifest: { version: string } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  return manifest.version;
}
