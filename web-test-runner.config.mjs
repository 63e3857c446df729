// Browser tests: headless Debian Chromium, TypeScript through esbuild (legacy decorators from tsconfig.json).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { feedFaultsMiddleware } from './scripts/test-support/feed-faults.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from './scripts/test-support/chromium.mjs';


export default {
  files: ['packages/*/test/**/*.test.ts', '!packages/*/test/**/*.node.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // One tab at a time: a background tab gets no rendering steps (frames, ResizeObserver, dialogs).
  concurrency: 1,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10_000 } },
  browsers: [chromeLauncher({ launchOptions: { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS } })],
  groups: [
    {
      // The calendar again, for a visitor far from Berlin: times must stay Berlin times, with a note.
      name: 'timezone-los-angeles',
      files: ['packages/widgets/test/calendar*.test.ts', '!packages/widgets/test/**/*.node.test.ts'],
      browsers: [
        chromeLauncher({
          launchOptions: { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS },
          async createPage({ context }) {
            const page = await context.newPage();
            await page.emulateTimezone('America/Los_Angeles');
            return page;
          },
        }),
      ],
    },
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  middleware: [feedFaultsMiddleware()],
};
