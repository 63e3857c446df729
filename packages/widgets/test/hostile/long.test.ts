/**
 * Very long texts (100 KB and more, each ending in an injection) in the fields every element shows:
 * names, titles, summaries, descriptions, places. The elements show them, as text, and stay usable.
 */
import { expect } from '@open-wc/testing';
import { parseFeed, type Feed, type FeedInput } from '@infamilie/feed';
import { serveFeed, visibleText } from '../support.ts';
import { LONG_PAYLOADS } from './payloads.ts';
import { inspect, letPayloadsRun, missingMarkers, pageSnapshot, Trap } from './checks.ts';
import { exerciseCalendar, exerciseMap, openCards, stage } from './stage.ts';

function longFeed(): FeedInput {
  const long = LONG_PAYLOADS.map((p) => p.value);
  const K = long.length;
  const square = (k: number) => ({
    type: 'Polygon' as const,
    coordinates: [[[7.4 + k * 0.02, 51.5], [7.418 + k * 0.02, 51.5], [7.418 + k * 0.02, 51.518], [7.4 + k * 0.02, 51.518], [7.4 + k * 0.02, 51.5]]] as [number, number][][],
  });
  return {
    version: 1,
    network: { id: 'infamilie', name: long[0], description: long[1] },
    categories: long.map((text, k) => ({ id: `c${k}`, name: text, description: text })),
    quarters: long.map((text, k) => ({ id: `q${k}`, name: text, district: text, description: text, geometry: square(k) })),
    partners: long.map((text, k) => ({ id: `p${k}`, name: text, quarters: [`q${k}`], address: { street: text }, geo: [7.409 + k * 0.02, 51.509] as [number, number] })),
    offers: long.map((text, k) => ({
      id: `o${k}`,
      title: text,
      summary: text,
      description: text,
      category: `c${k}`,
      partner: `p${(k + 1) % K}`,
      cost: { free: true, note: text },
      location: { name: text },
    })),
    events: long.map((text, k) => ({
      id: `e${k}`,
      title: text,
      description: text,
      category: `c${k}`,
      partner: `p${k}`,
      start: `2027-03-${String(k * 5 + 2).padStart(2, '0')}T10:00:00+01:00`,
      location: { name: text },
    })),
  };
}

describe('very long hostile texts', function () {
  this.timeout(60_000);

  for (const path of ['json', 'data'] as const) {
    it(`are shown whole and inert in every element (${path === 'json' ? 'served JSON' : '.data'})`, async () => {
      const trap = new Trap();
      const pageBefore = pageSnapshot();
      const doc = longFeed();
      const feed: Feed = parseFeed(doc).feed;
      const page = await stage(path === 'json' ? { url: await serveFeed(doc) } : { data: feed }, { lang: 'de', offerId: 'o2', partnerId: 'p3' });
      const problems: string[] = [];
      page.all.forEach((element) => problems.push(...inspect(element, { logoOrigin: location.origin })));

      expect(page.offers.shadowRoot!.querySelectorAll('.cards infamilie-offer-card').length).to.equal(LONG_PAYLOADS.length);
      expect(page.month.shadowRoot!.querySelectorAll('.chip').length).to.equal(LONG_PAYLOADS.length);
      await openCards(page.offers);
      const text = visibleText(page.offers);
      expect(missingMarkers(text, LONG_PAYLOADS), 'offers').to.deep.equal([]);
      expect(visibleText(page.badge)).to.include(LONG_PAYLOADS[0].marker);
      expect(missingMarkers(visibleText(page.agenda), LONG_PAYLOADS), 'agenda').to.deep.equal([]);
      expect(await exerciseCalendar(page.month, async () => void problems.push(...inspect(page.month)))).to.equal(LONG_PAYLOADS.length);
      await exerciseMap(page.map, async () => void problems.push(...inspect(page.map)));
      expect(missingMarkers(visibleText(page.map.shadowRoot!.querySelector('.list')!), LONG_PAYLOADS), 'map list').to.deep.equal([]);

      await letPayloadsRun();
      page.remove();
      trap.stop();
      expect([...trap.fired], 'payloads that ran').to.deep.equal([]);
      expect(trap.errors, 'errors thrown into the page').to.deep.equal([]);
      expect([...new Set(problems)], 'markup, links and styles').to.deep.equal([]);
      expect(pageSnapshot()).to.equal(pageBefore);
    });
  }
});
