import { describe, expect, it } from 'vitest';
import { createRestartPolicy } from '../../server/restart-policy.ts';

describe('createRestartPolicy', () => {
  it('restarts after a lone crash within a second, and doubles the wait for each crash close after', () => {
    const policy = createRestartPolicy({ maxRestarts: 5, windowMs: 60_000, firstDelayMs: 500, maxDelayMs: 4_000 });
    const delays = [0, 1_000, 2_000, 3_000].map((at) => policy.onCrash(at));
    expect(delays.map((decision) => (decision.restart ? decision.delayMs : null))).toEqual([500, 1_000, 2_000, 4_000]);
  });

  it('stops after more crashes within the window than it may restart: a crash loop', () => {
    const policy = createRestartPolicy({ maxRestarts: 2, windowMs: 60_000 });
    expect(policy.onCrash(0).restart).toBe(true);
    expect(policy.onCrash(1_000).restart).toBe(true);
    expect(policy.onCrash(2_000)).toEqual({ restart: false, crashes: 3 });
  });

  it('forgets crashes older than the window: a server that ran a while starts again quickly', () => {
    const policy = createRestartPolicy({ maxRestarts: 2, windowMs: 60_000, firstDelayMs: 500 });
    policy.onCrash(0);
    policy.onCrash(1_000);
    expect(policy.onCrash(120_000)).toEqual({ restart: true, delayMs: 500, crashes: 1 });
  });
});
