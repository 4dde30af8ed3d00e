import { EventEmitter } from 'node:events';
import type { SupervisedProcess } from '../../server/supervisor.ts';

let nextPid = 1000;

/** A child process that only exits when told to: `crash('SIGSEGV')`, `exit(0)`, or on kill(). */
export class FakeProcess extends EventEmitter implements SupervisedProcess {
  readonly pid = nextPid++;
  readonly signals: NodeJS.Signals[] = [];

  kill(signal: NodeJS.Signals = 'SIGTERM'): boolean {
    this.signals.push(signal);
    // a server stops cleanly on SIGTERM and SIGINT
    setImmediate(() => this.emit('exit', signal === 'SIGKILL' ? null : 0, signal === 'SIGKILL' ? signal : null));
    return true;
  }

  crash(signal: NodeJS.Signals): void {
    this.emit('exit', null, signal);
  }

  exit(code: number): void {
    this.emit('exit', code, null);
  }
}
