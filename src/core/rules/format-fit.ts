import { channelType, formatFacts, formats, type ChannelTypeFacts, type FormatFacts, type FormatId, type TextLimit } from '../catalog/index.js';
import { defineRule, type Report } from '../lint/define-rule.js';
import { characterLength, findUrls, measureSms, smsAlphabet, SMS_SEGMENT, textLength, withoutDiacritics } from '../text/text-length.js';
import type { Channel, Path } from '../strategy/types.js';
import { listWords, quote } from '../text/wording.js';

type MessageId = 'unsupportedFormat' | 'tooFew' | 'tooMany' | 'tooLong' | 'overGuidance' | 'smsSegments' | 'smsUnicode' | 'smsCyrillic' | 'smsGreek'
  | 'smsEmoji' | 'smsLetters' | 'linkInText' | 'linkField' | 'andOthers' | 'dropToOne' | 'dropAndCut' | 'dropEmojiToOne' | 'dropEmojiAndCut'
  | 'plainToOne' | 'plainAndCut' | 'adviceDefault' | 'adviceCaptions' | 'adviceOffline' | 'countsAs' | 'countedAs' | 'xCounted';

// Printed, broadcast or in-store formats, like every format of a type where nothing is clickable (a print
// article, a billboard video): a printed address or a QR code is how people get there, so a link is no mistake.
const OFFLINE = new Set<FormatId>(['print-ad', 'flyer', 'direct-mail-piece', 'tv-spot', 'radio-spot', 'billboard', 'event-booth', 'in-store-display']);
// Without content.link_placement, content that already says where people tap or scan instead does not rely
// on the link: "link in bio", a story sticker or a QR code, in the five languages mcm reads (SPEC §8):
// «посилання в профілі», «ссылка в шапке профиля», «link w bio», «nasc sa bheathaisnéis» and their variants.
// Built on first use, when a text holds one of the hints below: building it costs a fraction of a millisecond.
let linkElsewhere: RegExp | undefined;
export const linkElsewherePattern = () => (linkElsewhere ??= new RegExp(
  // A profile's forms only (профілю, профиля, profilu), so «профілактика» or «profilaktyka» is no profile; «шапка»
  // only as "in the header" («в шапке», «у шапці»), so a shop's hats are not a link.
  String.raw`(?<!\p{L})(?:bio|sticker\p{L}*|qr|profile|профіл(?:ь|ю|я|і|ем|ів|ях|ям)?|профил(?:ь|я|ю|ем|е|и|ей|ях|ям)?|(?:в|у|во)\s+шап(?:ке|ку|ці|цi|ку)|біо|био|стікер\p{L}*|стикер\p{L}*|profil(?:u|em|ach|e|i|om)?|naklejk\p{L}*|n?bheathaisn[ée]is|beathaisn[ée]is|b?ph?r[óo]if[íi]l\p{L}*|ghream[áa]n\p{L}*|gream[áa]n\p{L}*)(?!\p{L})`,
  'iu',
));
// A word the pattern matches holds one of these (case folded the same way): testing them first is fast, where
// the pattern's letter classes under the i and u flags cost milliseconds on every text.
const LINK_ELSEWHERE_HINT = /bio|sticker|qr|profil|профіл|профил|шапц|шапк|біо|био|стікер|стикер|naklejk|eathaisn[ée]is|r[óo]if[íi]l|ream[áa]n/iu;
export const saysLinkElsewhere = (text: string) => LINK_ELSEWHERE_HINT.test(text) && linkElsewherePattern().test(text);
// Where a link_placement says the reader finds the link: anywhere but the caption itself, it does not need
// to be clickable there.
const PLACED_ELSEWHERE = new Set(['bio', 'sticker', 'qr', 'button', 'printed', 'spoken']);

