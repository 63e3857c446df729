/**
 * A feed that fails in every way a real network and server can, seen from the page: each fault ends
 * in the element's short, localised message with a retry button, the network link and the page's
 * fallback content; fires `infamilie-error` with the right kind; logs one warning (not one per element
 * or per retry); throws nothing into the host page; and recovers once the feed is back.
 */
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { FeedErrorKind, FeedInput } from '@infamilie/feed';
import '../src/offers/define.ts';
import '../src/calendar/define.ts';
import '../src/map/define.ts';
import '../src/badge/define.ts';
import { loadLocale } from '../src/core/locale.ts';
import { docName, errorNotice, goodFeed, hits, nextWindowEvent, putDoc, requestsFail, watchPage, watching, type Watch } from './faults-support.ts';
import { visibleText } from './support.ts';

type Lang = 'de' | 'en';
const LANGS: Lang[] = ['de', 'en'];

const RETRY = { de: 'Erneut versuchen', en: 'Try again' };
const NETWORK_LINK = { de: 'Zur Seite des Netzwerks', en: "Go to the network's page" };
const FALLBACK = 'Angebote und Termine auf infamilie.example';

/** The elements under test: attributes that make the fixture feed show something, what shows, what they say on failure. */
const ELEMENTS = {
  'infamilie-offers': {
    attributes: {},
    content: { de: 'Elterncafé', en: "Parents' café" },
    message: { de: 'Die Angebote des Netzwerks INFamilie können gerade nicht angezeigt werden.', en: "The network's offers cannot be shown right now." },
  },
  'infamilie-calendar': {
    // The fixture's weekly parents' café runs on Tuesdays until December 2026.
    attributes: { month: '2026-11', days: '30' },
    content: { de: 'Elterncafé', en: 'Elterncafé' },
    message: { de: 'Der Kalender kann gerade nicht angezeigt werden.', en: 'The calendar cannot be shown right now.' },
  },
} as const;
type Tag = keyof typeof ELEMENTS;

interface Fault {
  name: string;
  kind: FeedErrorKind;
  status?: number;
  /** The element's `timeout` attribute, in seconds. */
  timeout?: number;
  /** Stores the broken document under `name` (nothing stored answers 404). */
  breakDoc(name: string): Promise<void>;
  /** Where the element finds it, when not at /__feed/doc/NAME on the page's own origin. */
  url?(name: string): string;
  /** Puts the working feed back (default: the fixture feed as JSON). */
  repair?(name: string): Promise<void>;
}

const FAULTS: Fault[] = [
  { name: 'a 404', kind: 'http', status: 404, breakDoc: async () => {} },
  { name: 'a 500', kind: 'http', status: 500, breakDoc: (name) => putDoc(name, 'Interner Serverfehler', { status: 500, type: 'text/plain' }) },
  {
    // A maintenance page that the server lets browsers keep for ten minutes: "try again" must ask the server anyway.
    name: 'a 503 that may be cached for 10 minutes',
    kind: 'http',
    status: 503,
    breakDoc: (name) => putDoc(name, '<!doctype html><h1>Wartungsarbeiten</h1>', { status: 503, type: 'text/html', cache: 'public, max-age=600' }),
  },
  { name: 'no answer within the timeout', kind: 'timeout', timeout: 0.5, breakDoc: (name) => putDoc(name, goodFeed(), { delay: 10_000 }) },
  { name: 'a body that trickles in over 10 s', kind: 'timeout', timeout: 1, breakDoc: (name) => putDoc(name, goodFeed(), { trickle: 10_000 }) },
  { name: 'invalid JSON', kind: 'not-json', breakDoc: (name) => putDoc(name, '{"version": 1, "network": {id: infamilie}}') },
  { name: 'a truncated body', kind: 'not-json', breakDoc: (name) => putDoc(name, JSON.stringify(goodFeed()).slice(0, 700)) },
  {
    name: 'an HTML error page with status 200',
    kind: 'not-json',
    breakDoc: (name) => putDoc(name, '<!doctype html><title>Wartung</title><h1>Wartungsarbeiten</h1>', { type: 'text/html; charset=utf-8' }),
  },
  { name: 'JSON that is not a feed', kind: 'not-a-feed', breakDoc: (name) => putDoc(name, { hello: 'world' }) },
  {
    // The page is on localhost:<port>; 127.0.0.1:<port> is another origin, and the server sends no CORS header.
    name: 'a feed on another origin without Access-Control-Allow-Origin',
    kind: 'network',
    url: (name) => `http://127.0.0.1:${location.port}/__feed/doc/${name}`,
    breakDoc: (name) => putDoc(name, goodFeed()),
    repair: (name) => putDoc(name, goodFeed(), { cors: location.origin }),
  },
];

