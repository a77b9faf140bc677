/** Whether `c` ends a line as the `^` and `$` of a regular expression with the m flag see it: LF, CR, U+2028, U+2029. */
export const isLineBreak = (c: string | undefined): boolean => c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029';

/** Whether `at` is the start of a line of `text`, as `^` with the m flag sees it. */
export const startsLine = (text: string, at: number): boolean => at === 0 || isLineBreak(text[at - 1]);
