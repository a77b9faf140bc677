import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, github } from '../../../src/core/formatters/github.js';
import { BROKEN, OPTIONS, RESULTS } from './fixtures.js';

const COMMAND = /^::(error|warning|notice) file=([^,:]*),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=mcm\(([a-z0-9-]+)\)::(.*)$/;

/** Undoes the escaping as the Actions runner does, to check that nothing is lost on the way. */
const unescape = (text: string) => text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

describe('github', () => {
  const output = github(RESULTS, OPTIONS);
  const lines = output.trimEnd().split('\n');

  it('prints one workflow command per problem, then a summary line (golden)', async () => {
    await expect(output).toMatchFileSnapshot('golden/annotations.txt');
  });

  it('maps error, warning and info to ::error, ::warning and ::notice', () => {
    expect(lines.map((l) => COMMAND.exec(l)?.[1] ?? l)).toEqual(['error', 'notice', 'error', 'warning', 'warning', 'error', 'mcm: 3 errors, 2 warnings, 1 info in 3 files.']);
  });

  it('escapes %, CR and LF in messages, and also : and , in the file property', () => {
    const line = lines[5]!;
    expect(line).toBe('::error file=clients/acme%2C inc%3A 50%25 off/strategy.yaml,line=12,col=16,endLine=12,endColumn=80,title=mcm(no-identical-content)'
      + '::Channels "email" and "sms" share the message "Save 50%25 | today only: <b>R&D</b> costs $5, not $10%0D%0ABook now": write one for each.');
    const [, , file, , , , , , message] = COMMAND.exec(line)!;
    expect(unescape(file!)).toBe('clients/acme, inc: 50% off/strategy.yaml');
    expect(unescape(message!)).toBe(RESULTS[1]!.diagnostics[1]!.message);
  });

  it('keeps every command on one line, whatever the message holds', () => {
    for (const line of lines.slice(0, -1)) expect(line).toMatch(COMMAND);
  });

  it('follows the escaping of @actions/core', () => {
    expect(escapeData('100% sure\r\nnext: a, b')).toBe('100%25 sure%0D%0Anext: a, b');
    expect(escapeProperty('100% sure\r\nnext: a, b')).toBe('100%25 sure%0D%0Anext%3A a%2C b');
    expect(escapeProperty('%3A')).toBe('%253A');
  });

  it('says so when there is nothing to fix, and counts files', () => {
    expect(github([{ ...BROKEN, diagnostics: [], errorCount: 0 }], OPTIONS)).toBe('mcm: no problems in 1 file.\n');
    expect(github([], OPTIONS)).toBe('mcm: no problems in 0 files.\n');
  });
});

describe('the VS Code problem matcher of docs/editors.md', () => {
  const page = readFileSync(new URL('../../../docs/editors.md', import.meta.url), 'utf8');
  const block = /```json\n(\{\n {2}"version": "2\.0\.0",[\s\S]*?)```/.exec(page)![1]!;
  // The part of tasks.json that the matcher reads.
  const tasks: { tasks: { problemMatcher: { pattern: Record<string, string | number> } }[] } = JSON.parse(block);
  const { pattern } = tasks.tasks[0]!.problemMatcher;
  const regexp = new RegExp(String(pattern.regexp));

  it('reads file, position, rule and message from every line mcm prints', () => {
    const commands = github(RESULTS.slice(0, 1), OPTIONS).trimEnd().split('\n').slice(0, -1);
    const read = commands.map((line) => {
      const m = regexp.exec(line)!;
      return ['severity', 'file', 'line', 'column', 'endColumn', 'code'].map((key) => m[Number(pattern[key])]);
    });
    expect(read).toEqual([
      ['error', 'strategies/spring-promo.yaml', '2', '1', '7', 'schema'],
      ['notice', 'strategies/spring-promo.yaml', '30', '1', '9', 'owned-channel'],
      ['error', 'strategies/spring-promo.yaml', '41', '5', '12', 'channel-kpis'],
      ['warning', 'strategies/spring-promo.yaml', '52', '17', '25', 'kpi-channel-fit'],
    ]);
    expect(regexp.exec(commands[3]!)![Number(pattern.message)]).toBe(RESULTS[0]!.diagnostics[3]!.message);
  });
});
