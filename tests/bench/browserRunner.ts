/**
 * The Chromium side: builds the bench page with Vite, serves it with `vite preview`, and drives
 * it in Debian's Chromium through Playwright, one fresh browser per project so memory figures do
 * not carry over. Input files are handed to the page through a route, never through the server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type CDPSession } from '@playwright/test';
import type { SessionScope } from './browser/api';
import type { Outcome } from './stats';
import { chromiumProcesses, rendererPeakMb, totalPssMb } from './processMemory';
import { summariseProfile, type CpuProfile } from './profiles';

const ROOT = join(import.meta.dirname, '../..');
const VITE = join(ROOT, 'node_modules/vite/bin/vite.js');
const CONFIG = join(ROOT, 'tests/bench/vite.bench.config.ts');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic', '--disable-dev-shm-usage',
];
const STEP_TIMEOUT = 20 * 60_000;

function run(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited with ${code}`))));
  });
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer().once('error', () => resolve(false)).listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 100; port++) if (await isFree(port)) return port;
  throw new Error(`No free port from ${from}.`);
}

async function waitForServer(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The bench page did not come up at ${url}.`);
}

/**
 * Builds the page, retrying a failed build a few times a minute apart: the renderer is shared
 * with other work in progress, and a broken build there is usually fixed soon.
 */
async function buildPage(log: (line: string) => void): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run([VITE, 'build', '--config', CONFIG]);
    } catch (error) {
      if (attempt >= 4) throw error;
      log(`building the bench page failed (${String(error)}); trying again in a minute`);
      await new Promise((resolve) => setTimeout(resolve, 60_000));
    }
  }
}

/** Builds the page, serves it while `use` runs, then stops the server. */
export async function withBenchPage<T>(use: (url: string) => Promise<T>, log: (line: string) => void = console.log): Promise<T> {
  await buildPage(log);
  const port = await freePort(5199);
  const server = spawn(process.execPath, [VITE, 'preview', '--config', CONFIG, '--port', String(port)], { cwd: ROOT, stdio: 'ignore' });
  try {
    const url = `http://127.0.0.1:${port}/`;
    await waitForServer(url, server);
    return await use(url);
  } finally {
    server.kill('SIGTERM');
  }
}

export interface BrowserSession {
  /** What the page loads before the steps: a key and its files. */
  key: string;
  files: readonly string[];
  /** Which plan of the page to run (see PLANS in browser/main.ts). */
  scope: SessionScope;
  runs: number;
  /** Steps to run under the CPU profiler; each profile is written to `profileDir` and summarised in the log. */
  profile?: readonly string[];
  profileDir?: string;
}

export interface BrowserResult {
  outcome: Outcome;
  errors: { step: string; message: string }[];
  /** Megabytes: the largest JS heap seen, the largest sum of Pss over Chromium's processes, the renderer's peak RSS. */
  heapPeakMb: number;
  pssPeakMb: number;
  rendererPeakMb: number;
  version: string;
}

/** `promise`, or a rejection after `ms`; the timer is cleared either way so it never holds the process open. */
async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took over ${ms / 60_000} minutes`)), ms);
  });
  try {
    return await Promise.race([promise, expired]);
  } finally {
    clearTimeout(timer);
  }
}

async function sampleHeap(cdp: CDPSession, onSample: (mb: number) => void): Promise<() => Promise<void>> {
  await cdp.send('Performance.enable');
  let isBusy = false;
  let isStopped = false;
  const tick = async () => {
    if (isBusy || isStopped) return;
    isBusy = true;
    try {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
      onSample(heap / 1024 ** 2);
    } catch {
      // the page may be busy navigating or closing
    } finally {
      isBusy = false;
    }
  };
  const timer = setInterval(() => void tick(), 250);
  return async () => {
    await tick();
    isStopped = true;
    clearInterval(timer);
  };
}

async function startProfile(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
}

async function stopProfile(cdp: CDPSession, path: string, log: (line: string) => void): Promise<void> {
  const { profile } = await cdp.send('Profiler.stop');
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(profile));
  const { byTotal, bySelf, gcMs } = summariseProfile(profile as CpuProfile);
  log(`  profile written to ${path} (garbage collection ${gcMs.toFixed(0)} ms)`);
  log(`    by total time: ${byTotal.map((f) => `${f.name} ${f.totalMs.toFixed(0)}`).join(' | ')}`);
  log(`    by self time: ${bySelf.map((f) => `${f.name} ${f.selfMs.toFixed(0)}`).join(' | ')}`);
}

/** Runs one session in a fresh browser. Step failures are collected, not thrown. */
export async function runSession(url: string, session: BrowserSession, log: (line: string) => void): Promise<BrowserResult> {
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const result: BrowserResult = { outcome: {}, errors: [], heapPeakMb: 0, pssPeakMb: 0, rendererPeakMb: 0, version: browser.version() };
  const samplePss = () => { result.pssPeakMb = Math.max(result.pssPeakMb, totalPssMb(chromiumProcesses(process.pid))); };
  const pssTimer = setInterval(samplePss, 500);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    page.on('pageerror', (error) => log(`  page error: ${error.message}`));
    const served = new Map(session.files.map((path, i) => [`${url}bench-data/${i}`, path]));
    await page.route(`${url}bench-data/**`, (route) => {
      const path = served.get(route.request().url());
      return path ? route.fulfill({ body: readFileSync(path), contentType: 'application/octet-stream' }) : route.fulfill({ status: 404 });
    });
    await page.goto(url);
    await page.waitForFunction(() => window.storyloomBench !== undefined);
    const cdp = await page.context().newCDPSession(page);
    const stopHeap = await sampleHeap(cdp, (mb) => { result.heapPeakMb = Math.max(result.heapPeakMb, mb); });
    await page.evaluate(([key, urls]) => window.storyloomBench?.load(key, urls), [session.key, [...served.keys()]] as const);
    const steps = await page.evaluate((scope) => window.storyloomBench!.plan(scope), session.scope);
    for (const step of steps) {
      const started = Date.now();
      const isProfiled = session.profile?.includes(step) ?? false;
      try {
        if (isProfiled) await startProfile(cdp);
        const outcome = await withTimeout(page.evaluate(
          ([name, key, runs]) => window.storyloomBench!.run(name, { key, runs }), [step, session.key, session.runs] as const,
        ), STEP_TIMEOUT, step);
        if (isProfiled) await stopProfile(cdp, join(session.profileDir ?? ROOT, `${session.key}-${step}.cpuprofile`), log);
        Object.assign(result.outcome, outcome);
        const summary = Object.entries(outcome).map(([id, o]) => `${id} ${o.samples.map((s) => s.toFixed(0)).join('/')}`).join('; ');
        log(`  ${session.key} ${step} (${((Date.now() - started) / 1000).toFixed(1)} s) ${summary}`);
      } catch (error) {
        const message = error instanceof Error ? error.message.split('\n')[0] ?? error.message : String(error);
        result.errors.push({ step, message });
        log(`  ${session.key} ${step} FAILED: ${message}`);
      }
    }
    await stopHeap();
    await cdp.detach().catch(() => undefined);
    samplePss();
    result.rendererPeakMb = rendererPeakMb(chromiumProcesses(process.pid));
  } finally {
    clearInterval(pssTimer);
    await browser.close();
  }
  return result;
}
