import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/offers/define.ts';
import type { InfamilieOffers } from '../src/offers/offers.ts';
import type { FeedInput } from '@infamilie/feed';
import { miniFeed } from '../../feed/test/fixtures.ts';
import { deepQueryAll, parsed, serveFeed, settled, visibleText } from './support.ts';

const titles = (el: Element) => deepQueryAll(el, 'infamilie-offer-card').map((card) => card.shadowRoot!.querySelector('[role="heading"]')!.textContent!.trim());
const count = (el: Element) => el.shadowRoot!.querySelector('.count')!.textContent!.trim();

/** The fixture with every offer currently valid. */
function currentFeed(): FeedInput {
  const doc = miniFeed();
  for (const offer of doc.offers!) delete offer.validTo;
  return doc;
}

function manyOffers(n: number): FeedInput {
  const doc = miniFeed();
  doc.offers = Array.from({ length: n }, (_, i) => ({ id: `angebot-${i}`, title: `Angebot ${String(i).padStart(4, '0')}`, partner: 'kita-sonnenblume', category: 'language', ages: { min: i % 10, max: (i % 10) + 1 } }));
  return doc;
}

describe('<infamilie-offers>', () => {
  it('lists the offers chosen by its attributes', async () => {
    const el = await fixture<InfamilieOffers>(html`<infamilie-offers quarter="brunnenstrassenviertel" .data=${parsed(currentFeed())}></infamilie-offers>`);
    await settled(el);
    expect(titles(el)).to.deep.equal(['Elterncafé', 'Sprachförderung am Nachmittag']);
    expect(count(el)).to.equal('Gefundene Angebote: 2');
    await expect(el).to.be.accessible();
  });

  it('builds its cards one per task behind the placeholder, then shows them all at once', async () => {
    const el = fixtureSync<InfamilieOffers>(html`<infamilie-offers limit="6" .data=${parsed(manyOffers(20))}></infamilie-offers>`);
    const shadow = () => el.shadowRoot!;
    const look = () => ({
      rendered: deepQueryAll(el, 'infamilie-offer-card').filter((card) => card.shadowRoot?.querySelector('.card')).length,
      placeholder: shadow().querySelectorAll('.card-skeleton').length,
      listShown: !!shadow().querySelector('.content:not([hidden]) .cards'),
      busy: shadow().querySelector('.root')?.getAttribute('aria-busy'),
    });
    // One of our tasks between each of the element's: what a reader's page could do in between.
    const seen: ReturnType<typeof look>[] = [];
    const ping = () => new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (channel.port1.close(), resolve());
      channel.port2.postMessage(undefined);
    });
    while (seen.length < 50 && !(seen.at(-1)?.listShown)) {
      await ping();
      seen.push(look());
    }
    const last = seen.at(-1)!;
    expect(last).to.deep.equal({ rendered: 6, placeholder: 0, listShown: true, busy: 'false' });
    const counts = seen.map((s) => s.rendered);
    for (let i = 1; i < counts.length; i++) expect(counts[i] - counts[i - 1], `at most one more card per task: ${counts}`).to.be.at.most(1);
    expect([...new Set(counts)].sort(), 'every count from none to six seen between two of our tasks').to.deep.equal([0, 1, 2, 3, 4, 5, 6]);
    for (const s of seen.slice(0, -1)) expect(s, 'while the cards are built').to.include({ listShown: false, placeholder: 6, busy: 'true' });
    await el.updateComplete;
    expect(titles(el)).to.have.length(6);
  });

  for (const [attribute, value, expected] of [
    ['category', 'leisure', ['Ferienspiele']],
    ['partner', 'grundschule-kleine-kiel', ['Sprachförderung am Nachmittag']],
    ['age', '8', ['Ferienspiele', 'Sprachförderung am Nachmittag']],
    ['age', '0-2', ['Elterncafé']],
    ['language', 'tr', ['Elterncafé']],
  ] as const) {
    it(`filters by ${attribute}="${value}"`, async () => {
      const el = await fixture<InfamilieOffers>(html`<infamilie-offers .data=${parsed(currentFeed())}></infamilie-offers>`);
      el.setAttribute(attribute, value);
      await settled(el);
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(expected);
    });
  }

  it('filters free offers with the boolean attribute', async () => {
    const el = await fixture<InfamilieOffers>(html`<infamilie-offers free .data=${parsed(currentFeed())}></infamilie-offers>`);
    await settled(el);
    expect(titles(el)).to.deep.equal(['Elterncafé', 'Ferienspiele']);
  });

  it('leaves out offers that are no longer valid', async () => {
    const el = await fixture<InfamilieOffers>(html`<infamilie-offers .data=${parsed(miniFeed())}></infamilie-offers>`);
    await settled(el);
    // The fixture's holiday games ran until 2026-08-15.
    expect(titles(el)).to.deep.equal(['Elterncafé', 'Sprachförderung am Nachmittag']);
  });

  it('says which id in an attribute is unknown', async () => {
    const el = await fixture<InfamilieOffers>(html`<infamilie-offers quarter="atlantis" category="language" .data=${parsed(currentFeed())}></infamilie-offers>`);
    await settled(el);
    expect(visibleText(el)).to.include('Das Quartier „atlantis“ ist im Netzwerk nicht bekannt.');
    expect(titles(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('lets a keyboard user filter, announces the count, and resets from the empty state', async () => {
    const el = await fixture<InfamilieOffers>(html`<infamilie-offers filters .data=${parsed(currentFeed())}></infamilie-offers>`);
    await settled(el);
    expect(count(el)).to.equal('Gefundene Angebote: 3');
    const live = el.shadowRoot!.querySelector('.count')!;
    expect(live.getAttribute('role')).to.equal('status');
    // Every control has a label.
    for (const control of el.shadowRoot!.querySelectorAll('input, select')) {
      expect((control as HTMLInputElement).labels?.length, control.outerHTML).to.equal(1);
    }
    // Tab to the search field and type.
    el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!.focus();
    await sendKeys({ type: 'ferien' });
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Ferienspiele']);
    expect(count(el)).to.equal('Gefundene Angebote: 1');
    // Tab on to the category select and choose "Beratung" with the arrow keys: nothing matches both.
    await sendKeys({ press: 'Tab' });
    const category = el.shadowRoot!.querySelector<HTMLSelectElement>('select[name="category"]')!;
    expect(el.shadowRoot!.activeElement).to.equal(category);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    category.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(titles(el)).to.deep.equal([]);
    expect(visibleText(el)).to.include('Keine passenden Angebote gefunden.');
    await expect(el).to.be.accessible();
    const reset = el.shadowRoot!.querySelector<HTMLButtonElement>('.empty button')!;
    reset.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(titles(el)).to.have.length(3);
  });

  it('filters by life phase, language and free of charge with the controls', async () => {
    const el = await fixture<InfamilieOffers>(html`<infamilie-offers filters="age language free" .data=${parsed(currentFeed())}></infamilie-offers>`);
    await settled(el);
    expect(el.shadowRoot!.querySelector('select[name="category"]')).to.equal(null);
    const phase = el.shadowRoot!.querySelector<HTMLSelectElement>('select[name="phase"]')!;
    expect([...phase.options].map((o) => o.textContent!.trim())).to.deep.equal(['Alle Altersstufen', '0 bis 2 Jahre', '2 bis 4 Jahre', '4 bis 6 Jahre', '6 bis 10 Jahre']);
    phase.value = '6-10';
    phase.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Elterncafé', 'Ferienspiele', 'Sprachförderung am Nachmittag']);
    const free = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="free"]')!;
    free.click();
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Elterncafé', 'Ferienspiele']);
    const language = el.shadowRoot!.querySelector<HTMLSelectElement>('select[name="language"]')!;
    expect([...language.options].map((o) => o.textContent!.trim())).to.deep.equal(['Alle Sprachen', 'Arabisch', 'Deutsch', 'Türkisch']);
  });

  it('shows the first page and more on request, moving focus to the first new card', async () => {
    const el = await fixture<InfamilieOffers>(html`<infamilie-offers limit="10" .data=${parsed(manyOffers(2000))}></infamilie-offers>`);
    await settled(el);
    expect(titles(el)).to.have.length(10);
    const more = el.shadowRoot!.querySelector<HTMLButtonElement>('.more')!;
    expect(more.textContent).to.include('noch 1990');
    more.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(titles(el)).to.have.length(20);
    expect(el.shadowRoot!.activeElement?.getAttribute('data-index')).to.equal('10');
  });

  it('shows a skeleton while loading, then the cards, and fires infamilie-load', async () => {
    const url = await serveFeed(currentFeed());
    let loaded: CustomEvent | undefined;
    const el = await fixture<InfamilieOffers>(html`<infamilie-offers feed=${`/__feed/slow?ms=400&to=${encodeURIComponent(url)}`} @infamilie-load=${(e: CustomEvent) => (loaded = e)}></infamilie-offers>`);
    expect(el.shadowRoot!.querySelector('.root')!.getAttribute('aria-busy')).to.equal('true');
    expect(el.shadowRoot!.querySelectorAll('.card-skeleton').length).to.be.greaterThan(0);
    expect(visibleText(el)).to.equal('');
    await expect(el).to.be.accessible();
    await settled(el);
    expect(titles(el)).to.have.length(3);
    expect(loaded!.detail.counts.offers).to.equal(3);
    expect(loaded!.bubbles && loaded!.composed).to.equal(true);
  });

  it('shows the rest of a partly invalid feed and reports what it left out', async () => {
    const doc = currentFeed();
    delete (doc.offers![0] as { title?: unknown }).title;
    doc.offers![1].registration!.url = 'javascript:alert(1)';
    const url = await serveFeed(doc);
    let dropped: unknown[] = [];
    const el = await fixture<InfamilieOffers>(html`<infamilie-offers feed=${url} @infamilie-load=${(e: CustomEvent) => (dropped = e.detail.dropped)}></infamilie-offers>`);
    await settled(el);
    expect(titles(el)).to.deep.equal(['Ferienspiele', 'Sprachförderung am Nachmittag']);
    expect(dropped).to.have.length(2);
    expect(deepQueryAll<HTMLAnchorElement>(el, 'a').some((a) => a.href.startsWith('javascript'))).to.equal(false);
    await expect(el).to.be.accessible();
  });

  for (const lang of ['de', 'tr', 'ar']) {
    it(`is accessible with filters in ${lang}, ready and empty`, async () => {
      const el = await fixture<InfamilieOffers>(html`<infamilie-offers lang=${lang} filters .data=${parsed(currentFeed())}></infamilie-offers>`);
      await settled(el);
      await expect(el).to.be.accessible();
      el.category = 'atlantis';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }
});
