import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { chromiumPath, CHROMIUM_ARGS } from './scripts/chromium.mjs';

// @open-wc/testing pulls in @web/test-runner-commands, which imports the Web Test Runner's socket module.
// Under Vitest there is no such server: resolve it to an empty module.
const wtrSocketStub = {
  name: 'wtr-socket-stub',
  enforce: 'pre' as const,
  resolveId: (id: string) => (id.endsWith('__web-dev-server__web-socket.js') ? '\0wtr-socket-stub' : null),
  load: (id: string) => (id === '\0wtr-socket-stub' ? 'export const webSocket = undefined; export default {};' : null),
};

export default defineConfig({
  plugins: [wtrSocketStub],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['test/unit/**/*.test.ts', 'test/server/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          // Type-level tests: tsc checks them (expectTypeOf, @ts-expect-error); nothing runs.
          name: 'types',
          include: [],
          typecheck: {
            enabled: true,
            only: true,
            include: ['test/types/**/*.test-d.ts'],
            tsconfig: 'tsconfig.json',
            // Errors in src/ are `npm run typecheck`'s to report; here only the type tests' own count.
            ignoreSourceErrors: true,
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        publicDir: 'public',
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          setupFiles: ['test/browser/setup.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
