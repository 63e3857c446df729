// Browser tests: headless Debian Chromium, TypeScript through esbuild (legacy decorators from tsconfig.json).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { feedFaultsMiddleware } from './scripts/test-support/feed-faults.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Test files run in parallel tabs: a tab in the background must not have its timers and frames throttled.
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
];

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