/** Two elements of one kind on one feed, the first with fallback content, inside a container in `lang`. */
function mount(tag: Tag, lang: Lang, url: string, extra: Record<string, string> = {}): [HTMLElement, HTMLElement] {
  const page = fixtureSync<HTMLElement>(html`<div lang=${lang}></div>`);
  const make = (fallback: boolean) => {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries({ ...ELEMENTS[tag].attributes, ...extra, feed: url })) element.setAttribute(name, value);
    if (fallback) element.innerHTML = `<a href="https://infamilie.example/">${FALLBACK}</a>`;
    page.append(element);
    return element;
  };
  return [make(true), make(false)];
}

const retryButton = (element: HTMLElement) => element.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!;

async function showsContent(element: HTMLElement, text: string, timeout = 5000): Promise<void> {
  await waitUntil(() => !element.shadowRoot!.querySelector('[role="alert"]') && element.shadowRoot!.querySelector('.root')?.getAttribute('aria-busy') === 'false' && visibleText(element).includes(text), `<${element.localName}> does not show "${text}": ${visibleText(element).slice(0, 200)}`, { timeout });
}

async function expectErrorState(element: HTMLElement, tag: Tag, lang: Lang, withFallback: boolean, timeout = 5000): Promise<void> {
  const notice = await errorNotice(element, timeout);
  await waitUntil(() => visibleText(element).includes(ELEMENTS[tag].message[lang]), `<${tag}> does not say "${ELEMENTS[tag].message[lang]}": ${visibleText(element)}`);
  const text = visibleText(element);
  expect(text).to.include(RETRY[lang]).and.include(NETWORK_LINK[lang]);
  expect(retryButton(element).textContent!.trim()).to.equal(RETRY[lang]);
  expect(notice.querySelector<HTMLAnchorElement>('a[href]')!.href).to.equal('https://infamilie.example/');
  if (withFallback) expect(text).to.include(FALLBACK);
  expect(notice.querySelector('slot')).to.not.equal(null);
}

const noHostErrors = (watch: Watch) => expect(watch.hostErrors, 'errors that reached the host page').to.deep.equal([]);

