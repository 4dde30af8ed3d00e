import { describe, expect, it } from 'vitest';
import { describeExit, superviseServer } from '../../server/supervisor.ts';
import { EXIT_CONFIG } from '../../server/restart-policy.ts';
import { FakeProcess } from './supervised-process.fake.ts';

/** A supervisor over fake processes with no backoff to speak of; `started` lists every process it started. */
function supervise(maxRestarts = 5) {
  const started: FakeProcess[] = [];
  const log: string[] = [];
  const supervisor = superviseServer({
    start: () => {
      const child = new FakeProcess();
      started.push(child);
      return child;
    },
    log: (message) => log.push(message),
    policy: { maxRestarts, firstDelayMs: 1, maxDelayMs: 1 },
  });
  return { supervisor, started, log, last: () => started[started.length - 1]! };
}

const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 1));
};

describe('superviseServer', () => {
  it('starts the server again after a crash, and logs the signal and what it means', async () => {
    const { started, log, last, supervisor } = supervise();
    last().crash('SIGSEGV');
    await until(() => started.length === 2);
    expect(log.join('\n')).toMatch(/pid \d+\) was killed by SIGSEGV \(a segmentation fault: native code crashed\); restarting in/);
    last().crash('SIGKILL');
    await until(() => started.length === 3);
    expect(log.join('\n')).toMatch(/was killed by SIGKILL \(killed outright/);
    supervisor.stop('SIGTERM');
    expect(await supervisor.exited).toBe(0);
  });

  it('gives up on a crash loop and exits 1, saying so', async () => {
    const { started, log, last, supervisor } = supervise(2);
    for (let crash = 1; crash <= 3; crash++) {
      last().exit(1);
      if (crash < 3) await until(() => started.length === crash + 1);
    }
    expect(await supervisor.exited).toBe(1);
    expect(started).toHaveLength(3);
    expect(log[log.length - 1]).toMatch(/exited with code 1: 3 crashes within 60 s, a crash loop: not restarting/);
  });

  it('does not restart a server that stopped cleanly or refused its configuration', async () => {
    const clean = supervise();
    clean.last().exit(0);
    expect(await clean.supervisor.exited).toBe(0);
    const misconfigured = supervise();
    misconfigured.last().exit(EXIT_CONFIG);
    expect(await misconfigured.supervisor.exited).toBe(EXIT_CONFIG);
    expect(misconfigured.log.join('\n')).toContain('a restart would fail the same way');
    expect(clean.started.length + misconfigured.started.length).toBe(2);
  });

  it('passes a stop signal on to the server and does not restart it', async () => {
    const { started, last, supervisor } = supervise();
    supervisor.stop('SIGINT');
    expect(await supervisor.exited).toBe(0);
    expect(last().signals).toEqual(['SIGINT']);
    expect(started).toHaveLength(1);
  });
});

describe('describeExit', () => {
  it.each([
    [null, 'SIGSEGV', 'was killed by SIGSEGV (a segmentation fault: native code crashed)'],
    [139, null, 'was killed by SIGSEGV (a segmentation fault: native code crashed) (exit code 139)'],
    [134, null, 'was killed by SIGABRT (aborted: native code or V8 gave up, out of memory perhaps) (exit code 134)'],
    [1, null, 'exited with code 1'],
  ] as const)('exit code %s, signal %s: "%s"', (code, signal, words) => {
    expect(describeExit(code, signal)).toBe(words);
  });
});
