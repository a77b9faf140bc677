import { describe, expect, test } from 'vitest';
import { givenAnswers, readAnswersFile } from '../../../src/core/init/answers-file.js';

const read = (text: string) => () => readAnswersFile(text, 'answers.yaml');

describe('reading an answers file', () => {
  test('YAML and JSON, with shorthands expanded', () => {
    expect(readAnswersFile('name: Promo\nchannels: [email, { type: sms, kpis: [click_rate] }]\nfunnel:\n  awareness: [email]\n', 'a.yaml')).toEqual({
      name: 'Promo',
      channels: [{ type: 'email' }, { type: 'sms', kpis: [{ metric: 'click_rate' }] }],
      funnel: { awareness: { channels: ['email'] } },
    });
    expect(readAnswersFile('{"goal": {"target": 400}}', 'a.json')).toEqual({ goal: { target: 400 } });
    expect(readAnswersFile('', 'empty.yaml')).toEqual({});
    expect(readAnswersFile('# only a comment\n', 'empty.yaml')).toEqual({});
  });

  test('unknown keys get a did-you-mean, at every level', () => {
    expect(read('goals: {}')).toThrow(expect.objectContaining({ name: 'UserError', message: 'answers.yaml: "goals" is not an answer mcm init knows; did you mean "goal"?' }));
    expect(read('channels:\n  - type: email\n    content: { mesage: Hi }')).toThrow(expect.objectContaining({ name: 'UserError', message: 'answers.yaml, channels[0].content: "mesage" is not an answer mcm init knows; did you mean "message"?' }));
    expect(read('funnel: { awarenes: [email] }')).toThrow(expect.objectContaining({ name: 'UserError', message: 'answers.yaml, funnel: "awarenes" is not an answer mcm init knows; did you mean "awareness"?' }));
    expect(read('__proto__: { polluted: true }')).toThrow(expect.objectContaining({ name: 'UserError', message: 'answers.yaml: "__proto__" is not an answer mcm init knows; the answers here are business, name, period, goal, usp, approach, stack, brand, personas, channels, funnel, budget.' }));
  });

  test('shapes: mappings, lists and items', () => {
    expect(read('- name: Promo')).toThrow(expect.objectContaining({ name: 'UserError', message: 'answers.yaml must hold a mapping of answers, like "name: Spring promo", not a list or a single value.' }));
    expect(read('goal: Book more')).toThrow(expect.objectContaining({ name: 'UserError', message: 'answers.yaml, goal must be a mapping with statement, metric, target, baseline, deadline.' }));
    expect(read('personas: Emma')).toThrow(expect.objectContaining({ name: 'UserError', message: 'answers.yaml, personas must be a list (one "- " line per item).' }));
    expect(read('channels: [3]')).toThrow(expect.objectContaining({ name: 'UserError', message: 'answers.yaml, channels[0] must be a mapping of answers, or a channel type like "email".' }));
    expect(read('channels: [{ type: email, kpis: [[1]] }]')).toThrow(expect.objectContaining({ name: 'UserError', message: 'answers.yaml, channels[0].kpis[0] must be a mapping of answers, or a metric like "open_rate".' }));
  });

  test('syntax errors and alias bombs say where, in a sentence', () => {
    expect(read('name: [unclosed')).toThrow(/^Cannot read the answers in answers\.yaml \(line 1\): .+ Answers are YAML or JSON\.$/);
    expect(read('name: a\nname: b')).toThrow(/^Cannot read the answers in answers\.yaml \(line 2\): Map keys must be unique/);
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 6 }, (_, i) => `${'bcdefg'[i]}: &${'bcdefg'[i]} [*${'abcdef'[i]}, *${'abcdef'[i]}, *${'abcdef'[i]}, *${'abcdef'[i]}, *${'abcdef'[i]}, *${'abcdef'[i]}, *${'abcdef'[i]}, *${'abcdef'[i]}, *${'abcdef'[i]}, *${'abcdef'[i]}]`)].join('\n');
    expect(read(bomb)).toThrow(expect.objectContaining({ name: 'UserError', message: 'Cannot read the answers in answers.yaml: its aliases (*name) expand too far. Write the values out.' }));
  });
});

describe('given answers', () => {
  const file = { name: 'answers.yaml', data: { name: 'From the file', channels: [{ type: 'email', id: 'news' }], goal: { baseline: null } } };

  test('flags win over the file, and a flag for a list replaces the whole list', () => {
    const given = givenAnswers(file, [{ flag: '--channels', path: ['channels'], value: 'sms,website' }]);
    expect(given.get(['name'])).toBe('From the file');
    expect(given.get(['channels'])).toBe('sms,website');
    expect(given.get(['channels', 0, 'id'])).toBeUndefined();
    expect(given.where(['channels'])).toBe('--channels');
    expect(given.where(['channels', 0, 'id'])).toEqual({ messageId: 'init.where.answers', values: { file: 'answers.yaml', key: 'channels[0].id' } });
  });

  test('an explicit null is an answer: "none"', () => {
    const given = givenAnswers(file, []);
    expect(given.get(['goal', 'baseline'])).toBeNull();
    expect(given.get(['goal', 'target'])).toBeUndefined();
    expect(given.get(['channels', 0, 'id'])).toBe('news');
    expect(given.get(['channels', 1, 'id'])).toBeUndefined();
  });
});
