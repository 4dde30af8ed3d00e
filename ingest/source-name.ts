import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * The source to store for an article named over HTTP: the relative name as sent (`world/ferry.txt`),
 * or only the file name when the name is a path of the sender's machine (absolute, a drive, `~`, `..`).
 * @example toUploadSource('C:\\Users\\ana\\news\\ferry.txt') // 'ferry.txt'
 */
export function toUploadSource(name: string): string {
  const slashed = name.trim().replace(/\\/g, '/');
  const segments = slashed.split('/').filter((segment) => segment !== '' && segment !== '.');
  // "/home/…", "C:/…", "file:///…", "~/…", "//server/share/…"
  const rooted = slashed.startsWith('/') || slashed.startsWith('~') || /^[a-z][a-z0-9+.-]*:/i.test(slashed);
  if (rooted || segments.includes('..')) return segments.at(-1) ?? name;
  return segments.join('/') || name;
}

/**
 * The source to store for a file the ingest CLI read: its path from the working folder when it lies
 * under it (`samples/ferry.txt`, as given), else from the folder holding the path it was found under
 * (`news/2024/ferry.txt` for a file in /home/ana/news), so no absolute path of this machine is stored.
 */
export function toFileSource(file: string, foundUnder: string, cwd: string = process.cwd()): string {
  const absolute = resolve(cwd, file);
  const fromCwd = relative(cwd, absolute);
  const under = fromCwd !== '' && !fromCwd.startsWith('..') && !isAbsolute(fromCwd);
  return (under ? fromCwd : relative(dirname(resolve(cwd, foundUnder)), absolute)).split(sep).join('/');
}
