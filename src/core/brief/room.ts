import type { TextLimit } from '../catalog/index.js';
import { measureSms, SMS_SEGMENT, textLength } from '../text/text-length.js';
import { formatNumber } from './format.js';

/** How a text measures against a format limit, counted the way format-fit counts it. */
export interface Measure {
  used: number;
  /** The limit that applies to this text (a text message holds 70 characters once one is outside GSM-7). */
  max: number;
  unit: string;
  /** Why the count differs from what a reader would count, when it does. */
  explanation: string | null;
  /** For text messages: how many messages the text goes out as (and is billed as). */
  segments: number | null;
}

export function measure(text: string, limit: TextLimit): Measure {
  if (limit.counting === 'gsm-7') {
    const sms = measureSms(text);
    if (sms.encoding === 'gsm-7') {
      const { single, part } = SMS_SEGMENT['gsm-7'];
      return {
        used: sms.length,
        max: single,
        unit: 'GSM-7 characters',
        explanation: `A text message holds ${single} GSM-7 characters; a longer text is split into parts of ${part}, each billed as one message.`,
        segments: sms.segments,
      };
    }
    const { single, part } = SMS_SEGMENT['ucs-2'];
    return {
      used: sms.length,
      max: single,
      unit: 'characters',
      explanation: `This text holds ${sms.outside.join(' ')}, outside the GSM-7 alphabet, so a text message holds only ${single} characters; a longer text is split into parts of ${part}.`,
      segments: sms.segments,
    };
  }
  return {
    used: textLength(text, limit.counting),
    max: limit.max,
    unit: 'characters',
    explanation: limit.counting === 'x-weighted' ? 'X counts a link as 23 characters, and an emoji or a character of most non-Latin scripts as 2.' : null,
    segments: null,
  };
}

/** "130" and "30 left", or "100 (2 messages)" and "30 over". */
export function roomText(m: Measure): { usedText: string; roomText: string; fits: boolean } {
  const fits = m.used <= m.max;
  const split = m.segments !== null && m.segments > 1 ? ` (${m.segments} messages)` : '';
  return {
    usedText: `${formatNumber(m.used)}${split}`,
    roomText: fits ? `${formatNumber(m.max - m.used)} left` : `${formatNumber(m.used - m.max)} over`,
    fits,
  };
}
