import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { superviseServer } from './supervisor.ts';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));

/**
 * `npm start` / `npm run serve`: runs server/main.ts (with the same arguments) as a child process and
 * restarts it when it dies abnormally, logging why. SIGINT and SIGTERM are passed on to it.
 * @example tsx server/supervise.ts --samples
 */
function main(): void {
  const log = (message: string) => console.error(`${new Date().toISOString()} [supervise] ${message}`);
  const supervisor = superviseServer({
    // the same node and loader (tsx registers itself in execArgv); the IPC channel lets the server stop when this process dies
    start: () => spawn(process.execPath, [...process.execArgv, MAIN, ...process.argv.slice(2)], { stdio: ['inherit', 'inherit', 'inherit', 'ipc'] }),
    log,
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => supervisor.stop(signal));
  void supervisor.exited.then((code) => process.exit(code));
}

main();
