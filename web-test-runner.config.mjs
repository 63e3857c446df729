// Browser tests: headless Debian Chromium, TypeScript through esbuild (legacy decorators from tsconfig.json).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { feedFaultsMiddleware } from './scripts/test-support/feed-faults.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from './scripts/test-support/chromium.mjs';

/**
 * Custom commands for the fault tests (`executeServerCommand` in @web/test-runner-commands):
 *   infamilie-offline {offline: true, for: ms}   puppeteer's page.setOfflineMode for the test's own page, for
 *                                                `for` ms (default 3000, at most 20000), then online again:
 *                                                the page's requests fail, `navigator.onLine` and the
 *                                                `offline`/`online` events follow, as when a phone loses its
 *                                                signal. Offline, the page's messages to the test runner wait
 *                                                for the connection too, so it comes back by itself.
 *   infamilie-offline {offline: false}           online at once.
 */
function networkCommandsPlugin() {
  const restore = new Map();
  return {
    name: 'infamilie-network-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'infamilie-offline') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page) throw new Error(`${command}: only for Chromium sessions started by chromeLauncher`);
      clearTimeout(restore.get(session.id));
      restore.delete(session.id);
      if (!payload?.offline) {
        await page.setOfflineMode(false);
        return true;
      }
      await page.setOfflineMode(true);
      const ms = Math.min(Number(payload.for) || 3000, 20_000);
      restore.set(
        session.id,
        setTimeout(() => {
          restore.delete(session.id);
          page.setOfflineMode(false).catch(() => {});
        }, ms),
      );
      return true;
    },
  };
}

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
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), networkCommandsPlugin()],
  middleware: [feedFaultsMiddleware()],
};
