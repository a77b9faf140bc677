/** How a fix changes the strategy: `problem` and `layout` fixes are safe to apply; a `suggestion` needs the user's judgement. */
export type FixType = 'problem' | 'suggestion' | 'layout';
export const FIX_TYPES: readonly FixType[] = ['problem', 'suggestion', 'layout'];

/** One edit of the source text: the characters from `range[0]` up to `range[1]` become `text`. */
export interface TextEdit {
  range: [number, number];
  text: string;
}

export interface Fix extends TextEdit {
  type: FixType;
  /** What the edit does, in the user's words ("Rename to usp"). */
  desc?: string;
}

export interface Suggestion extends TextEdit {
  desc: string;
}
