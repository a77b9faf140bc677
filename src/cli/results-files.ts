import { MAX_BYTES } from '../core/strategy/parse.js';
import type { ResultProblem } from '../core/results/index.js';
import type { TrackTranslator } from '../core/results/messages.js';
import { readStrategyFile } from './files.js';

/** A results file's text: UTF-8 (with or without a byte order mark) or UTF-16 as spreadsheets save it. */
export function readResultsText(path: string, shown: string, translator?: TrackTranslator): { text: string } | { problem: string } {
  let bytes: Buffer;
  try {
    bytes = readStrategyFile(path, shown);
  } catch (error) {
    return { problem: error instanceof Error ? error.message.replace(/\.$/, '') : String(error) };
  }
  if (bytes.length > MAX_BYTES) return { problem: translator ? translator.t('cli.tooLarge', { file: shown, size: String(MAX_BYTES / 1024 / 1024) }) : `"${shown}" is larger than ${MAX_BYTES / 1024 / 1024} MB: split it into several files` };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: bytes.subarray(2).toString('utf16le') };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.includes('\0')) return { problem: translator ? translator.t('cli.binary', { file: shown }) : `"${shown}" holds binary data, not CSV text` };
    return { text };
  } catch {
    return { problem: translator ? translator.t('cli.notUtf8', { file: shown }) : `"${shown}" is not UTF-8 text: save it as "CSV UTF-8" in your spreadsheet` };
  }
}

/** The problems as file:row:column lines, at most 50 of them. */
export function problemLines(problems: ResultProblem[], translator?: TrackTranslator): string {
  const shown = problems.slice(0, 50).map((p) => `${p.file}:${p.row}:${p.column}: ${p.message}\n`);
  const more = problems.length - 50;
  if (more > 0) shown.push(`${translator ? translator.t('cli.moreProblems', { count: more }) : `… and ${more} more problems (--format json lists them all).`}\n`);
  return shown.join('');
}
