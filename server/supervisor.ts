import { constants } from 'node:os';
import { createRestartPolicy, DEFAULT_RESTART_POLICY, EXIT_CONFIG, type RestartPolicyOptions } from './restart-policy.ts';

/** What the supervisor needs of a child process: node's ChildProcess has it, and so does a test's fake. */
export interface SupervisedProcess {
  readonly pid?: number;
  kill(signal?: NodeJS.Signals): boolean;
  once(event: 'exit', listener: (code: number | null, signal: NodeJS.Signals | null) => void): unknown;
}

export interface SupervisorOptions {
  /** Starts the server; called again after each crash. */
  start: () => SupervisedProcess;
  log: (message: string) => void;
  policy?: Partial<RestartPolicyOptions>;
  /** How long a server asked to stop may take before it is killed. */
  stopTimeoutMs?: number;
}

export interface Supervisor {
  /** The exit code for the supervisor: the server's own after a stop, 1 after a crash loop. */
  readonly exited: Promise<number>;
  /** Passes `signal` on to the server and restarts it no more. */
  stop(signal: NodeJS.Signals): void;
}

/**
 * Keeps a server running: starts it, and when it dies abnormally (a signal such as SIGSEGV from
 * native code, a non-zero exit) logs why and starts it again after a backoff, until it crashes too
 * often to be worth restarting. A clean exit (0) or a refused configuration ends supervision.
 * @example const supervisor = superviseServer({ start: () => spawn(node, [main]), log: console.error });
 */
export function superviseServer(options: SupervisorOptions): Supervisor {
  const policy = createRestartPolicy(options.policy);
  const windowSeconds = (options.policy?.windowMs ?? DEFAULT_RESTART_POLICY.windowMs) / 1000;
  let child: SupervisedProcess | null = null;
  let stopping = false;
  let restartTimer: NodeJS.Timeout | undefined;
  let finish: (code: number) => void = () => undefined;
  const exited = new Promise<number>((resolve) => (finish = resolve));

  const start = () => {
    const current = options.start();
    child = current;
    options.log(`server started (pid ${current.pid ?? '?'})`);
    current.once('exit', (code, signal) => {
      child = null;
      const how = describeExit(code, signal);
      if (stopping) {
        options.log(`server (pid ${current.pid}) ${how}, as asked`);
        return finish(code ?? 0);
      }
      if (code === 0 || code === EXIT_CONFIG) {
        options.log(`server (pid ${current.pid}) ${how}${code === EXIT_CONFIG ? ': its configuration is refused, so a restart would fail the same way' : ''}`);
        return finish(code);
      }
      const decision = policy.onCrash(Date.now());
      if (!decision.restart) {
        options.log(`server (pid ${current.pid}) ${how}: ${decision.crashes} crashes within ${windowSeconds} s, a crash loop: not restarting; the messages above say why`);
        return finish(1);
      }
      options.log(`server (pid ${current.pid}) ${how}; restarting in ${decision.delayMs / 1000} s (crash ${decision.crashes} within ${windowSeconds} s)`);
      restartTimer = setTimeout(start, decision.delayMs);
    });
  };
  start();

  return {
    exited,
    stop(signal) {
      if (stopping) return;
      stopping = true;
      clearTimeout(restartTimer);
      if (!child) return finish(0);
      const stopped = child;
      stopped.kill(signal);
      const timeoutMs = options.stopTimeoutMs ?? 20_000;
      setTimeout(() => {
        options.log(`server (pid ${stopped.pid}) did not stop within ${timeoutMs / 1000} s of ${signal}: killing it`);
        stopped.kill('SIGKILL');
      }, timeoutMs).unref();
    },
  };
}

/** Why a process ended, in words: "was killed by SIGSEGV (a segmentation fault: native code crashed)", "exited with code 1". */
export function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  // a shell reports a process killed by signal N as exit code 128 + N (139 for SIGSEGV)
  const name = signal ?? (code !== null && code > 128 ? signalName(code - 128) : null);
  if (name) return `was killed by ${name}${SIGNAL_MEANINGS[name] ? ` (${SIGNAL_MEANINGS[name]})` : ''}${signal ? '' : ` (exit code ${code})`}`;
  return `exited with code ${code}`;
}

const SIGNAL_MEANINGS: Partial<Record<string, string>> = {
  SIGSEGV: 'a segmentation fault: native code crashed',
  SIGBUS: 'a bus error: native code crashed',
  SIGABRT: 'aborted: native code or V8 gave up, out of memory perhaps',
  SIGILL: 'an illegal instruction: native code crashed',
  SIGFPE: 'an arithmetic fault in native code',
  SIGKILL: 'killed outright: by the kernel out of memory, or by an operator',
};

function signalName(number: number): string | null {
  return Object.entries(constants.signals).find(([, value]) => value === number)?.[0] ?? null;
}
