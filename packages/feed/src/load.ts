/**
 * Loading the feed: one request per URL per page, whatever asks for it.
 *
 * Requests are shared through a registry on `globalThis` under a `Symbol.for` key, so that ten
 * elements, or two copies of the bundle in different versions, still make one request per URL. The
 * registry holds raw JSON (the stable part across versions); each copy parses with its own reader.
 * Caching beyond the page is left to HTTP: nothing is written to any storage.
 */
import { FeedError, isFeedError } from './errors.ts';
import type { DroppedItem } from './parse.ts';
import { loadReader, type Reader } from './reader.ts';
import type { Feed } from './schema.ts';

/** The reader (the schema and zod) once per page; a failed load (a chunk that did not arrive) is tried again. */
let reader: Promise<Reader> | undefined;
function readerOnce(): Promise<Reader> {
  reader ??= loadReader().catch((error: unknown) => {
    reader = undefined;
    throw new FeedError('network', `The feed reader could not be loaded (${(error as Error).message}).`, { cause: error });
  });
  return reader;
}

export const DEFAULT_TIMEOUT_MS = 8000;

export interface LoadFeedOptions {
  /**
   * For split feeds: which quarters' parts to fetch. `'all'` (default) fetches every part, an array
   * only those quarters' parts, `'none'` only the index (enough for badges and quarter outlines).
   */
  quarters?: 'all' | 'none' | readonly string[];
  /** Give up after this many milliseconds (default 8000). */
  timeout?: number;
  /** Stop waiting. Other callers sharing the request are not affected. */
  signal?: AbortSignal;
  /** The fetch to use (tests, server-side rendering); defaults to the global one. */
  fetch?: typeof fetch;
}

export interface LoadedFeed {
  feed: Feed;
  /** Everything the reader left out, from the index and every part. */
  dropped: DroppedItem[];
  /** The absolute URL of the index document. */
  url: string;
  /** Quarter ids whose part could not be loaded; their offers and events are missing. */
  missingParts: string[];
}

type RawRequest = Promise<unknown>;
const REGISTRY_KEY = Symbol.for('infamilie.feed.requests.v1');

/** The page-wide map of URL to the promise of its JSON, shared by every copy of this module. */
function registry(): Map<string, RawRequest> {
  const scope = globalThis as unknown as Record<symbol, Map<string, RawRequest> | undefined>;
  let map = scope[REGISTRY_KEY];
  if (!(map instanceof Map)) {
    map = new Map();
    scope[REGISTRY_KEY] = map;
  }
  return map;
}

/** Forgets shared requests, so that the next load asks the server again (retry, tests). */
export function forgetFeedRequests(url?: string): void {
  if (url === undefined) registry().clear();
  else registry().delete(absoluteUrl(url));
}

/**
 * Fetches and reads a feed.
 * @throws {FeedError} `network`, `http`, `timeout`, `aborted`, `not-json` or `not-a-feed`.
 */
export async function loadFeed(url: string, options: LoadFeedOptions = {}): Promise<LoadedFeed> {
  const indexUrl = absoluteUrl(url);
  const [rawIndex, { parseFeedInSlices, parseFeedPartInSlices }] = await Promise.all([fetchJsonShared(indexUrl, options), readerOnce()]);
  // Read in slices of a few milliseconds: a large feed does not block the page while it is read.
  const index = await forgetUnreadable(indexUrl, rawIndex, () => readCached(rawIndex, indexUrl, () => parseFeedInSlices(rawIndex)));
  const wanted = options.quarters ?? 'all';
  const dropped = [...index.dropped];
  const offers = [...index.feed.offers];
  const events = [...index.feed.events];
  const parts = index.feed.quarters.filter((q) => q.feed && (wanted === 'all' || (wanted !== 'none' && wanted.includes(q.id))));
  const missingParts: string[] = [];
  const results = await Promise.all(
    parts.map(async (quarter) => {
      const partUrl = new URL(quarter.feed!, indexUrl).href;
      try {
        const raw = await fetchJsonShared(partUrl, options);
        return await forgetUnreadable(partUrl, raw, () => readCached(raw, partUrl, () => parseFeedPartInSlices(raw, partUrl)));
      } catch (error) {
        if (isFeedError(error) && error.kind === 'aborted') throw error;
        missingParts.push(quarter.id);
        dropped.push({
          kind: 'quarter',
          id: quarter.id,
          path: `$.quarters[?(@.id=="${quarter.id}")].feed`,
          message: `this quarter's part could not be loaded: ${(error as Error).message}`,
          dropped: 'field',
          source: partUrl,
        });
        return undefined;
      }
    }),
  );
  for (const result of results) {
    if (!result) continue;
    mergeById(offers, result.part.offers, 'offer', dropped, result.dropped);
    mergeById(events, result.part.events, 'event', dropped, result.dropped);
    dropped.push(...result.dropped);
  }
  return { feed: { ...index.feed, offers, events }, dropped, url: indexUrl, missingParts };
}

