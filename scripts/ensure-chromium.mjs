#!/usr/bin/env node
// Finds a Chromium for the end-to-end tests, installing Debian's package when run as root.
// Playwright's own browser download is never used (it needs the internet).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium() {
  return CANDIDATES.find((path) => path && existsSync(path)) ?? null;
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  let found = findChromium();
  if (!found && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium is missing: installing Debian\'s chromium package for the end-to-end tests…');
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    } catch {
      // Reported below.
    }
    found = findChromium();
  }
  if (!found) {
    console.error([
      'The end-to-end tests need Chromium, and none was found.',
      'Install it with:  sudo apt-get install -y chromium   (Debian/Ubuntu; gives /usr/bin/chromium)',
      'or point CHROMIUM_PATH at a Chromium or Chrome binary:  CHROMIUM_PATH=/path/to/chrome npm test',
    ].join('\n'));
    process.exit(1);
  }
}
