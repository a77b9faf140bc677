import { parse } from 'csv-parse/sync';
import { ENGLISH, type TrackTranslator } from './messages.js';

/** One line of a CSV file: its cells and the line it starts on (1-based, as a spreadsheet numbers rows). */
export interface CsvRecord {
  cells: string[];
  row: number;
}

export interface CsvTable {
  records: CsvRecord[];
  delimiter: string;
  /** Lines that could not be read as CSV (an unclosed quote), with the reason. */
  broken: { row: number; message: string }[];
}

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * The delimiter: of `,`, `;` and tab, the one that occurs most often outside quotes on one of the first lines
 * (a banner line above the header, such as "March 1, 2027 - April 15, 2027", does not decide it).
 */
export function detectDelimiter(text: string, skip?: (line: string) => boolean): string {
  const best = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let seen = 0;
  for (const line of text.split(/\r?\n/, 200)) {
    if (line.trim() === '' || skip?.(line)) continue;
    if (++seen > 10) break;
    const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
    let quoted = false;
    for (const char of line) {
      if (char === '"') quoted = !quoted;
      else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
    }
    for (const [d, n] of counts) if (n > best.get(d)!) best.set(d, n);
  }
  const [delimiter, count] = [...best].sort((a, b) => b[1] - a[1])[0]!;
  return count > 0 ? delimiter : ',';
}

/**
 * Reads CSV text with csv-parse: a UTF-8 byte order mark, `,`, `;` or tab delimiters (detected), quoted fields
 * with delimiters and line breaks inside, uneven rows. A line that is not valid CSV is listed in `broken`; never throws.
 */
export function readCsv(text: string, options: { comment?: string } = {}): CsvTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const comment = options.comment;
  const delimiter = detectDelimiter(body, comment ? (line) => line.startsWith(comment) : undefined);
  const broken: CsvTable['broken'] = [];
  const records: CsvRecord[] = [];
  try {
    const parsed = parse(body, {
      delimiter,
      bom: true,
      record_delimiter: ['\r\n', '\n', '\r'],
      raw: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      ...(comment ? { comment, comment_no_infix: true } : {}),
      on_skip: (error: { lines?: number; message: string } | undefined) => {
        if (error) broken.push({ row: error.lines ?? 0, message: error.message });
      },
    }) as unknown as { record: string[]; raw: string }[];
    // Rows are numbered from the raw text: csv-parse counts a \r\n inside a quoted field as two lines.
    let line = 1;
    for (const { record, raw } of parsed) {
      const lead = /^(?:[ \t]*(?:\r\n|\n|\r))*/.exec(raw)![0];
      const row = line + breaks(lead);
      line += breaks(raw);
      if (record.every((cell) => cell.trim() === '')) continue;
      records.push({ cells: record, row });
    }
  } catch (error) {
    const lines = (error as { lines?: number }).lines;
    broken.push({ row: typeof lines === 'number' ? lines : 1, message: error instanceof Error ? error.message : String(error) });
  }
  return { records, delimiter, broken };
}

/** The reason csv-parse gives, in plain words: its own English words only where mcm speaks English. */
export function csvReason(message: string, { t, locale }: TrackTranslator = ENGLISH): string {
  if (/quote/i.test(message)) return t('csv.quote');
  if (locale !== 'en') return t('csv.other');
  return message.replace(/^Invalid\s+/i, '').replace(/:.*$/s, '').toLowerCase() || t('csv.other');
}

/** Line breaks in a text, \r\n counted once. */
function breaks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) count++;
  }
  return count;
}
