import { createRequire } from 'node:module';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { findUrls, findXUrls, mayHoldLink } from '../../../src/core/text/text-length.js';

// The same finder findUrls uses, asked directly: whatever it finds in a text, the cheap test must let through.
const require = createRequire(import.meta.url);
const { LinkifyIt } = require('linkify-it') as { LinkifyIt: new (o: Record<string, unknown>) => { match(t: string): { schema: string }[] | null } };
const tlds = (require('tlds') as string[]).filter((tld) => /^[a-z0-9-]+$/.test(tld));
const finder = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: false, fuzzyIP: false, tlds });
const links = (text: string) => (finder.match(text) ?? []).filter((m) => m.schema !== 'mailto:');

test('texts without a link skip the finder; texts with one do not', () => {
  for (const text of ['Winter is coming. Your car will thank you. Ref. 1.', 'At 7.30 or 8. Fine.', 'No dot at all', '']) {
    expect(mayHoldLink(text), text).toBe(false);
    expect(findUrls(text)).toEqual([]);
  }
  for (const text of ['example.com', 'EXAMPLE.COM/x', 'https://192.168.0.1/x', '//cdn.io', 'mlb.tv', 'ftp://host']) {
    expect(mayHoldLink(text), text).toBe(true);
  }
  expect(findUrls('Book at https://192.168.0.1/x now').map((u) => u.url)).toEqual(['https://192.168.0.1/x']);
});

test('the cheap test never hides a link the finder sees (property)', () => {
  const pieces = ['.', '. ', '//', ':', '/', 'http', 'https:', 'ftp:', 'www', 'com', 'co', 'jp', 'tv', 'рф', 'xn--p1ai', 'a', 'Z', '1', '7', '-', '_', ' ', '\n', '\u3002', '\uff0e', '@', 'mailto:', '(', ')', '?', '#', 'é', 'ß', '\u200b'];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((parts) => parts.join(''));
  fc.assert(fc.property(text, (t) => mayHoldLink(t) || links(t).length === 0), { numRuns: 4000 });
});

// X's finder, asked directly: the test before it (a dot between a domain character and a letter) never hides a link.
const xExtract = require('twitter-text/dist/extractUrlsWithIndices.js') as (t: string) => { url: string; indices: [number, number] }[];

// A link as it stands in the text, where X's finder places it. Its own `url` can differ from that: for
// "é.한국.tv//" it gives "é.한국//" at 0 to 9, which is where "é.한국.tv//" stands.
const xLinks = (t: string) => xExtract(t).map(({ indices }) => ({ url: t.slice(indices[0], indices[1]), index: indices[0] }));

test('X\'s links are taken from the text where X places them', () => {
  expect(xExtract('é.한국.tv//').map((u) => [u.url, u.indices])).toEqual([['é.한국//', [0, 9]]]);
  expect(findXUrls('é.한국.tv//')).toEqual([{ url: 'é.한국.tv//', index: 0 }]);
  expect(findXUrls('Book at bakery.ie/pre-order')).toEqual([{ url: 'bakery.ie/pre-order', index: 8 }]);
});

test('the cheap test before X\'s link finder never hides a link it sees (property)', () => {
  const pieces = ['.', '. ', '//', ':', '/', 'https:', 'www', 'com', 'co', 'jp', 'tv', 'рф', 'xn--p1ai', '한국', 'みんな', 'a', 'Z', '1', '-', '_', ' ', '\n', '\u3002', '@', '#', '(', ')', '?', 'é', 'ж', '日', '😀', '\u200b'];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((parts) => parts.join(''));
  fc.assert(
    fc.property(text, (t) => {
      expect(findXUrls(t)).toEqual(xLinks(t));
    }),
    { numRuns: 4000 },
  );
});
