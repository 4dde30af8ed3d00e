import { readFileSync, readdirSync } from 'node:fs';

/** One process as /proc shows it. */
interface ProcessTimes {
  pid: number;
  parent: number;
  commandLine: string;
  /** User and system CPU time so far, in clock ticks (1/100 s). */
  ticks: number;
}

function readProcesses(): ProcessTimes[] {
  const processes: ProcessTimes[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const commandLine = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ');
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // fields after the command name in parentheses: state, ppid, … utime (14th), stime (15th)
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      processes.push({ pid: Number(entry), parent: Number(fields[1]), commandLine, ticks: Number(fields[11]) + Number(fields[12]) });
    } catch (error) {
      // a process that ended while the list was read is no longer of interest
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' && (error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
    }
  }
  return processes;
}

/**
 * Returns the CPU time, in milliseconds, that the renderer processes of the Chromium launched with
 * `tag` among its arguments have used so far, or undefined where there is no /proc (not Linux). On a
 * machine busy with other work, wall times grow with its load; this does much less.
 * @example const before = readRendererCpuMs('--bench-tag=42'); … readRendererCpuMs('--bench-tag=42')! - before!
 */
export function readRendererCpuMs(tag: string): number | undefined {
  let processes: ProcessTimes[];
  try {
    processes = readProcesses();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const browser = processes.find((process) => process.commandLine.includes(tag) && !process.commandLine.includes('--type='));
  if (!browser) return undefined;
  // the renderers are the browser's grandchildren, through its zygote
  const family = new Set([browser.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const process of processes) {
      if (!family.has(process.pid) && family.has(process.parent)) {
        family.add(process.pid);
        grew = true;
      }
    }
  }
  return processes.filter((process) => family.has(process.pid) && process.commandLine.includes('--type=renderer')).reduce((sum, process) => sum + process.ticks * 10, 0);
}
