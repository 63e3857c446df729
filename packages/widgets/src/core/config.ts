/**
 * Built-in defaults. A page overrides the feed with `<meta name="infamilie-feed" content="URL">` or
 * an element's `feed` attribute; the CDN bundle knows where it was loaded from and looks for the
 * feed published beside it (`<cdn>/feed/feed.json` for `<cdn>/infamilie/<version>/infamilie.js`).
 */
export { VERSION } from './version.ts';

/** The network's public page: the link of last resort when nothing else can be shown. */
export const NETWORK_PAGE_URL = 'https://infamilie.example/';

/** Where the coordination office publishes the feed when neither page nor bundle says otherwise. */
export const NETWORK_FEED_URL = 'https://infamilie.example/cdn/feed/feed.json';

const FEED_META = 'meta[name="infamilie-feed"]';
const SCRIPT_FEED_KEY = Symbol.for('infamilie.feed.scriptDefault');

/** Used by the CDN entry points: the feed that is published beside the bundle. */
export function setScriptDefaultFeed(url: string): void {
  (globalThis as Record<symbol, unknown>)[SCRIPT_FEED_KEY] ??= url;
}

/** The feed URL for an element: its own attribute, the page's meta tag, the bundle's default. */
export function resolveFeedUrl(attribute: string | null | undefined, doc: Document = document): string {
  if (attribute) return attribute;
  const meta = doc.querySelector<HTMLMetaElement>(FEED_META)?.content.trim();
  if (meta) return meta;
  const scriptDefault = (globalThis as Record<symbol, unknown>)[SCRIPT_FEED_KEY];
  return typeof scriptDefault === 'string' ? scriptDefault : NETWORK_FEED_URL;
}
