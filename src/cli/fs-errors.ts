// Kept apart from files.ts so that run.ts can word an error without loading the file readers.

/** What went wrong with a path, in the words of someone who did not write the operating system. */
export function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT': return 'it does not exist';
    case 'ENOTDIR': return 'a part of the path is a file, not a folder';
    case 'EISDIR': return 'it is a folder';
    case 'ELOOP': return 'its symbolic links lead in a circle';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'ENAMETOOLONG': return 'the name is too long for the file system';
    case 'ENOSPC': return 'the disk is full';
    case 'EDQUOT': return 'the disk quota is used up';
    case 'EROFS': return 'the disk is read-only';
    case 'EIO': return 'the disk reported an input/output error';
    case 'ENXIO': return 'nothing is connected to it (a socket, or a pipe that nothing reads)';
    case 'EBUSY': return 'it is in use';
    case 'EMFILE':
    case 'ENFILE': return 'too many files are open';
    case 'EEXIST': return 'it already exists';
    default: return error instanceof Error ? error.message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '') : String(error);
  }
}

/** Whether an error came from the operating system (it has an errno code), rather than from mcm. */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && /^E[A-Z]+$/.test((error as NodeJS.ErrnoException).code!);
}
