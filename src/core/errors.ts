/**
 * A message by key, for the CLI to word in the user's language: `messageId` names a sentence of the CLI's
 * table (src/cli/messages-cli.ts), `values` fill its placeholders. A value may itself be a message (the reason
 * inside "Cannot read X: …"); `capitalize` starts the sentence with a capital letter.
 */
export interface MessageRef {
  messageId: string;
  values?: MessageRefValues;
  capitalize?: boolean;
}

export type MessageRefValues = Readonly<Record<string, string | number | MessageRef>>;

/**
 * A problem the user can fix (bad flag, bad configuration, unreadable file): mcm exits 2 with its message.
 * `message` is the English sentence; with a `messageId`, the CLI prints it in the chosen language instead.
 */
export class UserError extends Error {
  override name = 'UserError';
  readonly messageId?: string;
  readonly values?: MessageRefValues;

  constructor(message: string, ref?: MessageRef) {
    super(message);
    if (ref) {
      this.messageId = ref.messageId;
      if (ref.values) this.values = ref.values;
    }
  }
}
