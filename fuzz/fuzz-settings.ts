/** The settings the fuzzed server runs with: a short time limit, no rate limit, a small buffer pool. */
export const FUZZ_SERVER = { cypherTimeoutMs: 2_000, cypherRowLimit: 1_000, bufferPoolMb: 512 } as const;
