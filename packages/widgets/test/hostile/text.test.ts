/**
 * Every payload of the corpus in every text field of a feed (German and Arabic), and the link,
 * contact, colour and icon fields filled from the corpus too, through every element on one partner
 * page: once as JSON through the real loader and reader, once as `.data` that skips the reader.
 * The rounds rotate the payloads so that each one lands in each field; then a reader uses the page.
 */
import { expect } from '@open-wc/testing';
import { parseFeed, type Feed } from '@infamilie/feed';
import { resolveFeedUrl } from '../../src/core/config.ts';
import { serveFeed, visibleText } from '../support.ts';
import { CONTACT_PAYLOADS, corpusSummary, ALL_PAYLOADS, TEXT_PAYLOADS, URL_PAYLOADS, type Payload } from './payloads.ts';
import { hostileFeed, OTHER_LANGUAGE, placedAt, unvalidated } from './hostile-feed.ts';
import { icsProblems, inspect, letPayloadsRun, missingMarkers, pageSnapshot, Trap } from './checks.ts';
import { exerciseCalendar, exerciseMap, exerciseOffers, hover, lightDom, openCards, stage, type Source } from './stage.ts';

const ROUNDS = 2;
/** Colours get the CSS injections and a few tag payloads. */
const CSS_POOL = [...TEXT_PAYLOADS.filter((p) => p.family.startsWith('css:')), ...TEXT_PAYLOADS.filter((p) => p.family.startsWith('tag:')).slice(0, 8)];

const shadow = (element: Element) => element.shadowRoot!;

describe('hostile feed text and links in every element', function () {
  this.timeout(60_000);

  before(() => {
    console.log(`hostile corpus: ${ALL_PAYLOADS.length} payloads ${JSON.stringify(corpusSummary())}`);
  });

  for (let round = 0; round < ROUNDS; round++) {
    for (const path of ['json', 'data'] as const) {
      it(`round ${round + 1} of ${ROUNDS}: ${path === 'json' ? 'the served JSON feed, through the reader' : '.data, without the reader, hostile ids too'}`, async () => {
        await hostileRound(round, path);
      });
    }
  }
});