export default defineRule<MessageId>({
  id: 'format-fit',
  description: 'Each channel uses a format its channel type offers, keeps its text within the format\'s limits, and relies on no link people cannot click.',
  severity: { recommended: 'warning', strict: 'warning' },
  messages: {
    unsupportedFormat: 'Channel "{{channel}}" is of type "{{type}}", which does not offer the format "{{format}}": use {{supported}}.',
    tooFew: 'Channel "{{channel}}" has {{count}} {{items}}; a {{format}} on {{platform}} takes at least {{min}} (and at most {{max}}): add more, so the platform can test and combine them.',
    tooMany: 'Channel "{{channel}}" has {{count}} {{items}}; a {{format}} on {{platform}} takes at most {{max}}: keep the {{max}} strongest.',
    tooLong: 'The {{field}} of channel "{{channel}}" is {{count}} characters{{counted}}; {{platform}} allows at most {{max}}, so cut at least {{over}}.',
    overGuidance: 'The {{field}} of channel "{{channel}}" is {{count}} characters; most screens show only about {{max}}, so the last {{over}} may be cut off: put the key words first, or shorten it.',
    smsSegments: 'The text message of channel "{{channel}}" is {{count}} characters{{counted}}, so it goes out as {{segments}} messages of up to {{part}} characters, each one billed; keep it to {{single}} to send one.',
    smsUnicode: 'The text message of channel "{{channel}}" is {{count}} characters{{counted}} and holds {{outside}}, outside the GSM-7 alphabet, so it goes out as {{segments}} messages of up to {{part}} characters, each one billed; keep it to {{single}} to send one{{instead}}.',
    smsCyrillic: 'The text message of channel "{{channel}}" is {{count}} characters{{counted}}. Cyrillic letters always go as UCS-2: {{single}} characters per message, {{part}} per part of a longer one, so it goes out as {{segments}} messages, each one billed; keep it to {{single}} to send one.',
    smsGreek: 'The text message of channel "{{channel}}" is {{count}} characters{{counted}}. Greek letters always go as UCS-2: {{single}} characters per message, {{part}} per part of a longer one, so it goes out as {{segments}} messages, each one billed; keep it to {{single}} to send one.',
    smsEmoji: 'The text message of channel "{{channel}}" is {{count}} characters{{counted}}. Emoji always go as UCS-2: {{single}} characters per message, {{part}} per part of a longer one, so it goes out as {{segments}} messages, each one billed; keep it to {{single}} to send one{{instead}}.',
    smsLetters: 'The text message of channel "{{channel}}" is {{count}} characters{{counted}} and holds letters outside the GSM-7 alphabet ({{letters}}), so it goes as UCS-2: {{single}} characters per message, {{part}} per part of a longer one, and it goes out as {{segments}} messages, each one billed; keep it to {{single}} to send one{{instead}}.',
    andOthers: '{{items}} and others',
    dropToOne: ', or drop {{outside}} to send it as one message of up to {{gsm}}',
    dropAndCut: ', or drop {{outside}} and cut it to {{gsm}}',
    dropEmojiToOne: ', or drop the emoji to send it as one message of up to {{gsm}}',
    dropEmojiAndCut: ', or drop the emoji and cut it to {{gsm}}',
    plainToOne: ', or write these letters without their diacritics to send it as one message of up to {{gsm}}',
    plainAndCut: ', or write these letters without their diacritics and cut it to {{gsm}}',
    countedAs: ' ({{list}})',
    countsAs: '"{{char}}" counts as {{counts}}',
    xCounted: ' as X counts them (every link counts 23, an emoji or a CJK character 2)',
    linkInText: 'Channel "{{channel}}" relies on the link "{{url}}" in its {{platform}} {{field}}. {{advice}}',
    linkField: 'Channel "{{channel}}" relies on the link {{url}} from its {{platform}} {{format}}. {{advice}}',
    adviceDefault: 'Links are not clickable in this format: send people to a format or channel where they can tap one.',
    adviceCaptions: 'Links in captions are not clickable: use the link in bio, a story link sticker or an ad.',
    adviceOffline: 'Nothing here can be clicked: print or say a short address, a QR code or a promo code.',
  },
  check({ strategy, report }) {
    strategy.channels.forEach((channel, i) => {
      const format = channel.content?.format;
      const type = channel.type === 'custom' ? undefined : channelType(channel.type);
      if (!type || !format) return;
      const facts = formatFacts(type.id, format);
      if (!facts) {
        report({ messageId: 'unsupportedFormat', data: { channel: channel.id, type: type.id, format, supported: supported(type) }, path: ['channels', i, 'content', 'format'] });
        return;
      }
      const at = (field: string): Path => ['channels', i, 'content', field];
      for (const limit of facts.limits) {
        checkLimit(channel, type, limit, channel.content?.[limit.field], at(limit.field), report);
        // Several headlines or descriptions (a responsive search ad): each is checked at its own place.
        const key = limit.field === 'headline' ? 'headlines' : 'descriptions';
        const list = channel.content?.[key];
        if (!Array.isArray(list)) continue;
        list.forEach((text, n) => checkLimit(channel, type, limit, text, ['channels', i, 'content', key, n], report));
        if (limit.count && (list.length < limit.count.min || list.length > limit.count.max)) {
          const data = { channel: channel.id, count: list.length, items: `${limit.label}${list.length === 1 ? '' : 's'}`, min: limit.count.min, max: limit.count.max, label: limit.label, platform: type.label, format: formats[format].label.toLowerCase() };
          report({ messageId: list.length < limit.count.min ? 'tooFew' : 'tooMany', data, path: at(key) });
        }
      }
      if (!facts.linksClickable && !OFFLINE.has(format) && Object.values(type.formats).some((f) => f?.linksClickable)) {
        checkLinks(channel, type, format, facts, at, report);
      }
    });
  },
});

