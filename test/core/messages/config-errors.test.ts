import { describe, expect, test } from 'vitest';
import { CLI_MESSAGES, errorText } from '../../../src/cli/messages-cli.js';
import { loadTranslator } from '../../../src/cli/messages.js';
import { UserError } from '../../../src/core/errors.js';
import { createRuleset } from '../../../src/core/lint/ruleset.js';
import { rules } from '../../../src/core/rules/index.js';

const thrown = (fn: () => unknown): UserError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('nothing was thrown');
};

describe('configuration errors worded in the core', () => {
  test('without a file name the source is "configuration", itself translated; ajv\'s words stay as they are', async () => {
    const unknown = thrown(() => createRuleset(rules, { rules: { 'channel-kpi': 'error' } }));
    expect(unknown.message).toBe('configuration: unknown rule "channel-kpi"; did you mean "channel-kpis"?');
    expect(unknown.messageId).toBe('config.unknownRuleLike');
    expect(errorText(unknown, await loadTranslator(CLI_MESSAGES, 'cli', 'uk'))).toBe('конфігурація: невідоме правило «channel-kpi»; можливо, ви мали на увазі «channel-kpis»?');
    expect(errorText(unknown, await loadTranslator(CLI_MESSAGES, 'cli', 'ga'))).toBe('an chumraíocht: riail anaithnid “channel-kpi”; an é “channel-kpis” a bhí i gceist agat?');

    const option = thrown(() => createRuleset(rules, { rules: { 'no-identical-content': ['error', { threshold: 2 }] } }, {}, '.mcmrc.yaml'));
    expect(option.message).toBe('.mcmrc.yaml: rule "no-identical-content": option "threshold" must be <= 1.');
    expect(errorText(option, await loadTranslator(CLI_MESSAGES, 'cli', 'pl'))).toBe('.mcmrc.yaml: reguła „no-identical-content”: opcja „threshold”: must be <= 1.');

    const flag = thrown(() => createRuleset(rules, {}, { 'channel-kpis': 'loud' as never }));
    expect(flag.message).toBe('--rule channel-kpis: the severity must be off, info, warning or error, got "loud".');
    expect(errorText(flag, await loadTranslator(CLI_MESSAGES, 'cli', 'ru'))).toBe('--rule channel-kpis: уровень должен быть off, info, warning или error, получено "loud".');
  });
});