/**
 * Each copy of the library reads a document once, however many elements ask: results are kept per
 * raw JSON value (shared between copies through the registry) and never mutated afterwards.
 */
const readings = new WeakMap<object, Promise<unknown>>();
function readCached<T>(raw: unknown, url: string, read: () => Promise<T>): Promise<T> {
  const key = typeof raw === 'object' && raw !== null ? raw : undefined;
  if (key && readings.has(key)) return readings.get(key) as Promise<T>;
  const result = withUrl(url, read);
  if (key) readings.set(key, result);
  return result;
}

/** Adds a part's items; an id that the index or another part already has is kept once and reported. */
function mergeById<T extends { id: string }>(target: T[], items: T[], kind: 'offer' | 'event', dropped: DroppedItem[], partDropped: DroppedItem[]): void {
  const ids = new Set(target.map((item) => item.id));
  for (const item of items) {
    if (ids.has(item.id)) {
      dropped.push({ kind, id: item.id, path: '$', message: `the id "${item.id}" appears in more than one part; only the first is kept`, dropped: 'item', source: partDropped[0]?.source });
      continue;
    }
    ids.add(item.id);
    target.push(item);
  }
}

/**
 * URLs whose request failed on this page: asking again must reach the server, not the HTTP cache,
 * which may hold the failed answer (a maintenance page sent with `max-age`).
 */
const failedBefore = new Set<string>();

/** One request per URL per page; a failed request is forgotten so that a retry asks again. */
function fetchJsonShared(url: string, options: LoadFeedOptions): Promise<unknown> {
  const requests = registry();
  let request = requests.get(url);
  if (!request) {
    const fresh = failedBefore.has(url);
    request = fetchJson(url, options, fresh);
    requests.set(url, request);
    request.then(
      () => failedBefore.delete(url),
      () => {
        failedBefore.add(url);
        if (requests.get(url) === request) requests.delete(url);
      },
    );
  }
  return options.signal ? abortable(request, options.signal, url) : request;
}

/**
 * A document that arrived but cannot be read (not a feed) is forgotten like a failed request, so that
 * trying again, after the office fixed it, asks the server again instead of reading the same answer.
 */
async function forgetUnreadable<T>(url: string, raw: unknown, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    const requests = registry();
    const request = requests.get(url);
    if (request) {
      request.then((value) => {
        if (value === raw && requests.get(url) === request) {
          requests.delete(url);
          failedBefore.add(url);
        }
      }, () => {});
    }
    throw error;
  }
}

async function fetchJson(url: string, options: LoadFeedOptions, fresh: boolean): Promise<unknown> {
  const timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  const doFetch = options.fetch ?? globalThis.fetch;
  try {
    let response: Response;
    try {
      response = await doFetch(url, { signal: controller.signal, credentials: 'omit', headers: { accept: 'application/json' }, ...(fresh ? { cache: 'no-cache' as const } : {}) });
    } catch (error) {
      throw controller.signal.aborted
        ? new FeedError('timeout', `The feed did not answer within ${Math.round(timeout / 100) / 10} s.`, { url })
        : new FeedError('network', `The feed could not be reached (${(error as Error).message || 'network error'}).`, { url, cause: error });
    }
    if (!response.ok) {
      throw new FeedError('http', `The feed server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`, { url, status: response.status });
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw controller.signal.aborted
        ? new FeedError('timeout', `The feed did not arrive completely within ${Math.round(timeout / 100) / 10} s.`, { url })
        : new FeedError('network', `The feed broke off while loading (${(error as Error).message}).`, { url, cause: error });
    }
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new FeedError('not-json', `The feed is not valid JSON (${(error as Error).message}).`, { url, cause: error });
    }
  } finally {
    clearTimeout(timer);
  }
}

/** Parse errors carry the URL of the document they are about. */
async function withUrl<T>(url: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (isFeedError(error)) throw new FeedError(error.kind, error.message, { ...error.details, url });
    throw error;
  }
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal, url: string): Promise<T> {
  const aborted = () => new FeedError('aborted', 'Loading the feed was cancelled.', { url, cause: signal.reason });
  if (signal.aborted) return Promise.reject(aborted());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(aborted());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

function absoluteUrl(url: string): string {
  const base = typeof document !== 'undefined' ? document.baseURI : (globalThis as { location?: Location }).location?.href;
  try {
    return new URL(url, base).href;
  } catch {
    throw new FeedError('network', `"${url}" is not a usable feed address.`, { url });
  }
}
