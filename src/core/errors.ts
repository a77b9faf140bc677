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

/** A table of English sentences by key, with `{name}` placeholders only (plurals are for the translations). */
export type SentenceTable = Readonly<Record<string, string>>;

/** The English sentence of a message from `table`: its placeholders filled, nested messages worded first. */
export function englishFrom(table: SentenceTable, message: MessageRef): string {
  const template = table[message.messageId] ?? message.messageId;
  const text = template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = message.values?.[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? englishFrom(table, value) : String(value);
  });
  return message.capitalize && text ? `${text[0]!.toUpperCase()}${text.slice(1)}` : text;
}

/** A UserError worded by key from `table`; the CLI words it again in the chosen language (locales/cli.<locale>.json). */
export function tableError(table: SentenceTable, messageId: string, values?: MessageRefValues): UserError {
  const ref: MessageRef = { messageId, ...(values ? { values } : {}) };
  return new UserError(englishFrom(table, ref), ref);
}
