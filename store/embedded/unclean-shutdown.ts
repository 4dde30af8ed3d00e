import { statSync } from 'node:fs';

/**
 * True when the engine's write-ahead log beside `databaseFile` holds writes no checkpoint has taken in:
 * the process that last had the store open was killed (closing checkpoints and removes the log). Read
 * before opening, since opening replays the log and truncates it.
 */
export function hasUnreplayedLog(databaseFile: string): boolean {
  try {
    return statSync(`${databaseFile}.wal`).size > 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
