/** A problem the user can fix (bad flag, bad configuration, unreadable file): mcm exits 2 with its message. */
export class UserError extends Error {
  override name = 'UserError';
}
