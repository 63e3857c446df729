/**
 * Every link payload in every link and contact field: the network's page and logo, partners' and
 * offers' and events' web pages, registration pages, e-mail addresses and phone numbers, the base map
 * and the parts of a split feed. Served as JSON (the reader drops what is not a link) and given as
 * `.data` (the elements alone decide what becomes an `href`). Every field of item i holds payload i;
 * the rounds move on until every payload has been in every field.
 */
import { expect } from '@open-wc/testing';
import { parseFeed, type Feed, type FeedInput } from '@infamilie/feed';
import '../../src/badge/define.ts';
import { resolveFeedUrl } from '../../src/core/config.ts';
import { serveFeed, settled } from '../support.ts';
import { CONTACT_PAYLOADS, URL_PAYLOADS, type UrlPayload } from './payloads.ts';
import { foreignRequests, inspect, letPayloadsRun, pageSnapshot, Trap } from './checks.ts';
import { exerciseCalendar, exerciseMap, stage, type Source } from './stage.ts';

const POOL: readonly UrlPayload[] = [...URL_PAYLOADS, ...CONTACT_PAYLOADS];
const N = 40;
const ROUNDS = Math.ceil(POOL.length / N);

const isWeb = (value: string) => {
  try {
    return ['https:', 'http:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

function urlFeed(round: number): FeedInput {
  const payload = (i: number) => POOL[(round * N + i) % POOL.length].value;
  const documents = POOL.filter((p) => p.expect === 'unsafe');
  const links = (i: number) => ({ url: payload(i), registration: { required: true, url: payload(i), email: payload(i), phone: payload(i) } });
  return {
    version: 1,
    network: {
      id: 'infamilie',
      name: 'Netzwerk INFamilie',
      url: payload(0),
      logo: payload(1),
      contact: { email: payload(2), phone: payload(3) },
      basemap: { url: documents[round % documents.length].value },
    },
    categories: [{ id: 'c0', name: 'Beratung' }],
    quarters: Array.from({ length: 4 }, (_, q) => ({
      id: `q${q}`,
      name: `Quartier ${q}`,
      feed: documents[(round * 4 + q) % documents.length].value,
      geometry: { type: 'Polygon' as const, coordinates: [[[7.4 + q * 0.02, 51.5], [7.418 + q * 0.02, 51.5], [7.418 + q * 0.02, 51.518], [7.4 + q * 0.02, 51.518], [7.4 + q * 0.02, 51.5]]] as [number, number][][] },
    })),
    partners: Array.from({ length: N }, (_, i) => ({
      id: `p${i}`,
      name: `Partner ${i}`,
      quarters: [`q${i % 4}`],
      geo: [7.401 + (i % 4) * 0.02 + Math.floor(i / 4) * 0.0015, 51.501 + Math.floor(i / 4) * 0.0015] as [number, number],
      url: payload(i),
      email: payload(i),
      phone: payload(i),
    })),
    offers: [
      // Offers with their own links, and offers that fall back to their partner's.
      ...Array.from({ length: N }, (_, i) => ({ id: `o${i}`, title: `Angebot ${i}`, category: 'c0', partner: `p${i}`, ...links(i) })),
      ...Array.from({ length: N }, (_, i) => ({ id: `f${i}`, title: `Angebot ${N + i}`, category: 'c0', partner: `p${i}` })),
    ],
    events: Array.from({ length: N }, (_, i) => ({
      id: `e${i}`,
      title: `Termin ${i}`,
      partner: `p${i}`,
      start: `2027-03-${String((i % 28) + 1).padStart(2, '0')}T10:00:00+01:00`,
      ...links(i),
    })),
  } as FeedInput;
}

describe('hostile links in every link and contact field', function () {
  this.timeout(60_000);

  for (let round = 0; round < ROUNDS; round++) {
    for (const path of ['json', 'data'] as const) {
      it(`round ${round + 1} of ${ROUNDS}: ${path === 'json' ? 'the served JSON feed' : '.data without the reader'}`, async () => {
        const trap = new Trap();
        const pageBefore = pageSnapshot();
        const since = performance.now();
        const doc = urlFeed(round);
        let source: Source;
        let feed: Feed;
        let origin: string;
        if (path === 'json') {
          const result = parseFeed(doc);
          expect(result.dropped.filter((d) => d.dropped === 'item')).to.deep.equal([]);
          feed = result.feed;
          source = { url: await serveFeed(doc) };
          origin = location.origin;
        } else {
          feed = structuredClone(doc) as unknown as Feed;
          source = { data: feed, offer: feed.offers[0] };
          origin = new URL(resolveFeedUrl(undefined), document.baseURI).origin;
        }
        const page = await stage(source, { lang: 'de', partnerId: 'p0' });
        const problems: string[] = [];
        const inspectAll = (what: string) => page.all.forEach((element) => problems.push(...inspect(element, { logoOrigin: origin }).map((p) => `${what}: ${p}`)));
        inspectAll('rendered');

        // Every offer is there; a registration link for exactly the offers whose link is a web address.
        const cards = [...page.offers.shadowRoot!.querySelectorAll<HTMLElement>('.cards infamilie-offer-card')];
        expect(cards.length).to.equal(feed.offers.length);
        const registered = cards.filter((card) => card.shadowRoot!.querySelector('a.primary')).length;
        expect(registered, 'registration links').to.equal(feed.offers.filter((o) => o.registration?.url && isWeb(o.registration.url)).length);

        page.offers.hidden = page.map.hidden = true;
        expect(await exerciseCalendar(page.month, async (_dialog, what) => void problems.push(...inspect(page.month).map((p) => `${what}: ${p}`))), 'events opened').to.equal(feed.events.length);
        page.offers.hidden = page.map.hidden = false;
        page.month.hidden = page.agenda.hidden = true;
        await exerciseMap(page.map, async (_panel, what) => void problems.push(...inspect(page.map).map((p) => `${what}: ${p}`)));
        page.month.hidden = page.agenda.hidden = false;

        // The badge, with each payload of this round as the network's page and logo.
        const badge = page.badge as HTMLElement & { data?: Feed; updateComplete: Promise<unknown> };
        const base = path === 'json' ? parseFeed(doc).feed : feed;
        for (let i = 0; i < N; i++) {
          const value = POOL[(round * N + i) % POOL.length].value;
          badge.data = { ...base, network: { ...base.network, url: value, logo: value } };
          await badge.updateComplete;
          problems.push(...inspect(badge, { logoOrigin: origin }).map((p) => `badge with ${JSON.stringify(value).slice(0, 60)}: ${p}`));
        }
        await settled(badge);

        await letPayloadsRun();
        inspectAll('after use');
        page.remove();
        trap.stop();
        // The logo may come from the feed's host; nothing else leaves the page's origin.
        problems.push(...foreignRequests(since, [location.origin, origin]));
        expect([...new Set(problems)].slice(0, 40), 'links').to.deep.equal([]);
        expect([...trap.fired], 'payloads that ran').to.deep.equal([]);
        expect(trap.errors, 'errors thrown into the page').to.deep.equal([]);
        expect(pageSnapshot(), 'the page outside the elements').to.equal(pageBefore);
      });
    }
  }
});
