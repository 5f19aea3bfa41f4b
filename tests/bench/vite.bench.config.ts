/**
 * Builds the bench page (tests/bench/browser) into bench-results/page: the renderer's repositories
 * and screens and the shared core, bundled as the app bundles them, served by `vite preview`.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('./browser'),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  plugins: [react()],
  // Not minified, so CPU profiles (npm run bench -- --profile ...) name the app's functions.
  build: { outDir: here('../../bench-results/page'), emptyOutDir: true, sourcemap: true, minify: false, chunkSizeWarningLimit: 8000 },
  preview: { host: '127.0.0.1', strictPort: true },
});
