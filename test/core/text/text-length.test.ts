import { describe, expect, it } from 'vitest';
import { characterLength, findUrls, findXUrls, measureSms, textLength, xWeightedLength } from '../../../src/core/text/text-length.js';

const a = (n: number) => 'a'.repeat(n);

describe('measureSms', () => {
  it('fits 160 GSM-7 characters in one message and splits longer ones into parts of 153', () => {
    expect(measureSms(a(160))).toEqual({ encoding: 'gsm-7', length: 160, segments: 1, outside: [], doubled: [], lengthWithoutOutside: 160 });
    expect(measureSms(a(161)).segments).toBe(2);
    expect(measureSms(a(306)).segments).toBe(2);
    expect(measureSms(a(307)).segments).toBe(3);
  });

  it('counts the GSM-7 extension characters as 2 and never splits one across two parts', () => {
    expect(measureSms('€'.repeat(80))).toMatchObject({ length: 160, segments: 1, doubled: [{ char: '€', counts: 2 }] });
    expect(measureSms(`${a(10)}[x]{y}`)).toMatchObject({ length: 20, doubled: [{ char: '[', counts: 2 }, { char: ']', counts: 2 }, { char: '{', counts: 2 }, { char: '}', counts: 2 }] });
    // 306 units would fit two parts of 153, but "€" cannot straddle the first boundary.
    expect(measureSms(`${a(152)}€${a(152)}`)).toMatchObject({ length: 306, segments: 3 });
  });

  it('keeps accented letters of the GSM-7 alphabet in GSM-7', () => {
    expect(measureSms('Café à emporter: éclair, Ñ, Ü, ø, £5, ¥, §, ¿Qué? ¡Sì!')).toMatchObject({ encoding: 'gsm-7', length: 54, segments: 1 });
    // GSM-7 has ù and ì but not û or í.
    expect(measureSms('Crème brûlée, sí')).toMatchObject({ encoding: 'ucs-2', outside: ['û', 'í'] });
  });

  it('switches to 70-character messages, in parts of 67, for any character outside GSM-7', () => {
    expect(measureSms(`${a(69)}’`)).toEqual({ encoding: 'ucs-2', length: 70, segments: 1, outside: ['’'], doubled: [], lengthWithoutOutside: 69 });
    expect(measureSms(`${a(70)}☕`)).toMatchObject({ length: 71, segments: 2, outside: ['☕'] });
    expect(measureSms(`${a(134)}☕`).segments).toBe(3);
    expect(measureSms('`quoted`').outside).toEqual(['`']);
  });

  it('counts an emoji beyond the Basic Multilingual Plane as 2 and keeps its two halves together', () => {
    expect(measureSms('😀'.repeat(35))).toMatchObject({ length: 70, segments: 1, doubled: [{ char: '😀', counts: 2 }] });
    // 33 emoji fill 66 of a part's 67 units: the 34th starts a new part.
    expect(measureSms('😀'.repeat(36))).toMatchObject({ length: 72, segments: 2 });
    expect(measureSms('😀'.repeat(67))).toMatchObject({ length: 134, segments: 3 });
  });

  it('names each character outside GSM-7 once, a whole emoji at a time, and measures the text without them', () => {
    const sms = measureSms('Hi 👍🏽 it’s on: 👍🏽 ’');
    expect(sms.outside).toEqual(['👍🏽', '’']);
    expect(sms.doubled).toEqual([{ char: '👍🏽', counts: 4 }]);
    expect(sms.lengthWithoutOutside).toBe(13);
  });
});

describe('xWeightedLength', () => {
  it('counts Latin text one per character, up to the 280 of a post', () => {
    expect(xWeightedLength(a(280))).toBe(280);
    // "€" (U+20AC) lies outside the ranges X weighs 1.
    expect(xWeightedLength('Ça coûte 5 €')).toBe(13);
  });

  it('counts every link as 23, however long', () => {
    expect(xWeightedLength(`https://example.com/${a(100)}`)).toBe(23);
    expect(xWeightedLength('Visit shop.com/new today')).toBe(35);
    expect(xWeightedLength('a.co/x and https://b.io')).toBe(51);
  });

  it('counts CJK characters and emoji as 2, a combined emoji once', () => {
    expect(xWeightedLength('日本')).toBe(4);
    expect(xWeightedLength('😀')).toBe(2);
    expect(xWeightedLength('👨‍👩‍👧')).toBe(2);
    expect(xWeightedLength('🇫🇷 1️⃣')).toBe(5);
  });

  it('weighs punctuation by the ranges X lists: dashes and quotes 1, the ellipsis 2', () => {
    expect(xWeightedLength('—“”')).toBe(3);
    expect(xWeightedLength('…')).toBe(2);
  });

  it('normalises first, so a decomposed accent is one character', () => {
    expect(xWeightedLength('cafe\u0301')).toBe(4);
  });

  it('counts the keycap left after a link took its "#" as two marks, as X does', () => {
    // The link is "shop.com/#"; U+FE0F and U+20E3 alone are no emoji: 2 each.
    expect(xWeightedLength('shop.com/#️⃣')).toBe(27);
  });
});

