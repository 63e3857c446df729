// Debian's Chromium, headless, the one way every test and benchmark starts it (never a downloaded one).
import puppeteer from 'puppeteer-core';

/** Set CHROMIUM_PATH to use another Chromium. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  // This machine's network is closed: no updates, sync or background requests.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Pages that run side by side must not have their timers and frames throttled.
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
];

/** Starts Chromium with puppeteer-core; `options` are puppeteer's launch options. */
export function launchChromium(options = {}) {
  return puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, ...options });
}
