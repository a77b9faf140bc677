import type { TextLimit } from '../catalog/types.js';
import { measureSms, SMS_SEGMENT, textLength } from '../text/text-length.js';
import { t } from './messages.js';

/** How much of a limit a text uses, counted as format-fit counts it, and the limit for that text. */
export function measure(text: string, limit: TextLimit): { used: number; max: number } {
  if (limit.counting === 'gsm-7') {
    // One text message: 160 GSM-7 characters, or 70 once a character outside that alphabet is used.
    const sms = measureSms(text);
    return { used: sms.length, max: Math.min(limit.max, SMS_SEGMENT[sms.encoding].single) };
  }
  return { used: textLength(text, limit.counting), max: limit.max };
}

/** The limit in words, for a prompt: "up to 160 characters (70 if it uses emoji…)". */
export function describeLimit(limit: TextLimit): string {
  const how = limit.counting === 'gsm-7' ? t('limit.sms', { max: SMS_SEGMENT['ucs-2'].single }) : limit.counting === 'x-weighted' ? t('limit.x') : '';
  return `${t(limit.hard ? 'limit.up.to' : 'limit.best', { max: limit.max })}${how}`;
}