describe('findXUrls', () => {
  it('ends a link glued to text where X ends it', () => {
    expect(findXUrls('(see shop.com/x). Or rye.fr!')).toEqual([
      { url: 'shop.com/x', index: 5 },
      { url: 'rye.fr', index: 21 },
    ]);
    expect(findXUrls('日本語example.com日本 кава.com.ua Свіжаhttps://kava.ua/меню»')).toEqual([
      { url: 'example.com', index: 3 },
      { url: 'com.ua', index: 22 },
      { url: 'https://kava.ua/меню', index: 34 },
    ]);
    expect(findXUrls('mlb.tv/x. foo.co.jp/a?b=1, 😀piekarnia.pl')).toEqual([
      { url: 'mlb.tv/x', index: 0 },
      { url: 'foo.co.jp/a?b=1', index: 10 },
      { url: 'piekarnia.pl', index: 29 },
    ]);
  });

  it('leaves out what X does not link: after @, # or $, e-mail addresses, file names, numbers', () => {
    expect(findXUrls('@shop.com #shop.com $shop.com hello@shop.com Node.js report.pdf 7.30 https://192.168.0.1/x')).toEqual([]);
  });

  it('links a domain under a top-level domain newer than twitter-text\'s list, ending it as X ends links', () => {
    expect(findXUrls('Listen: shop.music/live, KIDS.KIDS. x.spa?')).toEqual([
      { url: 'shop.music/live', index: 8 },
      { url: 'KIDS.KIDS', index: 25 },
      { url: 'x.spa', index: 36 },
    ]);
  });
});

describe('characterLength', () => {
  it('counts code points, an emoji of several code points as one', () => {
    expect(characterLength('café')).toBe(4);
    expect(characterLength('ab😀')).toBe(3);
    expect(characterLength('👨‍👩‍👧👍🏽🇫🇷')).toBe(3);
    expect(characterLength('🏳️‍🌈❤️🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}1️⃣')).toBe(4);
    expect(characterLength('日本')).toBe(2);
    expect(characterLength('e\u0301')).toBe(2);
    expect(characterLength('© 2027')).toBe(6);
  });
});

describe('textLength', () => {
  it('counts as each platform counts', () => {
    const text = 'Go 😀 https://example.com/a-long-path';
    expect(textLength(text, 'characters')).toBe(36);
    expect(textLength(text, 'x-weighted')).toBe(29);
    expect(textLength(text, 'gsm-7')).toBe(37);
  });
});

describe('findUrls', () => {
  it('finds links with a scheme, with www., or a domain with a path or a common ending', () => {
    expect(findUrls('Book at example.com/spring. Reply STOP').map((u) => u.url)).toEqual(['example.com/spring']);
    expect(findUrls('(see https://a.io/x), then www.rye.fr or shop.com!')).toEqual([
      { url: 'https://a.io/x', index: 5 },
      { url: 'www.rye.fr', index: 27 },
      { url: 'shop.com', index: 41 },
    ]);
  });

  it('leaves out email addresses, times, abbreviations and file names', () => {
    expect(findUrls('Write to hello@shop.com at 7.30 a.m., e.g. about Node.js or report.pdf')).toEqual([]);
  });

  it('finds a bare domain under any public top-level domain, as X does', () => {
    expect(findUrls('Watch on mlb.tv, order at foo.co.jp/x?y=1. or rye.fr')).toEqual([
      { url: 'mlb.tv', index: 9 },
      { url: 'foo.co.jp/x?y=1', index: 26 },
      { url: 'rye.fr', index: 46 },
    ]);
  });
});
