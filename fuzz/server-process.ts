import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { copySampleStore, SERVER_SCRIPT, TSX } from './sample-template.ts';

/** How a server process ended, when it did. */
export interface ProcessEnd {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Set when the harness killed it: memory past the ceiling, or no answer. */
  killedFor?: string;
}

/** An answer from the server, or what happened instead. */
export interface Answer {
  status: number;
  body: unknown;
  text: string;
  ms: number;
}

/**
 * One API server in a child process on a copy of the sample store, watched for its memory: the
 * fuzzer's target. A crash, a kill or a hang ends it; `restart` starts another on a fresh copy.
 */
export class ServerProcess {
  url = '';
  end: ProcessEnd | null = null;
  peakRssMb = 0;
  stderr = '';
  private child: ChildProcess | null = null;
  private folder = '';
  private watch: NodeJS.Timeout | null = null;

  constructor(
    private readonly template: string,
    private readonly maxRssMb = 3_000,
  ) {}

  get alive(): boolean {
    return this.child !== null && this.end === null;
  }

  async start(): Promise<void> {
    this.folder = copySampleStore(this.template);
    this.end = null;
    this.stderr = '';
    const child = spawn(TSX, [SERVER_SCRIPT, this.folder], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    child.stderr!.on('data', (chunk: Buffer) => (this.stderr = (this.stderr + chunk.toString()).slice(-4_000)));
    child.on('exit', (code, signal) => {
      this.end = { code, signal, killedFor: this.end?.killedFor };
      if (this.watch) clearInterval(this.watch);
    });
    this.watch = setInterval(() => this.checkMemory(), 100);
    this.url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const port = /LISTENING (\d+)/.exec(out)?.[1];
        if (port) resolve(`http://127.0.0.1:${port}`);
      });
      child.once('exit', () => reject(new Error(`the server did not start: ${this.stderr}`)));
    });
    // the first query that does not parse loads Neo4j's semantic analyser (seconds): not the case's cost
    await this.request('POST', '/api/cypher/check', { query: 'RETURN (' }, 60_000);
  }

  private checkMemory(): void {
    if (!this.child?.pid || this.end) return;
    try {
      const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${this.child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
      this.peakRssMb = Math.max(this.peakRssMb, rss);
      if (rss > this.maxRssMb) this.kill(`memory past ${this.maxRssMb} MB`);
    } catch {
      // the process is gone between the check and the read: its exit handler records it
    }
  }

  /** Kills the server, recording why. */
  kill(reason: string): void {
    if (!this.child || this.end) return;
    this.end = { code: null, signal: null, killedFor: reason };
    this.child.kill('SIGKILL');
  }

  /** Sends a request; null when the server died or gave no answer within `timeoutMs` (then it is killed). */
  async request(method: 'GET' | 'POST', path: string, body?: unknown, timeoutMs = 15_000): Promise<Answer | null> {
    const started = Date.now();
    try {
      const response = await fetch(this.url + path, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await response.text();
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
      return { status: response.status, body: parsed, text, ms: Date.now() - started };
    } catch (error) {
      if (error instanceof Error && error.name === 'TimeoutError') this.kill(`no answer within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 200)); // let the exit event land
      return null;
    }
  }

  async stop(): Promise<void> {
    if (this.child && !this.end) {
      const exited = new Promise((resolve) => this.child!.once('exit', resolve));
      this.child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      this.kill('stopped');
    }
    if (this.watch) clearInterval(this.watch);
    rmSync(this.folder, { recursive: true, force: true });
  }

  async restart(): Promise<void> {
    await this.stop();
    this.peakRssMb = 0;
    await this.start();
  }
}
