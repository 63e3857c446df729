import { expect } from '@open-wc/testing';
import { loadFeed, forgetFeedRequests } from '../src/load.ts';
import { isFeedError, type FeedError } from '../src/errors.ts';
import { miniFeed } from './fixtures.ts';

const hits = async (path: string): Promise<number> => (await fetch(`/__feed/hits?path=${encodeURIComponent(path)}`)).json();
const text = (body: string, type = 'application/json') => `/__feed/text?type=${encodeURIComponent(type)}&body=${encodeURIComponent(body)}`;
const feedUrl = (doc: unknown = miniFeed()) => text(JSON.stringify(doc));

async function failure(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    if (isFeedError(error)) return error;
    throw error;
  }
  throw new Error('expected the load to fail');
}

describe('loadFeed', () => {
  beforeEach(async () => {
    forgetFeedRequests();
    await fetch('/__feed/reset');
  });

  it('makes one request for ten loaders on one page', async () => {
    const url = feedUrl();
    const results = await Promise.all(Array.from({ length: 10 }, () => loadFeed(url)));
    expect(results.every((r) => r.feed.offers.length === 3)).to.equal(true);
    expect(await hits(new URL(url, location.href).pathname + new URL(url, location.href).search)).to.equal(1);
  });

  it('shares the request with another copy of the library through globalThis', async () => {
    const url = feedUrl();
    const first = loadFeed(url);
    const registry = (globalThis as unknown as Record<symbol, Map<string, Promise<unknown>>>)[Symbol.for('infamilie.feed.requests.v1')];
    expect(registry.has(new URL(url, location.href).href)).to.equal(true);
    await first;
  });

  it('reports an HTTP error with its status', async () => {
    const error = await failure(loadFeed('/__feed/status/404'));
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(404);
    expect(error.url).to.match(/\/__feed\/status\/404$/);
  });

  it('reports a body that is not JSON', async () => {
    expect((await failure(loadFeed(text('<html>Server error</html>', 'text/html')))).kind).to.equal('not-json');
    expect((await failure(loadFeed(text('{"version":1,"network":{"id"')))).kind).to.equal('not-json');
  });

  it('reports JSON that is not a feed', async () => {
    const error = await failure(loadFeed(text('{"hello":"world"}')));
    expect(error.kind).to.equal('not-a-feed');
  });

  it('gives up after the timeout, also while the body trickles in', async () => {
    const started = performance.now();
    const error = await failure(loadFeed('/__feed/slow?ms=3000&to=/', { timeout: 300 }));
    expect(error.kind).to.equal('timeout');
    expect(performance.now() - started).to.be.below(2000);
    const trickle = await failure(loadFeed('/__feed/trickle?ms=5000', { timeout: 500 }));
    expect(trickle.kind).to.equal('timeout');
  });

  it('reports an unreachable host as a network error', async () => {
    const error = await failure(loadFeed('http://127.0.0.1:9/feed.json', { timeout: 3000 }));
    expect(error.kind).to.equal('network');
  });

  it('stops waiting when aborted, without breaking the shared request for others', async () => {
    const url = '/__feed/slow?ms=300&to=' + encodeURIComponent(feedUrl());
    const controller = new AbortController();
    const waiting = loadFeed(url, { signal: controller.signal });
    const other = loadFeed(url);
    controller.abort();
    expect((await failure(waiting)).kind).to.equal('aborted');
    expect((await other).feed.network.id).to.equal('infamilie');
  });

  it('asks again after a failure, so a retry can recover', async () => {
    const url = '/__feed/status/500';
    await failure(loadFeed(url));
    await failure(loadFeed(url));
    expect(await hits('/__feed/status/500')).to.equal(2);
  });

  describe('split feeds', () => {
    function splitFeed() {
      const whole = miniFeed();
      const part = (quarter: string) => {
        const partners = new Set(whole.partners!.filter((p) => p.quarters?.includes(quarter)).map((p) => p.id));
        return { version: 1, offers: whole.offers!.filter((o) => partners.has(o.partner!)), events: whole.events!.filter((e) => partners.has(e.partner!)) };
      };
      const index = { ...whole, offers: [], events: [] };
      index.quarters = whole.quarters!.map((q) => ({ ...q, feed: new URL(feedUrl(part(q.id)), location.href).href }));
      return { index, indexUrl: feedUrl(index) };
    }

    it('fetches the index and only the asked quarter part', async () => {
      const { index, indexUrl } = splitFeed();
      const { feed, missingParts } = await loadFeed(indexUrl, { quarters: ['maerchensiedlung'] });
      expect(feed.offers.map((o) => o.id)).to.deep.equal(['ferienspiele-eving']);
      expect(feed.events.map((e) => e.id)).to.deep.equal(['laternenumzug']);
      expect(missingParts).to.deep.equal([]);
      const other = new URL(index.quarters![0].feed!);
      expect(await hits(other.pathname + other.search)).to.equal(0);
    });

    it('fetches every part for the whole network, and none for the index only', async () => {
      const { indexUrl } = splitFeed();
      const all = await loadFeed(indexUrl);
      expect(all.feed.offers).to.have.length(3);
      const none = await loadFeed(indexUrl, { quarters: 'none' });
      expect(none.feed.offers).to.have.length(0);
      expect(none.feed.partners).to.have.length(3);
    });

    it('keeps the rest when a part fails, and says which quarter is missing', async () => {
      const { index } = splitFeed();
      index.quarters![1].feed = new URL('/__feed/status/404', location.href).href;
      const { feed, missingParts, dropped } = await loadFeed(feedUrl(index));
      expect(missingParts).to.deep.equal(['maerchensiedlung']);
      expect(feed.offers).to.have.length(2);
      expect(dropped.some((d) => d.id === 'maerchensiedlung' && /404/.test(d.message))).to.equal(true);
    });
  });
});
