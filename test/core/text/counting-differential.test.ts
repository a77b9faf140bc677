// Our counters against outside references, on generated corpora: X against twitter-text's parseTweet, SMS
// against sms-segments-calculator. Each X corpus fails below 99 % agreement, and every class of disagreement
// that remains is listed below with its reason.
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { measureSms, xWeightedLength } from '../../../src/core/text/text-length.js';
import { corpora, corpus, newerEmoji } from './x-corpora.js';

const require = createRequire(import.meta.url);
const twitter = require('twitter-text') as { parseTweet(text: string): { weightedLength: number } };
const { SegmentedMessage } = require('sms-segments-calculator') as { SegmentedMessage: new (text: string) => { segmentsCount: number; encodingName: string } };

// The classes of disagreement that remain, each with its reason (a disagreement outside them fails the test):
const explained: { reason: string; matches: (text: string) => boolean }[] = [
  {
    reason: 'emoji sequences newer than twitter-text\'s emoji data (twemoji-parser 11): X\'s documentation counts every emoji sequence as 2, which we follow',
    matches: (text) => newerEmoji.some((e) => text.includes(e)),
  },
  {
    reason: 'domains under top-level domains newer than twitter-text\'s list (.amazon, .kids, .music, .spa): X links every public top-level domain, so we count them as links',
    matches: (text) => /\.(amazon|kids|music|spa)(?![a-z0-9-])/i.test(text),
  },
];

describe('X: our weighted length agrees with twitter-text\'s parseTweet on at least 99 % of generated posts', () => {
  test.each(Object.entries(corpora))('%s', (_name, texts) => {
    const disagreements = texts.filter((text) => xWeightedLength(text) !== twitter.parseTweet(text).weightedLength);
    expect(disagreements.filter((text) => !explained.some((c) => c.matches(text))), 'unexplained disagreements').toEqual([]);
    expect(1 - disagreements.length / texts.length).toBeGreaterThanOrEqual(0.99);
  });

  test('the classes of disagreement are what they say: newer emoji count 2, newer top-level domains are links', () => {
    expect(newerEmoji.map((e) => [e, xWeightedLength(e), twitter.parseTweet(e).weightedLength])).toEqual([
      ['❤️‍🔥', 2, 5],
      ['🧑‍🤝‍🧑', 2, 8],
      ['🫶🏽', 2, 4],
    ]);
    const text = 'Listen at shop.music/live, kids.kids.';
    expect([xWeightedLength(text), twitter.parseTweet(text).weightedLength]).toEqual([10 + 23 + 2 + 23 + 1, text.length]);
  });

  test('the older mixed corpus, links between spaces', () => {
    const texts = corpus(42, 2000);
    expect(texts.filter((text) => xWeightedLength(text) !== twitter.parseTweet(text).weightedLength)).toEqual([]);
  });
});

test('SMS: our segment count and encoding agree with sms-segments-calculator on at least 99 % of generated messages', () => {
  const texts = corpus(7, 2000);
  const disagreements = texts.filter((text) => {
    const ours = measureSms(text);
    const theirs = new SegmentedMessage(text);
    return ours.segments !== theirs.segmentsCount || ours.encoding !== (theirs.encodingName === 'GSM-7' ? 'gsm-7' : 'ucs-2');
  });
  expect(disagreements, 'disagreements').toEqual([]);
  expect(1 - disagreements.length / texts.length).toBeGreaterThanOrEqual(0.99);
});

test('SMS: a grapheme cluster is never split across two parts, as the segment calculator splits them', () => {
  // 66 letters then a family emoji (8 UTF-16 units): the family does not fit the first part's last unit, so it opens the second.
  const family = '👨‍👩‍👧';
  for (const fill of [60, 62, 64, 66, 67, 70]) {
    const text = `${'д'.repeat(fill)}${family}${'д'.repeat(10)}`;
    const ours = measureSms(text);
    const theirs = new SegmentedMessage(text);
    expect(`${fill}: ${ours.segments}`).toBe(`${fill}: ${theirs.segmentsCount}`);
  }
  // 63 letters fill a part to 63 of 67 units; the 8-unit family would straddle the boundary, so it opens part 2.
  expect(measureSms(`${'д'.repeat(63)}${family}${'д'.repeat(63)}`).segments).toBe(3);
});