async function hostileRound(round: number, path: 'json' | 'data'): Promise<void> {
  const trap = new Trap();
  const pageBefore = pageSnapshot();
  const lang = (round + (path === 'data' ? 1 : 0)) % 2 ? OTHER_LANGUAGE : 'de';
  const L = lang === 'de' ? 'de' : OTHER_LANGUAGE;
  const hostile = hostileFeed({ round, rounds: ROUNDS, text: TEXT_PAYLOADS, urls: URL_PAYLOADS, contacts: CONTACT_PAYLOADS, css: CSS_POOL });
  let feed: Feed;
  let source: Source;
  let logoOrigin: string;
  if (path === 'json') {
    const result = parseFeed(hostile.doc);
    // Payloads cost fields (links, colours, icons), never items.
    expect(result.dropped.filter((d) => d.dropped === 'item')).to.deep.equal([]);
    feed = result.feed;
    source = { url: await serveFeed(hostile.doc) };
    logoOrigin = location.origin;
  } else {
    feed = unvalidated(hostile.doc, TEXT_PAYLOADS.slice(round * 50, round * 50 + 50));
    source = { data: feed, offer: feed.offers[3] };
    logoOrigin = new URL(resolveFeedUrl(undefined), document.baseURI).origin;
  }

  const page = await stage(source, { lang, offerId: path === 'json' ? 'o3' : undefined, partnerId: 'p0' });
  const hostBefore = lightDom(page.container);
  const problems: string[] = [];
  const missing: string[] = [];
  const at = (pattern: string) => placedAt(hostile, new RegExp(`^${pattern}$`));
  const expectText = (what: string, text: string, payloads: Payload[]) => {
    const ids = missingMarkers(text, payloads);
    if (ids.length) missing.push(`${what}: payloads ${ids.slice(0, 12).join(', ')}${ids.length > 12 ? ` and ${ids.length - 12} more` : ''} not shown as text`);
  };
  const inspectAll = () => page.all.forEach((element) => problems.push(...inspect(element, { logoOrigin })));
  inspectAll();

  // Everything is shown: every offer, event, quarter and partner, whatever its text.
  const cards = shadow(page.offers).querySelectorAll('.cards infamilie-offer-card');
  expect(cards.length, 'offer cards').to.equal(feed.offers.length);
  expect(shadow(page.agenda).querySelectorAll('.agenda .entry').length, 'agenda entries').to.equal(feed.events.length);
  expect(shadow(page.month).querySelectorAll('.month-grid .chip').length, 'month chips').to.equal(feed.events.length);
  expect(shadow(page.card).querySelector('article.card'), 'the single card').to.not.equal(null);

  const offerFields = `offers\\[\\d+\\]\\.(title|summary|cost\\.note|location\\.name)\\.${L}|offers\\[\\d+\\]\\.location\\.address\\.(street|postalCode|city)`;
  expectText('offers', visibleText(page.offers), [...at(offerFields), ...at(`(categories|partners)\\[\\d+\\]\\.name\\.${L}`)]);
  expectText('badge', visibleText(page.badge), [...at(`network\\.name\\.${L}`), ...at(`partners\\[0\\]\\.name\\.${L}`)]);
  expectText('agenda', visibleText(page.agenda), at(`events\\[\\d+\\]\\.(title|location\\.name)\\.${L}`));
  expectText('month', visibleText(page.month), at(`events\\[\\d+\\]\\.title\\.${L}`));
  const search = placedAt(hostile, new RegExp(`^offers\\[0\\]\\.title\\.${L}$`))[0].marker;
  await exerciseOffers(page.offers, search);
  await openCards(page.card);
  inspectAll();
  expectText('offers, opened', visibleText(page.offers), at(`offers\\[\\d+\\]\\.(description|schedule\\.text|registration\\.note|accessibility\\.notes)\\.${L}`));
  expectText('card, opened', visibleText(page.card), at(`offers\\[3\\]\\.(title|summary|description|schedule\\.text|registration\\.note|cost\\.note|location\\.name)\\.${L}`));

  // The calendar: every event's details in the dialog, with its .ics file; a day's list.
  const dialogs: string[] = [];
  const inspectDialog = (calendar: HTMLElement) => async (dialog: HTMLDialogElement, what: string) => {
    problems.push(...inspect(calendar, { logoOrigin }).map((p) => `${what}: ${p}`));
    dialogs.push(visibleText(dialog));
    const download = dialog.querySelector<HTMLAnchorElement>('a[download]');
    if (download) problems.push(...icsProblems(await (await fetch(download.href)).text()).map((p) => `${what}: ${p}`));
    else if (dialog.querySelector('.details')) problems.push(`${what}: no .ics download`);
  };
  // (The other elements step aside meanwhile: a dialog over a page of long texts costs a layout each time.)
  const others = [page.offers, page.map, page.card, page.badge];
  others.forEach((element) => (element.hidden = true));
  expect(await exerciseCalendar(page.month, inspectDialog(page.month)), 'events opened in the month').to.equal(feed.events.length);
  await exerciseCalendar(page.agenda, inspectDialog(page.agenda), 4);
  others.forEach((element) => (element.hidden = false));
  expectText(
    'event details',
    dialogs.join(' '),
    at(`events\\[\\d+\\]\\.(title|description|location\\.name|cost\\.note|registration\\.note)\\.${L}|events\\[\\d+\\]\\.location\\.address\\.(street|postalCode|city)`),
  );

  // The map: a quarter and a partner chosen, then the list, and every entry of the list chosen.
  const panels: string[] = [];
  await exerciseMap(page.map, async (panel, what) => {
    problems.push(...inspect(page.map, { logoOrigin }).map((p) => `${what}: ${p}`));
    panels.push(visibleText(panel));
  });
  const list = shadow(page.map).querySelector('.list');
  expect(list, 'the map list').to.not.equal(null);
  expect(list!.querySelectorAll('.quarter-entry').length, 'quarters in the list').to.equal(feed.quarters.length);
  expect(list!.querySelectorAll('.partner-entry').length, 'partners in the list').to.equal(feed.partners.length);
  expectText('map list', visibleText(list!), [...at(`(quarters|partners)\\[\\d+\\]\\.name\\.${L}`), ...at(`quarters\\[\\d+\\]\\.district`), ...at(`partners\\[\\d+\\]\\.address\\.street`)]);
  expectText('map panels', panels.join(' '), at(`quarters\\[\\d+\\]\\.description\\.${L}`));

  await hover(page.all);
  await letPayloadsRun();
  inspectAll();
  const lightAfter = lightDom(page.container);
  page.remove();
  await letPayloadsRun(50);
  trap.stop();

  expect(unique(problems), 'markup, links and styles').to.deep.equal([]);
  expect(missing, 'payloads shown as text').to.deep.equal([]);
  expect([...trap.fired].map(describePayload), 'payloads that ran').to.deep.equal([]);
  expect(trap.errors, 'errors thrown into the page').to.deep.equal([]);
  expect(lightAfter, 'the host page around the elements').to.equal(hostBefore);
  expect(pageSnapshot(), 'the page outside the elements').to.equal(pageBefore);
}

function unique(list: string[]): string[] {
  const seen = [...new Set(list)];
  return seen.length > 40 ? [...seen.slice(0, 40), `… and ${seen.length - 40} more`] : seen;
}

function describePayload(id: number): string {
  const payload = ALL_PAYLOADS.find((p) => p.id === id);
  return `#${id} ${payload?.family ?? '?'}: ${JSON.stringify(payload?.value.slice(0, 80))}`;
}
