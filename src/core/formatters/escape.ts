/**
 * Characters that would act on the terminal or reorder what it shows rather than being shown: C0 controls
 * (ESC starts colour, cursor and title sequences; BEL, BS and CR overwrite), DEL, C1 controls (U+0080–U+009F,
 * CSI among them), and the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) that make a
 * line read differently from what it holds. Tab and line feed are left to each format.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** User text made safe to print: each control character is shown as its escape, \x1b or \u202e. */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (char) => {
    const code = char.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
