/**
 * Reads a V8 CPU profile (.cpuprofile, from CDP's Profiler or node --cpu-prof) into the functions
 * that took the time: self time (where the CPU was) and total time (what was on the stack).
 */

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface FunctionTime {
  name: string;
  selfMs: number;
  totalMs: number;
}

const IDLE = new Set(['(root)', '(program)', '(idle)', '(garbage collector)']);

function nameOf(frame: CallFrame): string {
  const file = frame.url.split('/').pop()?.replace(/\?.*$/, '') ?? '';
  return `${frame.functionName || '(anonymous)'}${file ? ` ${file}:${frame.lineNumber + 1}` : ''}`;
}

/** The `top` functions by total time and by self time, in milliseconds. */
export function summariseProfile(profile: CpuProfile, top = 12): { byTotal: FunctionTime[]; bySelf: FunctionTime[]; gcMs: number } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let gcMs = 0;
  (profile.samples ?? []).forEach((id, i) => {
    const ms = (profile.timeDeltas?.[i] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) return;
    if (node.callFrame.functionName === '(garbage collector)') gcMs += ms;
    const key = nameOf(node.callFrame);
    self.set(key, (self.get(key) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (!frame || IDLE.has(frame.functionName)) continue;
      const name = nameOf(frame);
      if (!seen.has(name)) total.set(name, (total.get(name) ?? 0) + ms);
      seen.add(name);
    }
  });
  const rows = [...new Set([...self.keys(), ...total.keys()])].filter((name) => !IDLE.has(name.split(' ')[0] ?? ''))
    .map((name) => ({ name, selfMs: self.get(name) ?? 0, totalMs: total.get(name) ?? 0 }));
  return {
    byTotal: [...rows].sort((a, b) => b.totalMs - a.totalMs).slice(0, top),
    bySelf: [...rows].sort((a, b) => b.selfMs - a.selfMs).slice(0, top),
    gcMs,
  };
}
