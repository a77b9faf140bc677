/** Whether `c` ends a line as the `^` and `$` of a regular expression with the m flag see it: LF, CR, U+2028, U+2029. */
export const isLineBreak = (c: string | undefined): boolean => c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029';

/** Whether `at` is the start of a line of `text`, as `^` with the m flag sees it. */
export const startsLine = (text: string, at: number): boolean => at === 0 || isLineBreak(text[at - 1]);

/** startsLine() for UTF-8 bytes: after LF, CR, U+2028 (E2 80 A8) or U+2029 (E2 80 A9). */
export const startsLineInUtf8 = (bytes: Uint8Array, at: number): boolean => at === 0 || bytes[at - 1] === 0x0a || bytes[at - 1] === 0x0d
  || (at >= 3 && bytes[at - 3] === 0xe2 && bytes[at - 2] === 0x80 && (bytes[at - 1] === 0xa8 || bytes[at - 1] === 0xa9));
