import type { TextLimit } from '../catalog/index.js';
import { measureSms, SMS_SEGMENT, textLength } from '../text/text-length.js';
import { formatList } from '../i18n/format.js';
import { formatNumber } from './format.js';
import type { BriefKey, BriefTranslator } from './messages.js';

/** How a text measures against a format limit, counted the way format-fit counts it. */
export interface Measure {
  used: number;
  /** The limit that applies to this text (a text message holds 70 characters once one is outside GSM-7). */
  max: number;
  /** The message that writes the limit with its unit: "125 characters", "160 GSM-7 characters". */
  unit: 'room.characters' | 'room.gsmCharacters';
  /** Why the count differs from what a reader would count, when it does. */
  explanation: string | null;
  /** For text messages: how many messages the text goes out as (and is billed as). */
  segments: number | null;
}

// Letters of a whole script are named as a script ("Cyrillic letters"), not one by one; others are shown.
const SCRIPTS: [RegExp, BriefKey][] = [
  [/\p{Script=Cyrillic}/u, 'script.Cyrillic'],
  [/\p{Script=Greek}/u, 'script.Greek'],
  [/\p{Script=Arabic}/u, 'script.Arabic'],
  [/\p{Script=Hebrew}/u, 'script.Hebrew'],
  [/\p{Script=Han}/u, 'script.Han'],
];

/** The characters outside GSM-7, as a reader names them: "Cyrillic letters and ą ę". */
function outsideText(outside: string[], t: BriefTranslator): string {
  const groups: string[] = [];
  let rest = outside;
  for (const [pattern, key] of SCRIPTS) {
    if (!rest.some((c) => pattern.test(c))) continue;
    groups.push(t.t(key));
    rest = rest.filter((c) => !pattern.test(c));
  }
  if (rest.length) groups.push(rest.join(' '));
  return groups.length > 1 ? formatList(groups, 'and', t.locale) : groups[0] ?? '';
}

export function measure(text: string, limit: TextLimit, t: BriefTranslator): Measure {
  const n = (value: number) => formatNumber(value, t.locale);
  if (limit.counting === 'gsm-7') {
    const sms = measureSms(text);
    if (sms.encoding === 'gsm-7') {
      const { single, part } = SMS_SEGMENT['gsm-7'];
      return {
        used: sms.length,
        max: single,
        unit: 'room.gsmCharacters',
        explanation: t.t('room.gsmExplanation', { single: n(single), part: n(part) }),
        segments: sms.segments,
      };
    }
    const { single, part } = SMS_SEGMENT['ucs-2'];
    return {
      used: sms.length,
      max: single,
      unit: 'room.characters',
      explanation: t.t('room.ucsExplanation', { characters: outsideText(sms.outside, t), single: n(single), part: n(part) }),
      segments: sms.segments,
    };
  }
  return {
    used: textLength(text, limit.counting),
    max: limit.max,
    unit: 'room.characters',
    explanation: limit.counting === 'x-weighted' ? t.t('room.xExplanation') : null,
    segments: null,
  };
}

/** "130" and "30 left", or "100 (2 messages)" and "30 over". */
export function roomText(m: Measure, t: BriefTranslator): { usedText: string; roomText: string; fits: boolean } {
  const fits = m.used <= m.max;
  const n = (value: number) => formatNumber(value, t.locale);
  const used = n(m.used);
  return {
    usedText: m.segments !== null && m.segments > 1 ? t.t('room.messages', { used, count: m.segments, number: n(m.segments) }) : used,
    roomText: fits ? t.t('room.left', { number: n(m.max - m.used) }) : t.t('room.over', { number: n(m.used - m.max) }),
    fits,
  };
}