function checkLimit(channel: Channel, type: ChannelTypeFacts, limit: TextLimit, text: unknown, path: Path, report: (r: Report<MessageId>) => void): void {
  if (typeof text !== 'string' || !text) return;
  if (limit.counting === 'gsm-7') {
    const sms = measureSms(text);
    if (sms.segments === 1) return;
    const size = SMS_SEGMENT[sms.encoding];
    const doubled = sms.doubled.slice(0, 3).map((d) => ({ messageId: 'countsAs', data: { char: d.char, counts: d.counts } }));
    const counted = doubled.length ? { messageId: 'countedAs', data: { list: { list: doubled, join: ', ' as const } } } : '';
    const data = { channel: channel.id, count: sms.length, counted, segments: sms.segments, part: size.part, single: size.single };
    if (sms.encoding === 'gsm-7') {
      report({ messageId: 'smsSegments', data, path });
      return;
    }
    const gsm = SMS_SEGMENT['gsm-7'].single;
    const alphabet = smsAlphabet(sms.outside);
    // Cyrillic and Greek text has no GSM-7 form: the advice is the length, never dropping the letters.
    if (alphabet === 'cyrillic' || alphabet === 'greek') {
      report({ messageId: alphabet === 'cyrillic' ? 'smsCyrillic' : 'smsGreek', data, path });
      return;
    }
    const shown = { list: sms.outside.slice(0, 3), join: 'and' as const, quoted: true };
    const outside = sms.outside.length > 3 ? { messageId: 'andOthers', data: { items: shown } } : shown;
    const fits = sms.lengthWithoutOutside <= gsm;
    if (alphabet === 'emoji') {
      report({ messageId: 'smsEmoji', data: { ...data, instead: { messageId: fits ? 'dropEmojiToOne' : 'dropEmojiAndCut', data: { gsm } } }, path });
    } else if (alphabet === 'latin') {
      const plain = measureSms(withoutDiacritics(text));
      const one = plain.encoding === 'gsm-7' && plain.segments === 1;
      report({ messageId: 'smsLetters', data: { ...data, letters: outside, instead: plain.encoding === 'gsm-7' ? { messageId: one ? 'plainToOne' : 'plainAndCut', data: { gsm } } : '' }, path });
    } else {
      report({ messageId: 'smsUnicode', data: { ...data, outside, instead: { messageId: fits ? 'dropToOne' : 'dropAndCut', data: { outside, gsm } } }, path });
    }
    return;
  }
  const count = textLength(text, limit.counting);
  if (count <= limit.max) return;
  const data = { field: limit.label, channel: channel.id, count, max: limit.max, over: count - limit.max, platform: type.label };
  if (!limit.hard) {
    report({ messageId: 'overGuidance', data, path, severity: 'info' });
    return;
  }
  const weighted = limit.counting === 'x-weighted' && count !== characterLength(text);
  const counted = weighted ? { messageId: 'xCounted' as const } : '';
  report({ messageId: 'tooLong', data: { ...data, counted }, path });
}

function checkLinks(channel: Channel, type: ChannelTypeFacts, format: FormatId, facts: FormatFacts, at: (field: string) => Path, report: (r: Report<MessageId>) => void): void {
  const content = channel.content ?? {};
  const advice = { messageId: facts.advice === 'captions' ? 'adviceCaptions' : facts.advice === 'offline' ? 'adviceOffline' : 'adviceDefault' };
  const field = facts.limits.find((l) => l.field === 'message')?.label ?? 'message';
  const placement = content.link_placement;
  if (placement) {
    if (PLACED_ELSEWHERE.has(placement)) return;
  } else if ([content.message, content.cta, content.headline, ...(content.headlines ?? []), ...(content.descriptions ?? [])].some((text) => typeof text === 'string' && saysLinkElsewhere(text))) {
    return;
  }
  const url = content.message ? findUrls(content.message)[0]?.url : undefined;
  if (url) {
    report({ messageId: 'linkInText', data: { channel: channel.id, url, field, platform: type.label, advice }, path: at('message') });
  } else if (content.link) {
    report({ messageId: 'linkField', data: { channel: channel.id, url: content.link, format: formats[format].label.toLowerCase(), platform: type.label, advice }, path: at('link') });
  }
}

/** The formats the type offers; "other", which every type accepts, only when there is nothing else. */
function supported(type: ChannelTypeFacts): string {
  const offered = Object.keys(type.formats).filter((id) => id !== 'other');
  return offered.length ? listWords(quote(offered), 'or') : '"other"';
}
