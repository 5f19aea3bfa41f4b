/** The machine the benchmark ran on, for the report. */
import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';

export interface Machine {
  os: string;
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  chromium: string;
  loadAtStart: number[];
  loadAtEnd: number[];
}

export function describeMachine(): Machine {
  const cpu = cpus();
  return {
    os: `${osType()} ${release()} (${process.platform}/${process.arch})`, cpu: cpu[0]?.model.trim() ?? 'unknown', cores: cpu.length,
    memoryGb: totalmem() / 1024 ** 3, node: process.version, chromium: 'not run', loadAtStart: loadavg(), loadAtEnd: loadavg(),
  };
}
