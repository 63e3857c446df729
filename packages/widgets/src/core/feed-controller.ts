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

export type FeedState =
  | { status: 'loading' }
  | { status: 'ready'; feed: Feed; loaded?: LoadedFeed }
  | { status: 'error'; error: FeedError };

export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  /** The feed URL attribute. */
  feed?: string;
  /** A feed given directly; nothing is loaded then. */
  data?: Feed;
  /** Which quarter parts of a split feed the element needs. */
  feedQuarters(): 'all' | 'none' | readonly string[];
}

const warned = new Set<string>();

export class FeedController implements ReactiveController {
  state: FeedState = { status: 'loading' };
  private key?: string;
  private abort?: AbortController;

  constructor(private readonly host: FeedHost) {
    host.addController(this);
  }

  hostConnected(): void {
    globalThis.addEventListener?.('online', this.onOnline);
    this.sync();
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('online', this.onOnline);
    this.abort?.abort();
    this.abort = undefined;
    this.key = undefined;
  }

  /** Runs before each render, so a changed `feed` attribute or `data` property is picked up at once. */
  hostUpdate(): void {
    this.sync();
  }

  /** Loads again (after an error: the failed request is not cached, so the server is asked anew). */
  retry(): void {
    this.key = undefined;
    this.sync();
    this.host.requestUpdate();
  }

  /** Back online after a failure: try again without waiting for the visitor. */
  private readonly onOnline = () => {
    if (this.state.status === 'error') this.retry();
  };

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
    const abort = (this.abort = new AbortController());
    this.state = { status: 'loading' };
    loadFeed(url, { quarters, signal: abort.signal }).then(
      (loaded) => {
        if (abort.signal.aborted) return;
        this.state = { status: 'ready', feed: loaded.feed, loaded };
        host.requestUpdate();
        const { feed } = loaded;
        emit(host, 'infamilie-load', {
          url: loaded.url,
          counts: { categories: feed.categories.length, quarters: feed.quarters.length, partners: feed.partners.length, offers: feed.offers.length, events: feed.events.length },
          dropped: loaded.dropped,
          missingParts: loaded.missingParts,
        });
      },
      (reason: unknown) => {
        if (abort.signal.aborted) return;
        const error = isFeedError(reason) ? reason : new FeedError('network', String((reason as Error)?.message ?? reason), { url });
        this.state = { status: 'error', error };
        host.requestUpdate();
        const notice = `INFamilie widgets: the feed ${error.url ?? url} could not be loaded: ${error.message}`;
        if (!warned.has(notice)) {
          warned.add(notice);
          console.warn(notice);
        }
        emit(host, 'infamilie-error', { url: error.url ?? url, kind: error.kind, message: error.message, ...(error.status ? { status: error.status } : {}) });
      },
    );
  }
}
