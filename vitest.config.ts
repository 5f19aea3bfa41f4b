import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        test: {
          name: 'db',
          environment: 'node',
          include: ['tests/db/**/*.test.ts'],
          setupFiles: ['tests/db/setup.ts'],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'editor',
          environment: 'jsdom',
          include: ['tests/editor/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/editor/setup.ts'],
        },
      },
    ],
  },
});
