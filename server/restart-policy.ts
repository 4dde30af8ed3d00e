/** The server's exit code for a configuration it refuses: restarting would fail the same way (sysexits' EX_CONFIG). */
export const EXIT_CONFIG = 78;

export interface RestartPolicyOptions {
  /** Restarts allowed within `windowMs`; one crash more is a crash loop, and the supervisor gives up. */
  maxRestarts: number;
  windowMs: number;
  /** Wait before the first restart; each further crash in the window doubles it, up to `maxDelayMs`. */
  firstDelayMs: number;
  maxDelayMs: number;
}

/** Five restarts a minute, after 0.5, 1, 2, 4 and 8 s: back within a second after a lone crash. */
export const DEFAULT_RESTART_POLICY: RestartPolicyOptions = { maxRestarts: 5, windowMs: 60_000, firstDelayMs: 500, maxDelayMs: 8_000 };

/** Restart after `delayMs`, or stop: `crashes` counts this one and the others within the window. */
export type RestartDecision = { restart: true; delayMs: number; crashes: number } | { restart: false; crashes: number };

/**
 * When to restart a crashed server: with a backoff that grows with the crashes of the last
 * `windowMs`, and never again once they pass `maxRestarts` (a crash loop a restart will not fix).
 * @example const policy = createRestartPolicy(); const decision = policy.onCrash(Date.now());
 */
export function createRestartPolicy(options: Partial<RestartPolicyOptions> = {}): { onCrash(now: number): RestartDecision } {
  const { maxRestarts, windowMs, firstDelayMs, maxDelayMs } = { ...DEFAULT_RESTART_POLICY, ...options };
  const crashes: number[] = [];
  return {
    onCrash(now) {
      crashes.push(now);
      while (crashes.length > 0 && crashes[0]! <= now - windowMs) crashes.shift();
      if (crashes.length > maxRestarts) return { restart: false, crashes: crashes.length };
      return { restart: true, delayMs: Math.min(maxDelayMs, firstDelayMs * 2 ** (crashes.length - 1)), crashes: crashes.length };
    },
  };
}
