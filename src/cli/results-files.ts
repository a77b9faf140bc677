import { MAX_BYTES } from '../core/strategy/parse.js';
import type { ResultProblem } from '../core/results/index.js';
import { readStrategyFile } from './files.js';

/** A results file's text: UTF-8 (with or without a byte order mark) or UTF-16 as spreadsheets save it. */
export function readResultsText(path: string, shown: string): { text: string } | { problem: string } {
  let bytes: Buffer;
  try {
    bytes = readStrategyFile(path, shown);
  } catch (error) {
    return { problem: error instanceof Error ? error.message.replace(/\.$/, '') : String(error) };
  }
  if (bytes.length > MAX_BYTES) return { problem: `"${shown}" is larger than ${MAX_BYTES / 1024 / 1024} MB: split it into several files` };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: bytes.subarray(2).toString('utf16le') };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.includes('\0')) return { problem: `"${shown}" holds binary data, not CSV text` };
    return { text };
  } catch {
    return { problem: `"${shown}" is not UTF-8 text: save it as "CSV UTF-8" in your spreadsheet` };
  }
}

/** The problems as file:row:column lines, at most 50 of them. */
export function problemLines(problems: ResultProblem[]): string {
  const shown = problems.slice(0, 50).map((p) => `${p.file}:${p.row}:${p.column}: ${p.message}\n`);
  if (problems.length > 50) shown.push(`… and ${problems.length - 50} more problems (--format json lists them all).\n`);
  return shown.join('');
}
