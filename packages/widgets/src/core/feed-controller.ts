/**
 * A reactive controller that gives an element its feed: loading, ready or error.
 *
 * The URL comes from the element's `feed` attribute, the page's `<meta name="infamilie-feed">` or the
 * bundle's default; a change of either loads again. An element given `data` directly (a card inside a
 * list, a story) uses that and loads nothing. Requests are shared page-wide by `loadFeed`.
 */
import { isFeedError, loadFeed, FeedError, type Feed, type LoadedFeed } from '@infamilie/feed';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveFeedUrl } from './config.ts';
import { emit } from './events.ts';
import { whenNear } from './near.ts';
import { inTurn } from './turns.ts';

export type FeedState =
  | { status: 'loading' }
  | { status: 'ready'; feed: Feed; loaded?: LoadedFeed }
  | { status: 'error'; error: FeedError };

export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  /** The feed URL attribute. */
  feed?: string;
  /** Seconds to wait for the feed (the `timeout` attribute); anything but a positive number means the default. */
  timeout?: number;
  /** A feed given directly; nothing is loaded then. */
  data?: Feed;
  /** `lazy`: a loaded feed is shown when the element comes near the visible area. */
  loading?: string;
  /** Which quarter parts of a split feed the element needs. */
  feedQuarters(): 'all' | 'none' | readonly string[];
}

const warned = new Set<string>();

function absolute(url: string): string {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return url;
  }
}

/** At most five minutes: a browser fires a longer timer (over 2^31 ms) at once. */
const MAX_TIMEOUT_S = 300;

function timeoutMs(seconds: number | undefined): number | undefined {
  const value = Number(seconds);
  return seconds != null && Number.isFinite(value) && value > 0 ? Math.min(value, MAX_TIMEOUT_S) * 1000 : undefined;
}

/**
 * The `online` event comes when the device has a connection again, which is not always when requests
 * get through (the browser, the radio, a proxy or a hotspot's login page may need a moment): while the
 * feed still fails, the element tries again after these pauses.
 */
const RECONNECT_RETRY_DELAYS_MS = [1000, 3000, 9000];

export class FeedController implements ReactiveController {
  state: FeedState = { status: 'loading' };
  private key?: string;
  private abort?: AbortController;
  private reconnectDelays: number[] = [];
  private reconnectTimer?: ReturnType<typeof setTimeout>;
  /** A lazy element's loaded feed, shown when it comes near the visible area (or stops being lazy). */
  private waiting?: { show: () => void; cancel: () => void };

  constructor(private readonly host: FeedHost) {
    host.addController(this);
  }

  hostConnected(): void {
    globalThis.addEventListener?.('online', this.onOnline);
    this.sync();
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('online', this.onOnline);
    clearTimeout(this.reconnectTimer);
    this.reconnectDelays = [];
    this.abort?.abort();
    this.abort = undefined;
    this.key = undefined;
    this.stopWaiting();
  }

  /** Runs before each render, so a changed `feed` attribute or `data` property is picked up at once. */
  hostUpdate(): void {
    this.sync();
    // No longer lazy (`loading` set to `eager`): what waited is shown now.
    if (this.waiting && this.host.loading !== 'lazy') {
      const { show } = this.waiting;
      this.stopWaiting();
      inTurn(show);
    }
  }

  private stopWaiting(): void {
    this.waiting?.cancel();
    this.waiting = undefined;
  }

  /** Loads again (after an error: the failed request is not cached, so the server is asked anew). */
  retry(): void {
    this.key = undefined;
    this.sync();
    this.host.requestUpdate();
  }

  /** Back online after a failure: try again without waiting for the visitor. */
  private readonly onOnline = () => {
    if (this.state.status !== 'error') return;
    this.reconnectDelays = [...RECONNECT_RETRY_DELAYS_MS];
    this.retry();
  };

  /** After a reconnection, a load that still cannot reach the feed is tried again a little later. */
  private retryAfterReconnect(error: FeedError): void {
    const delay = this.reconnectDelays.shift();
    if (delay === undefined || error.kind === 'aborted') {
      this.reconnectDelays = [];
      return;
    }
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => {
      if (this.state.status === 'error' && this.host.isConnected && globalThis.navigator?.onLine !== false) this.retry();
    }, delay);
  }

  private sync(): void {
    const { host } = this;
    if (host.data) {
      this.abort?.abort();
      this.key = undefined;
      if (this.state.status !== 'ready' || this.state.feed !== host.data) this.state = { status: 'ready', feed: host.data };
      return;
    }
    if (!host.isConnected) return;
    const url = resolveFeedUrl(host.feed);
    const quarters = host.feedQuarters();
    const key = `${url} ${typeof quarters === 'string' ? quarters : [...quarters].sort().join(',')}`;
    if (key === this.key) return;
    this.key = key;
    this.abort?.abort();
    this.stopWaiting();
    const abort = (this.abort = new AbortController());
    this.state = { status: 'loading' };
    const show = (loaded: LoadedFeed) => {
      if (abort.signal.aborted) return;
      this.reconnectDelays = [];
      this.state = { status: 'ready', feed: loaded.feed, loaded };
      host.requestUpdate();
      const { feed } = loaded;
      emit(host, 'infamilie-load', {
        url: loaded.url,
        counts: { categories: feed.categories.length, quarters: feed.quarters.length, partners: feed.partners.length, offers: feed.offers.length, events: feed.events.length },
        dropped: loaded.dropped,
        missingParts: loaded.missingParts,
      });
    };
    loadFeed(url, { quarters, signal: abort.signal, timeout: timeoutMs(host.timeout) }).then(
      // Every element gets the feed at the same moment: each renders it in a task of its own, a lazy one
      // when a reader comes near it.
      (loaded) => {
        if (abort.signal.aborted) return;
        const showLoaded = () => show(loaded);
        if (host.loading !== 'lazy') return inTurn(showLoaded);
        this.waiting = {
          show: showLoaded,
          cancel: whenNear(host, () => {
            this.waiting = undefined;
            inTurn(showLoaded);
          }),
        };
      },
      (reason: unknown) => {
        if (abort.signal.aborted) return;
        const error = isFeedError(reason) ? reason : new FeedError('network', String((reason as Error)?.message ?? reason), { url });
        this.state = { status: 'error', error };
        host.requestUpdate();
        // One warning per feed and kind of failure, whichever element or copy of the reader ran into it first.
        const feedUrl = absolute(error.url ?? url);
        if (!warned.has(`${feedUrl} ${error.kind}`)) {
          warned.add(`${feedUrl} ${error.kind}`);
          console.warn(`INFamilie widgets: the feed ${feedUrl} could not be loaded: ${error.message}`);
        }
        emit(host, 'infamilie-error', { url: error.url ?? url, kind: error.kind, message: error.message, ...(error.status ? { status: error.status } : {}) });
        this.retryAfterReconnect(error);
      },
    );
  }
}
