import { channelType, formatFacts, formats, isFormatId, metrics, type ChannelTypeFacts, type TextLimit } from '../core/catalog/index.js';
import { measureSms, SMS_SEGMENT, textLength, type Path } from '../index.js';
import { isRecord, type Place, type StrategyDocument } from './document.js';

const number = new Intl.NumberFormat('en');
const STRENGTH = { strong: 'a strong fit', fair: 'a fair fit', weak: 'a weak fit' } as const;

/** Markdown for the node under the cursor, or undefined when mcm has nothing to add there. */
export function hoverText(doc: StrategyDocument, place: Place): string | undefined {
  const { path } = place;
  const field = path[path.length - 1];
  const channel = channelAt(doc, path);
  if (channel && path.length === 3 && field === 'type') {
    const type = typeof channel.value.type === 'string' ? channelType(channel.value.type) : undefined;
    return type && type.id !== 'custom' ? describeType(type) : undefined;
  }
  if (channel && path.length === 4 && path[2] === 'content' && field === 'format') {
    return describeFormat(String(channel.value.type ?? ''), doc.get(path));
  }
  if (channel && path.length === 4 && path[2] === 'content' && (field === 'message' || field === 'headline') && place.target === 'value') {
    return describeRoom(channel.value, field, doc.get(path));
  }
  if (field === 'metric' && place.target === 'value' && ((path[0] === 'goal' && path.length === 2) || (channel && path[2] === 'kpis'))) {
    return describeMetric(doc.get(path));
  }
  return undefined;
}

export function channelAt(doc: StrategyDocument, path: Path): { index: number; value: Record<string, unknown> } | undefined {
  if (path[0] !== 'channels' || typeof path[1] !== 'number') return undefined;
  const value = doc.get(path.slice(0, 2));
  return isRecord(value) ? { index: path[1], value } : undefined;
}

export function describeType(type: ChannelTypeFacts): string {
  const lines = [`**${type.label}** (\`${type.id}\`), ${type.category} channel`, ''];
  const offered = Object.entries(type.formats).filter(([id]) => id !== 'other');
  if (offered.length) {
    lines.push('Formats:');
    for (const [id, facts] of offered) {
      const limits = facts?.limits.map(limitText) ?? [];
      const clickable = facts && !facts.linksClickable ? 'links not clickable' : undefined;
      const extra = [...limits, ...(clickable ? [clickable] : [])];
      lines.push(`- \`${id}\`${extra.length ? `: ${extra.join('; ')}` : ''}`);
    }
    lines.push('');
  }
  lines.push(`Stages: ${type.stages.join(', ')}`, '');
  const { audience } = type;
  lines.push(`Audience: ${audience.notes} B2C: ${STRENGTH[audience.b2c]}; B2B: ${STRENGTH[audience.b2b]}.`);
  return lines.join('\n');
}

function describeFormat(typeId: string, format: unknown): string | undefined {
  if (typeof format !== 'string' || !isFormatId(format)) return undefined;
  const info = formats[format];
  const lines = [`**${info.label}** (\`${format}\`)`, '', info.description];
  const type = channelType(typeId);
  const facts = formatFacts(typeId, format);
  if (type && type.id !== 'custom' && facts) {
    const limits = facts.limits.map(limitText);
    if (limits.length) lines.push('', `On ${type.label}: ${limits.join('; ')}.`);
    if (!facts.linksClickable) lines.push('', `Links are not clickable here.${facts.note ? ` ${facts.note}` : ''}`);
    else if (facts.note) lines.push('', facts.note);
  } else if (type && type.id !== 'custom') {
    lines.push('', `${type.label} does not offer this format.`);
  }
  return lines.join('\n');
}

function limitText(limit: TextLimit): string {
  const counted = limit.counting === 'gsm-7' ? ' GSM-7' : limit.counting === 'x-weighted' ? ' (as X counts them)' : '';
  return `${limit.label} ${limit.hard ? 'up to' : 'best within'} ${number.format(limit.max)}${counted} characters`;
}

/** How much room the text has left in its format. */
function describeRoom(channel: Record<string, unknown>, field: 'message' | 'headline', text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  const content = isRecord(channel.content) ? channel.content : {};
  const typeId = String(channel.type ?? '');
  const format = String(content.format ?? '');
  const type = channelType(typeId);
  const limit = formatFacts(typeId, format)?.limits.find((l) => l.field === field);
  if (!type || !limit) return `${number.format(textLength(text, 'characters'))} characters; the catalog sets no length limit for this ${field} here.`;
  if (limit.counting === 'gsm-7') {
    const sms = measureSms(text);
    const size = SMS_SEGMENT[sms.encoding];
    const encoding = sms.encoding === 'gsm-7' ? 'GSM-7' : 'UCS-2 (it holds characters outside GSM-7)';
    if (sms.segments <= 1) return `**${number.format(sms.length)} of ${size.single}** characters in one text message, ${encoding}: ${number.format(size.single - sms.length)} left.`;
    return `**${number.format(sms.length)}** characters, ${encoding}: it goes out as ${sms.segments} text messages of up to ${size.part}; keep it to ${size.single} to send one.`;
  }
  const count = textLength(text, limit.counting);
  const left = limit.max - count;
  const what = `the ${limit.label} of a ${type.label} ${formats[format as keyof typeof formats]?.label.toLowerCase() ?? format}`;
  if (left >= 0) return `**${number.format(count)} of ${number.format(limit.max)}** characters for ${what}: ${number.format(left)} left.`;
  return `**${number.format(count)} of ${number.format(limit.max)}** characters for ${what}: ${number.format(-left)} over${limit.hard ? '' : ' (most screens cut it there)'}.`;
}

const UNIT: Record<string, string> = {
  count: 'a count', ratio: 'a ratio, written as a fraction (0.02 = 2 %)', multiple: 'a multiple (3 = three times the spend)',
  money: 'an amount in the budget\'s currency', duration: 'a duration', score: 'a score',
};

export function describeMetric(id: unknown): string | undefined {
  if (typeof id !== 'string' || !Object.hasOwn(metrics, id)) return undefined;
  const facts = metrics[id]!;
  const traits = [
    UNIT[facts.unit] ?? facts.unit,
    facts.kind === 'flow' ? 'adds up over time (the actual is the sum of the results so far)' : 'read at a moment (the actual is the latest result)',
    facts.direction === 'higher' ? 'higher is better' : facts.direction === 'lower' ? 'lower is better' : 'neither higher nor lower is better in itself',
  ];
  const lines = [`**${facts.label}** (\`${id}\`)`, '', facts.description, '', `${traits.join('; ')}.`.replace(/^./, (c) => c.toUpperCase()), ''];
  if (facts.partOf && Object.hasOwn(metrics, facts.partOf)) lines.push(`Part of ${metrics[facts.partOf]!.label.toLowerCase()} on the same channel, so never larger.`, '');
  lines.push(`Measures: ${facts.stages.join(', ')}`);
  return lines.join('\n');
}
