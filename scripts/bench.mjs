#!/usr/bin/env node
// npm run bench [-- --sizes S,M,L --runs N --seed N]: the benchmark of issue 8. The work is in
// tests/bench/main.ts, run under tsx with the garbage collector exposed (it collects between figures).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const child = spawn(process.execPath, ['--expose-gc', '--max-old-space-size=6144', '--import', 'tsx', 'tests/bench/main.ts', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