describe('feed faults', () => {
  before(() => loadLocale('en'));

  for (const tag of Object.keys(ELEMENTS) as Tag[]) {
    for (const lang of LANGS) {
      describe(`<${tag}> in ${lang === 'de' ? 'German' : 'English'}`, () => {
        for (const fault of FAULTS) {
          it(`${fault.name}: message, retry, fallback, ${fault.kind} event, one warning, recovery`, async () => {
            await watching(async (watch) => {
            const name = docName(`${tag}-${lang}`);
            const path = `/__feed/doc/${name}`;
            await fault.breakDoc(name);
            const url = fault.url?.(name) ?? path;
            if (fault.url) {
              // The refusal is the browser's: the server answers, only without a CORS header (until repaired).
              expect((await fetch(path)).headers.get('access-control-allow-origin')).to.equal(null);
            }
            const asked = await hits(path);
            const started = performance.now();
            const [first, second] = mount(tag, lang, url, fault.timeout ? { timeout: String(fault.timeout) } : {});

            await expectErrorState(first, tag, lang, true);
            await expectErrorState(second, tag, lang, false);
            if (fault.timeout) expect(performance.now() - started, 'gave up in time').to.be.below(fault.timeout * 1000 + 2000);
            expect(watch.errors.map((event) => event.detail.kind)).to.deep.equal([fault.kind, fault.kind]);
            expect(watch.errors.every((event) => event.detail.url === new URL(url, location.href).href)).to.equal(true);
            if (fault.status) expect(watch.errors[0].detail.status).to.equal(fault.status);
            expect(await hits(path), 'one request for both elements').to.equal(asked + 1);
            if (fault === FAULTS[1]) await expect(first).to.be.accessible();

            // Trying again while the feed is still broken: the same message, no second warning.
            retryButton(first).click();
            await waitUntil(() => watch.errors.length === 3, 'the retry fails again', { timeout: 5000 });
            await expectErrorState(first, tag, lang, true);
            expect(await hits(path), 'the retry asked the server again').to.equal(asked + 2);
            expect(watch.warningsAbout(name), 'one warning').to.have.length(1);
            expect(watch.warnings.filter((message) => message.includes('INFamilie')), 'nothing else to warn about').to.have.length(1);

            // The feed is back: "try again" shows the content.
            await (fault.repair ?? ((doc: string) => putDoc(doc, goodFeed())))(name);
            retryButton(first).click();
            await showsContent(first, ELEMENTS[tag].content[lang]);
            retryButton(second).click();
            await showsContent(second, ELEMENTS[tag].content[lang]);
            expect(watch.loads).to.have.length(2);
            noHostErrors(watch);
            });
          });
        }

        it('reads valid JSON served as text/plain', async () => {
          await watching(async (watch) => {
          const name = docName('plain');
          await putDoc(name, goodFeed(), { type: 'text/plain; charset=utf-8' });
          const [first] = mount(tag, lang, `/__feed/doc/${name}`);
          await showsContent(first, ELEMENTS[tag].content[lang]);
          expect(watch.errors).to.deep.equal([]);
          noHostErrors(watch);
          });
        });
      });
    }

    describe(`<${tag}>: the feed attribute changes while the first feed loads`, () => {
      const stale = (): FeedInput => {
        const doc = goodFeed();
        for (const item of [...doc.offers!, ...doc.events!]) item.title = 'Veraltete Antwort';
        return doc;
      };
      for (const [label, firstDelay, secondDelay, secondWorks] of [
        ['the first answer arrives after the second', 700, 0, true],
        ['the first answer arrives while the second is still loading', 150, 900, true],
        ['the second feed fails before the first answers', 500, 0, false],
      ] as const) {
        it(`${label}: the first answer never shows`, async () => {
          const watch = watchPage();
          let polling = true;
          const seen: string[] = [];
          try {
            const [firstDoc, secondDoc] = [docName('stale'), docName('current')];
            await putDoc(firstDoc, stale(), { delay: firstDelay });
            if (secondWorks) await putDoc(secondDoc, goodFeed(), { delay: secondDelay });
            const page = fixtureSync<HTMLElement>(html`<div lang="de"></div>`);
            const element = document.createElement(tag);
            for (const [name, value] of Object.entries({ ...ELEMENTS[tag].attributes, feed: `/__feed/doc/${firstDoc}` })) element.setAttribute(name, value);
            page.append(element);
            const poll = () => {
              seen.push(visibleText(element));
              if (polling) requestAnimationFrame(poll);
            };
            poll();
            await new Promise((resolve) => setTimeout(resolve, 20));
            element.setAttribute('feed', `/__feed/doc/${secondDoc}`);
            if (secondWorks) await showsContent(element, ELEMENTS[tag].content.de, 5000);
            else await errorNotice(element);
            // Past the moment the first answer arrived, and a little more.
            await new Promise((resolve) => setTimeout(resolve, Math.max(firstDelay, secondDelay) + 300));
            polling = false;
            expect(seen.filter((text) => text.includes('Veraltete Antwort')), 'frames that showed the first feed').to.deep.equal([]);
            expect(visibleText(element)).to.not.include('Veraltete Antwort');
            const secondUrl = new URL(`/__feed/doc/${secondDoc}`, location.href).href;
            expect(watch.loads.map((event) => event.detail.url)).to.deep.equal(secondWorks ? [secondUrl] : []);
            expect(watch.errors.map((event) => event.detail.url)).to.deep.equal(secondWorks ? [] : [secondUrl]);
            noHostErrors(watch);
          } finally {
            polling = false;
            await watch.stop();
          }
        });
      }
    });
  }

  it('offline: the message shows, and when the connection returns the content follows without a click', async () => {
    const watch = watchPage();
    try {
      const name = docName('offline');
      await putDoc(name, goodFeed());
      const wentOffline = nextWindowEvent('offline');
      const cameBack = nextWindowEvent('online');
      // While offline the page cannot talk to the test runner either (its messages wait for the
      // connection), so the command goes offline for a fixed time and comes back by itself.
      const command = executeServerCommand('infamilie-offline', { offline: true, for: 2500 });
      await wentOffline;
      await requestsFail();
      expect(navigator.onLine).to.equal(false);
      const [offers] = mount('infamilie-offers', 'de', `/__feed/doc/${name}`);
      const [calendar] = mount('infamilie-calendar', 'en', `/__feed/doc/${name}`);
      await expectErrorState(offers, 'infamilie-offers', 'de', true);
      await expectErrorState(calendar, 'infamilie-calendar', 'en', true);
      expect(watch.errors.map((event) => event.detail.kind)).to.deep.equal(['network', 'network', 'network', 'network']);
      expect(watch.warningsAbout(name), 'one warning for four elements').to.have.length(1);
      expect(navigator.onLine, 'still offline while the messages show').to.equal(false);

      await cameBack;
      await command;
      for (const element of [offers, calendar]) await showsContent(element, 'Elterncafé');
      expect(watch.loads.length).to.be.at.least(4);
      expect(watch.warningsAbout(name)).to.have.length(1);
      noHostErrors(watch);
    } finally {
      await executeServerCommand('infamilie-offline', { offline: false });
      await watch.stop();
    }
  });

  it('online again but the feed not yet reachable: tries again a little later, still without a click', async () => {
    await watching(async (watch) => {
    const name = docName('reconnect');
    const [offers] = mount('infamilie-offers', 'de', `/__feed/doc/${name}`);
    await expectErrorState(offers, 'infamilie-offers', 'de', true);
    // The device reports a connection, but the first attempt still fails (here: the feed is still missing).
    dispatchEvent(new Event('online'));
    await waitUntil(() => watch.errors.length === 4, 'the online event makes both elements try again', { timeout: 3000 });
    await putDoc(name, goodFeed());
    await showsContent(offers, 'Elterncafé', 4000);
    expect(watch.warningsAbout(name)).to.have.length(1);
    noHostErrors(watch);
    });
  });

  it('a split feed: a quarter part that fails leaves the rest showing, with no error', async () => {
    await watching(async (watch) => {
    const whole = goodFeed();
    const stamp = docName('split');
    const brunnen = new Set(['kita-sonnenblume', 'grundschule-kleine-kiel']);
    await putDoc(`${stamp}/brunnenstrassenviertel`, { version: 1, offers: whole.offers!.filter((o) => brunnen.has(o.partner!)), events: whole.events!.filter((e) => brunnen.has(e.partner!)) });
    await putDoc(`${stamp}/maerchensiedlung`, 'Interner Serverfehler', { status: 500, type: 'text/plain' });
    await putDoc(`${stamp}/index`, { ...whole, offers: [], events: [], quarters: whole.quarters!.map((q) => ({ ...q, feed: q.id })) });
    const url = `/__feed/doc/${stamp}/index`;
    const page = fixtureSync<HTMLElement>(html`<div lang="de">
      <infamilie-offers feed=${url}></infamilie-offers>
      <infamilie-calendar feed=${url} month="2026-11" days="30"></infamilie-calendar>
    </div>`);
    const [offers, calendar] = [page.querySelector<HTMLElement>('infamilie-offers')!, page.querySelector<HTMLElement>('infamilie-calendar')!];
    await showsContent(offers, 'Sprachförderung am Nachmittag');
    await showsContent(calendar, 'Elterncafé');
    expect(visibleText(offers)).to.include('Gefundene Angebote: 2').and.not.include('Ferienspiele');
    expect(visibleText(calendar)).to.not.include('Laternenumzug');
    expect(watch.errors).to.deep.equal([]);
    expect(watch.loads.map((event) => event.detail.missingParts)).to.deep.equal([['maerchensiedlung'], ['maerchensiedlung']]);
    expect(await hits(`/__feed/doc/${stamp}/maerchensiedlung`), 'one request for the failing part').to.equal(2);
    noHostErrors(watch);
    });
  });

  it('the map and the badge: the map says so with a retry, the badge falls back to the network link', async () => {
    await watching(async (watch) => {
    const name = docName('map-badge');
    await putDoc(name, 'Interner Serverfehler', { status: 500, type: 'text/plain' });
    const url = `/__feed/doc/${name}`;
    const page = fixtureSync<HTMLElement>(html`<div lang="en">
      <infamilie-map feed=${url}><a href="https://infamilie.example/">${FALLBACK}</a></infamilie-map>
      <infamilie-badge feed=${url}></infamilie-badge>
    </div>`);
    const [map, badge] = [page.querySelector<HTMLElement>('infamilie-map')!, page.querySelector<HTMLElement>('infamilie-badge')!];
    await errorNotice(map);
    await waitUntil(() => visibleText(map).includes("The network's map cannot be shown right now."), visibleText(map));
    expect(visibleText(map)).to.include(FALLBACK).and.include('Try again');
    await waitUntil(() => badge.shadowRoot!.querySelector('a[href="https://infamilie.example/"]'), 'the badge links to the network');
    expect(watch.errors.map((event) => event.detail.status)).to.deep.equal([500, 500]);
    expect(watch.warningsAbout(name)).to.have.length(1);
    await putDoc(name, goodFeed());
    retryButton(map).click();
    await waitUntil(() => !map.shadowRoot!.querySelector('[role="alert"]') && map.shadowRoot!.querySelector('svg'), 'the map recovers');
    noHostErrors(watch);
    });
  });

  describe('the timeout attribute', () => {
    it('waits 8 s by default, then says so (no hang)', async function () {
      this.timeout(25_000);
      await watching(async (watch) => {
      const name = docName('default-timeout');
      await putDoc(name, goodFeed(), { delay: 15_000 });
      const started = performance.now();
      const [offers] = mount('infamilie-offers', 'de', `/__feed/doc/${name}`);
      await expectErrorState(offers, 'infamilie-offers', 'de', true, 12_000);
      expect(performance.now() - started).to.be.within(7500, 10_000);
      expect(watch.errors.map((event) => event.detail.kind)).to.deep.equal(['timeout', 'timeout']);
      await putDoc(name, goodFeed());
      retryButton(offers).click();
      await showsContent(offers, 'Elterncafé');
      noHostErrors(watch);
      });
    });

    it('ignores values that are not a usable number of seconds, and caps huge ones', async () => {
      await watching(async (watch) => {
      const name = docName('timeout-values');
      await putDoc(name, goodFeed(), { delay: 300 });
      // 1e12 s overflows a browser timer, which would then fire at once; "-1" and "bald" mean the default.
      const page = fixtureSync<HTMLElement>(html`<div lang="de">
        <infamilie-offers feed=${`/__feed/doc/${name}`} timeout="1e12"></infamilie-offers>
      </div>`);
      await showsContent(page.querySelector('infamilie-offers')!, 'Elterncafé');
      for (const value of ['-1', 'bald', '0']) {
        const other = docName('timeout-values');
        await putDoc(other, goodFeed(), { delay: 300 });
        const [offers] = mount('infamilie-offers', 'de', `/__feed/doc/${other}`, { timeout: value });
        await showsContent(offers, 'Elterncafé');
      }
      expect(watch.errors).to.deep.equal([]);
      noHostErrors(watch);
      });
    });
  });
});
