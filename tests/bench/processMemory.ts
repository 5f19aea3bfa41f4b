/**
 * Memory of the Chromium processes a benchmark started, read from /proc (Linux; elsewhere every
 * figure is 0 and the report says so). Proportional set size (Pss) shares each shared page
 * between the processes mapping it, so summing it over processes does not count the zygote's
 * pages once per renderer, as summing RSS would.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const read = (path: string): string => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
};

function parentOf(pid: string): string | null {
  const stat = read(`/proc/${pid}/stat`);
  // The command name may hold spaces or parentheses: the fields after it start past the last ")".
  return stat ? stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1] ?? null : null;
}

const kbField = (text: string, field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0);

export interface ChromiumProcess {
  pid: string;
  isRenderer: boolean;
}

/** Every live Chromium process descending from `root` (this Node process). */
export function chromiumProcesses(root: number): ChromiumProcess[] {
  if (!existsSync('/proc')) return [];
  const children = new Map<string, string[]>();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    const parent = parentOf(pid);
    if (parent !== null) children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  const found: ChromiumProcess[] = [];
  const stack = [...(children.get(String(root)) ?? [])];
  while (stack.length > 0) {
    const pid = stack.pop() as string;
    const cmdline = read(`/proc/${pid}/cmdline`);
    if (/chrom/i.test(cmdline)) found.push({ pid, isRenderer: cmdline.includes('--type=renderer') });
    stack.push(...(children.get(pid) ?? []));
  }
  return found;
}

/** Megabytes: the processes' Pss summed (memory they use now, shared pages split between them). */
export function totalPssMb(processes: readonly ChromiumProcess[]): number {
  return processes.reduce((sum, p) => sum + kbField(read(`/proc/${p.pid}/smaps_rollup`), 'Pss'), 0) / 1024;
}

/** Megabytes: the largest peak RSS (VmHWM) of a renderer process: the page's own peak. */
export function rendererPeakMb(processes: readonly ChromiumProcess[]): number {
  return Math.max(0, ...processes.filter((p) => p.isRenderer).map((p) => kbField(read(`/proc/${p.pid}/status`), 'VmHWM'))) / 1024;
}
