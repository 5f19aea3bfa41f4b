// npm start: Storyloom's desktop window when Electron's binary is present, otherwise (or with
// --web) the same renderer as a web page served by Vite.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildElectron } from './build-electron.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'node_modules', 'electron');
const isWebOnly = process.argv.includes('--web');
const DOWNLOAD_TIMEOUT_MS = 60_000;

/**
 * Path of Electron's binary, or null when it was never downloaded. Reads what electron's own
 * index.js reads instead of requiring it: that require would start a download with no time limit.
 */
function findElectron() {
  const pathFile = path.join(electronDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH; // Honoured like electron's index.js does.
  if (!executable && !override) return null;
  const binary = override ? path.join(override, executable || 'electron') : path.join(electronDir, 'dist', executable);
  return existsSync(binary) ? binary : null;
}

/** npm 11 skips dependencies' install scripts, so a fresh clone has no binary: fetch it once. */
function downloadElectron() {
  console.log(`Electron's binary is missing; trying to download it (up to ${DOWNLOAD_TIMEOUT_MS / 1000} s)...`);
  const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    cwd: electronDir,
    encoding: 'utf8',
    timeout: DOWNLOAD_TIMEOUT_MS,
  });
  if (result.status !== 0) {
    const reason = result.error?.message ?? `${result.stderr}${result.stdout}`.trim().split('\n')[0];
    if (reason) console.log(`  (${reason})`);
  }
}

async function startVite() {
  const configFile = path.join(root, 'vite.config.ts');
  if (!existsSync(configFile)) throw new Error(`${configFile} is missing, so there is no renderer to serve yet.`);
  const { createServer } = await import('vite');
  const server = await createServer({ configFile, server: { port: 5173, strictPort: false } });
  await server.listen();
  const url = server.resolvedUrls?.local[0] ?? `http://localhost:${server.config.server.port}/`;
  return { server, url };
}

async function runDesktop(electronPath) {
  await buildElectron();
  const { server, url } = await startVite();
  console.log(`Renderer served at ${url}; opening the Storyloom window.`);
  const env = { ...process.env, STORYLOOM_DEV_URL: url };
  delete env.ELECTRON_RUN_AS_NODE; // Set by some editors' terminals; it would make Electron act as plain Node.
  const child = spawn(electronPath, [root], { stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('error', async (error) => {
    console.error(`Electron could not be started (${error.message}); try \`npm start -- --web\`.`);
    await server.close();
    process.exit(1);
  });
  child.on('exit', async (code, signal) => {
    await server.close();
    process.exit(code ?? (signal ? 1 : 0));
  });
}

async function runWeb() {
  const { server, url } = await startVite();
  console.log(`Storyloom is running at ${url} (press Ctrl+C to stop)`);
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

try {
  let electronPath = isWebOnly ? null : findElectron();
  if (!isWebOnly && !electronPath) {
    downloadElectron();
    electronPath = findElectron();
    if (!electronPath) {
      console.log("Electron's binary is not installed and could not be downloaded (no internet access?).");
      console.log('The desktop window cannot start here, so Storyloom is running as a web page instead.');
    }
  }
  await (electronPath ? runDesktop(electronPath) : runWeb());
} catch (error) {
  console.error(`Storyloom could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
