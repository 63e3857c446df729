import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../src/offer-card/define.ts';
import type { InfamilieOfferCard } from '../src/offer-card/offer-card.ts';
import { miniFeed } from '../../feed/test/fixtures.ts';
import { deepQueryAll, HOSTILE_STRINGS, parsed, serveFeed, settled, UNSAFE_URLS, visibleText } from './support.ts';

describe('<infamilie-offer-card>', () => {
  it('shows what a family needs to know about an offer, in German by default', async () => {
    const el = await fixture<InfamilieOfferCard>(html`<infamilie-offer-card offer="elterncafe-brunnen" .data=${parsed(miniFeed())}></infamilie-offer-card>`);
    await settled(el);
    const text = visibleText(el);
    expect(text).to.include('Elterncafé');
    expect(text).to.include('Kita Sonnenblume');
    expect(text).to.include('Beratung');
    expect(text).to.include('0–6 Jahre');
    expect(text).to.include('Deutsch, Türkisch und Arabisch');
    expect(text).to.include('kostenlos');
    expect(text).to.match(/Dienstag ?, 09:00–11:00 Uhr/);
    expect(text).to.include('Brunnenstraße 12, 44145 Dortmund');
    const links = deepQueryAll<HTMLAnchorElement>(el, 'a').map((a) => a.getAttribute('href'));
    expect(links).to.include('tel:+492311234567');
    expect(links).to.include('mailto:kita-sonnenblume@example.org');
    await expect(el).to.be.accessible();
  });

  it('speaks the language of its lang attribute, falling back to German per field', async () => {
    const el = await fixture<InfamilieOfferCard>(html`<infamilie-offer-card lang="tr" offer="elterncafe-brunnen" .data=${parsed(miniFeed())}></infamilie-offer-card>`);
    await settled(el);
    const text = visibleText(el);
    expect(text).to.include('Veli kafesi');
    expect(text).to.include('Almanca, Türkçe ve Arapça');
    expect(text).to.include('Salı');
    // The summary has no Turkish translation: German, marked as German.
    const summary = deepQueryAll(el, '.summary [lang="de"]');
    expect(summary.length).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('lays out right to left in Arabic', async () => {
    const el = fixtureSync<InfamilieOfferCard>(html`<div lang="ar"><infamilie-offer-card offer="elterncafe-brunnen" .data=${parsed(miniFeed())}></infamilie-offer-card></div>`);
    const card = el.querySelector('infamilie-offer-card')!;
    await settled(card);
    const root = card.shadowRoot!.querySelector('.root')!;
    expect(root.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(root).direction).to.equal('rtl');
    await expect(card).to.be.accessible();
  });

  it('puts its title at the heading level the page asks for', async () => {
    const el = await fixture<InfamilieOfferCard>(html`<infamilie-offer-card heading-level="2" offer="sprachfoerderung-kiel" .data=${parsed(miniFeed())}></infamilie-offer-card>`);
    await settled(el);
    const heading = el.shadowRoot!.querySelector('[role="heading"]')!;
    expect(heading.getAttribute('aria-level')).to.equal('2');
    expect(heading.textContent).to.include('Sprachförderung am Nachmittag');
  });

  it('links to registration, and the compact variant keeps only the first action', async () => {
    const feed = parsed(miniFeed());
    const el = await fixture<InfamilieOfferCard>(html`<infamilie-offer-card offer="sprachfoerderung-kiel" .data=${feed}></infamilie-offer-card>`);
    await settled(el);
    const register = deepQueryAll<HTMLAnchorElement>(el, 'a.primary')[0];
    expect(register.href).to.equal('https://schule.example/anmeldung');
    expect(visibleText(el)).to.include('Anmeldung erforderlich');
    el.variant = 'compact';
    await el.updateComplete;
    expect(deepQueryAll(el, '.actions a').length).to.equal(1);
    expect(visibleText(el)).not.to.include('Anmeldung erforderlich');
  });

  it('opens its details and fires infamilie-select', async () => {
    const doc = miniFeed();
    doc.offers![0].description = 'Jeden Dienstag mit Kinderbetreuung.';
    const el = await fixture<InfamilieOfferCard>(html`<infamilie-offer-card offer="elterncafe-brunnen" .data=${parsed(doc)}></infamilie-offer-card>`);
    await settled(el);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('.title-button')!;
    expect(visibleText(el)).not.to.include('Kinderbetreuung');
    let detail: unknown;
    document.addEventListener('infamilie-select', (event) => (detail = event.detail), { once: true });
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(visibleText(el)).to.include('Kinderbetreuung');
    expect(detail).to.deep.equal({ kind: 'offer', id: 'elterncafe-brunnen' });
  });

  it('loads the feed itself when given an id and a feed URL', async () => {
    const url = await serveFeed(miniFeed());
    const el = await fixture<InfamilieOfferCard>(html`<infamilie-offer-card feed=${url} offer="ferienspiele-eving"></infamilie-offer-card>`);
    await settled(el);
    expect(visibleText(el)).to.include('Ferienspiele');
    await expect(el).to.be.accessible();
  });

  it('says so when the offer id is unknown', async () => {
    const el = await fixture<InfamilieOfferCard>(html`<infamilie-offer-card offer="gibt-es-nicht" .data=${parsed(miniFeed())}></infamilie-offer-card>`);
    await settled(el);
    expect(visibleText(el)).to.include('„gibt-es-nicht“');
    await expect(el).to.be.accessible();
  });

  it('renders hostile text as inert text and never links an unsafe URL', async () => {
    (window as unknown as { __pwned?: number }).__pwned = undefined;
    for (const [i, hostile] of HOSTILE_STRINGS.entries()) {
      const doc = miniFeed();
      const offer = doc.offers![0];
      offer.title = hostile;
      offer.summary = { de: hostile, tr: hostile };
      offer.description = hostile;
      offer.cost = { free: false, note: hostile };
      offer.schedule = { text: hostile };
      offer.location = { name: hostile, address: { street: hostile, city: hostile } };
      doc.partners![0].name = hostile;
      doc.categories![1].name = hostile;
      // Given directly as a property, bypassing the reader's URL checks.
      const unsafe = { ...parsed(doc).offers[0], url: UNSAFE_URLS[i % UNSAFE_URLS.length], registration: { url: UNSAFE_URLS[(i + 1) % UNSAFE_URLS.length], email: 'x@y.z"><script>', phone: 'javascript:1' } };
      const el = await fixture<InfamilieOfferCard>(html`<infamilie-offer-card lang="tr" .offer=${unsafe} .data=${parsed(doc)}></infamilie-offer-card>`);
      await settled(el);
      expect(visibleText(el)).to.include(hostile.trim());
      expect(deepQueryAll(el, 'script, img, svg[onload], [onerror]').filter((n) => !n.classList.contains('icon')).length).to.equal(0);
      for (const a of deepQueryAll<HTMLAnchorElement>(el, 'a[href]')) expect(a.protocol).to.be.oneOf(['https:', 'http:', 'mailto:', 'tel:']);
    }
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
