import { ENGLISH, type TrackTranslator } from './messages.js';

/** A number as a spreadsheet or a platform export writes it, or why it is not one. */
export type ParsedNumber = { value: number } | { problem: string };

const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;
const THOUSANDS_COMMA = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const THOUSANDS_DOT_DECIMAL_COMMA = /^[+-]?\d{1,3}(?:\.\d{3})+,\d+$/;
const THOUSANDS_DOT = /^[+-]?\d{1,3}(?:\.\d{3}){2,}$/;
const THOUSANDS_SPACE = /^[+-]?\d{1,3}(?:[ \u00a0\u202f']\d{3})+(?:[.,]\d+)?$/;

/**
 * Reads "1234", "12.5", "12,5" (a decimal comma), "1,234.5", "1.234,5", "12 500" and "35.2%" (a fraction: 0.352).
 * "1,234" is refused: it is 1.234 with a decimal comma or 1234 with a thousands comma, and only the user knows which.
 */
export function parseNumber(raw: string, translator: TrackTranslator = ENGLISH): ParsedNumber {
  const { t } = translator;
  let text = raw.trim();
  let scale = 1;
  if (text.endsWith('%')) {
    text = text.slice(0, -1).trimEnd();
    scale = 100;
  }
  const value = raw.trim();
  if (text === '') return { problem: value === '' ? t('value.empty') : t('value.notNumber', { value }) };
  const done = (normalised: string): ParsedNumber => {
    const number = scale === 1 ? Number(normalised) : +(Number(normalised) / scale).toPrecision(15);
    return Number.isFinite(number) ? { value: number } : { problem: t('value.tooLarge', { value }) };
  };
  if (PLAIN.test(text)) return done(text);
  if (THOUSANDS_SPACE.test(text)) return parseNumber(text.replace(/[ \u00a0\u202f']/g, '') + (scale === 100 ? '%' : ''), translator);
  if (DECIMAL_COMMA.test(text)) {
    const decimals = text.length - text.indexOf(',') - 1;
    if (decimals === 3 && !/^[+-]?0,/.test(text)) {
      const [whole, part] = text.split(',');
      return { problem: t('value.ambiguous', { value, decimal: `${whole}.${part}`, whole: `${whole}${part}` }) };
    }
    return done(text.replace(',', '.'));
  }
  if (THOUSANDS_COMMA.test(text)) {
    if (!text.includes('.') && text.split(',').length === 2) {
      const [whole, part] = text.split(',');
      return { problem: t('value.ambiguous', { value, decimal: `${whole}.${part}`, whole: `${whole}${part}` }) };
    }
    return done(text.replace(/,/g, ''));
  }
  if (THOUSANDS_DOT_DECIMAL_COMMA.test(text)) return done(text.replace(/\./g, '').replace(',', '.'));
  if (THOUSANDS_DOT.test(text)) return done(text.replace(/\./g, ''));
  return { problem: t('value.notNumber', { value }) };
}
