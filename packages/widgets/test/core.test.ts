import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { InfamilieElement } from '../src/core/element.ts';
import { defineElements } from '../src/core/define.ts';
import { resolveFeedUrl } from '../src/core/config.ts';
import { resolveLanguage, uiLocaleFor, directionOf } from '../src/core/locale.ts';
import { VERSION } from '../src/core/version.ts';
import '../src/offers/define.ts';
import type { InfamilieOffers } from '../src/offers/offers.ts';
import { miniFeed } from '../../feed/test/fixtures.ts';
import { parsed, serveFeed, settled, visibleText } from './support.ts';

class TestElement extends InfamilieElement {
  protected override renderContent() {
    return litHtml`<p>ready</p>`;
  }
}

function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.join(' '));
  return { messages, restore: () => (console.warn = original) };
}

describe('core', () => {
  describe('defineElements', () => {
    it('leaves an element another copy defined, warns once naming both versions, and throws nothing', () => {
      class OtherCopy extends HTMLElement {}
      (OtherCopy as unknown as Record<symbol, string>)[Symbol.for('infamilie.version')] = '9.9.9';
      customElements.define('infamilie-core-test-a', OtherCopy);
      customElements.define('infamilie-core-test-b', class extends HTMLElement {});
      const warnings = captureWarnings();
      try {
        const defined = defineElements({ 'infamilie-core-test-a': class extends HTMLElement {}, 'infamilie-core-test-b': class extends HTMLElement {}, 'infamilie-core-test-c': TestElement });
        expect(defined).to.deep.equal(['infamilie-core-test-c']);
        expect(customElements.get('infamilie-core-test-a')).to.equal(OtherCopy);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.include('9.9.9').and.include(VERSION).and.include('infamilie-core-test-a');
        defineElements({ 'infamilie-core-test-a': class extends HTMLElement {} });
        expect(warnings.messages).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });

    it('keeps the version in step with package.json', async () => {
      const packageJson = await (await fetch(new URL('../package.json', import.meta.url))).json();
      expect(VERSION).to.equal(packageJson.version);
    });
  });

  describe('language', () => {
    it('resolves the element lang, the nearest ancestor across shadow roots, the page, else German', async () => {
      const host = fixtureSync(html`<section lang="tr"><div><span id="own" lang="ar"></span><span id="inherited"></span></div></section>`);
      expect(resolveLanguage(host.querySelector('#own')!)).to.equal('ar');
      expect(resolveLanguage(host.querySelector('#inherited')!)).to.equal('tr');
      const shadowHost = fixtureSync(html`<div lang="uk"></div>`);
      const inner = document.createElement('p');
      shadowHost.attachShadow({ mode: 'open' }).append(inner);
      expect(resolveLanguage(inner)).to.equal('uk');
      const previous = document.documentElement.lang;
      document.documentElement.lang = 'bg';
      try {
        expect(resolveLanguage(fixtureSync(html`<p></p>`))).to.equal('bg');
        document.documentElement.removeAttribute('lang');
        expect(resolveLanguage(fixtureSync(html`<p></p>`))).to.equal('de');
      } finally {
        document.documentElement.lang = previous;
      }
    });

    it('maps tags to interface languages and directions', () => {
      expect(uiLocaleFor('tr-TR')).to.equal('tr');
      expect(uiLocaleFor('fa')).to.equal('de');
      expect(directionOf('ar')).to.equal('rtl');
      expect(directionOf('fa-IR')).to.equal('rtl');
      expect(directionOf('uk')).to.equal('ltr');
    });

    it('re-renders when an ancestor changes its language, two languages side by side', async () => {
      const page = fixtureSync(html`<div>
        <div class="a" lang="de"><infamilie-offers filters .data=${parsed(miniFeed())}></infamilie-offers></div>
        <div class="b" lang="en"><infamilie-offers filters .data=${parsed(miniFeed())}></infamilie-offers></div>
      </div>`);
      const [german, english] = [...page.querySelectorAll<InfamilieOffers>('infamilie-offers')];
      await settled(german);
      await settled(english);
      expect(visibleText(german)).to.include('Gefundene Angebote');
      expect(visibleText(english)).to.include('Offers found');
      page.querySelector('.a')!.setAttribute('lang', 'tr');
      await new Promise((resolve) => setTimeout(resolve, 50));
      await settled(german);
      expect(visibleText(german)).to.include('Bulunan teklifler');
      expect(visibleText(english)).to.include('Offers found');
    });
  });

  describe('feed URL', () => {
    it('takes the attribute, else the page meta tag, else the built-in default', () => {
      expect(resolveFeedUrl('/own.json')).to.equal('/own.json');
      const meta = document.createElement('meta');
      meta.name = 'infamilie-feed';
      meta.content = '/from-meta.json';
      document.head.append(meta);
      try {
        expect(resolveFeedUrl(null)).to.equal('/from-meta.json');
      } finally {
        meta.remove();
      }
      expect(resolveFeedUrl(null)).to.match(/^https:\/\//);
    });

    it('loads again when the feed attribute changes, ignoring the stale answer', async () => {
      const first = miniFeed();
      first.offers = first.offers!.slice(0, 1);
      const slowFirst = `/__feed/slow?ms=500&to=${encodeURIComponent(await serveFeed(first))}`;
      const second = await serveFeed(miniFeed());
      const el = await fixture<InfamilieOffers>(html`<infamilie-offers feed=${slowFirst}></infamilie-offers>`);
      el.feed = second;
      await settled(el);
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect(el.shadowRoot!.querySelector('.count')!.textContent).to.include('2');
    });
  });

  describe('first render', () => {
    it('renders the elements that share a feed one task after another, so the page can answer in between', async () => {
      const url = await serveFeed(miniFeed());
      // Synchronously, so no load event can come before the listeners below are added.
      const container = fixtureSync<HTMLDivElement>(html`<div>
        <infamilie-offers feed=${url}></infamilie-offers><infamilie-offers feed=${url}></infamilie-offers><infamilie-offers feed=${url}></infamilie-offers>
      </div>`);
      const elements = [...container.querySelectorAll<InfamilieOffers>('infamilie-offers')];
      // Each element's turn: which of the elements had rendered content when its load event came.
      const seen: number[] = [];
      let tasks = 0;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => tasks++;
      const shown = (el: InfamilieOffers) => el.shadowRoot!.querySelector('.root')?.getAttribute('aria-busy') === 'false';
      await Promise.all(
        elements.map(
          (el) =>
            new Promise<void>((resolve) =>
              el.addEventListener('infamilie-load', async () => {
                await el.updateComplete;
                seen.push(elements.filter(shown).length);
                // A task queued now runs before the next element's turn.
                channel.port2.postMessage(undefined);
                resolve();
              }),
            ),
        ),
      );
      expect(seen).to.deep.equal([1, 2, 3]);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(tasks).to.equal(3);
      channel.port1.close();
    });
  });

  describe('loading="lazy"', () => {
    it('keeps its placeholder until a reader scrolls near it, then shows the feed and fires infamilie-load', async () => {
      const url = await serveFeed(miniFeed());
      const container = await fixture<HTMLDivElement>(html`<div>
        <infamilie-offers feed=${url}></infamilie-offers>
        <div style="height: 400vh"></div>
        <infamilie-offers feed=${url} loading="lazy"></infamilie-offers>
      </div>`);
      const [eager, lazy] = container.querySelectorAll<InfamilieOffers>('infamilie-offers');
      let lazyLoaded = false;
      lazy.addEventListener('infamilie-load', () => (lazyLoaded = true));
      await settled(eager);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const busy = (el: InfamilieOffers) => el.shadowRoot!.querySelector('.root')!.getAttribute('aria-busy');
      expect(busy(eager)).to.equal('false');
      expect(busy(lazy), 'three screens below: still waiting').to.equal('true');
      expect(lazy.shadowRoot!.querySelector('.skeleton'), 'its placeholder').to.not.equal(null);
      expect(lazyLoaded).to.equal(false);

      // A screen ahead of the reader is near enough.
      window.scrollTo(0, lazy.getBoundingClientRect().top + window.scrollY - 1.5 * innerHeight);
      await settled(lazy);
      expect(busy(lazy)).to.equal('false');
      expect(lazyLoaded).to.equal(true);
      expect(visibleText(lazy)).to.include(visibleText(eager).slice(0, 40));
      window.scrollTo(0, 0);
    });

    it('shows what waited at once when loading becomes eager', async () => {
      const url = await serveFeed(miniFeed());
      const container = await fixture<HTMLDivElement>(html`<div>
        <div style="height: 400vh"></div>
        <infamilie-offers feed=${url} loading="lazy"></infamilie-offers>
      </div>`);
      const lazy = container.querySelector<InfamilieOffers>('infamilie-offers')!;
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(lazy.shadowRoot!.querySelector('.root')!.getAttribute('aria-busy')).to.equal('true');
      lazy.loading = 'eager';
      await settled(lazy);
      expect(lazy.shadowRoot!.querySelector('.root')!.getAttribute('aria-busy')).to.equal('false');
    });
  });

  describe('states', () => {
    it('shows a short localised message with a retry and the fallback content, fires infamilie-error, warns once', async () => {
      const warnings = captureWarnings();
      try {
        let error: CustomEvent | undefined;
        const page = fixtureSync(html`<div lang="en" @infamilie-error=${(e: CustomEvent) => (error = e)}>
          <infamilie-offers feed="/__feed/status/500"><a href="https://infamilie.example/">Our offers</a></infamilie-offers>
          <infamilie-offers feed="/__feed/status/500"></infamilie-offers>
        </div>`);
        const el = page.querySelector<InfamilieOffers>('infamilie-offers')!;
        await settled(el);
        expect(visibleText(el)).to.include("The network's offers cannot be shown right now.");
        expect(visibleText(el)).to.include('Our offers');
        expect(el.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
        expect(error!.detail).to.include({ kind: 'http', status: 500 });
        expect(warnings.messages.filter((m) => m.includes('/__feed/status/500'))).to.have.length(1);
        await expect(el).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });

    it('recovers with the retry button when the feed comes back', async () => {
      const warnings = captureWarnings();
      try {
        const name = `flaky-${Date.now()}.json`;
        const el = await fixture<InfamilieOffers>(html`<infamilie-offers feed=${`/__feed/doc/${name}`}></infamilie-offers>`);
        await settled(el);
        expect(el.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
        await fetch(`/__feed/doc/${name}`, { method: 'PUT', body: JSON.stringify(miniFeed()) });
        el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
        await settled(el);
        expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
        expect(visibleText(el)).to.include('Elterncafé');
      } finally {
        warnings.restore();
      }
    });
  });

  describe('theme and host page', () => {
    it("uses the feed's brand colour unless the host page overrides it", async () => {
      const doc = miniFeed();
      doc.network.theme = { primary: '#123456' };
      const feed = parsed(doc);
      const el = await fixture<InfamilieOffers>(html`<infamilie-offers .data=${feed}></infamilie-offers>`);
      await settled(el);
      const border = () => getComputedStyle(el.shadowRoot!.querySelector('infamilie-offer-card')!.shadowRoot!.querySelector('.card')!).borderBlockStartColor;
      // The card's edge is the category colour or the brand colour; the fixture's categories have none.
      expect(border()).to.equal('rgb(18, 52, 86)');
      el.style.setProperty('--infamilie-color-primary', 'rgb(200, 0, 0)');
      expect(border()).to.equal('rgb(200, 0, 0)');
    });

    it('sets theme colours through the CSSOM (a strict CSP blocks style attributes in markup)', async () => {
      const doc = miniFeed();
      doc.network.theme = { primary: '#123456' };
      doc.categories![1].color = '#654321';
      const el = await fixture<InfamilieOffers>(html`<infamilie-offers .data=${parsed(doc)}></infamilie-offers>`);
      await settled(el);
      const card = el.shadowRoot!.querySelector('infamilie-offer-card')!.shadowRoot!.querySelector<HTMLElement>('.card')!;
      expect(card.style.getPropertyValue('--_category')).to.equal('#654321');
      const root = el.shadowRoot!.querySelector<HTMLElement>('.root')!;
      expect(root.style.getPropertyValue('--_feed-primary')).to.equal('#123456');
    });

    it('keeps host page decorations and resets out', async () => {
      const page = fixtureSync(html`<div style="text-decoration: underline; letter-spacing: 3px; font-style: italic; text-transform: uppercase">
        <infamilie-offers .data=${parsed(miniFeed())}></infamilie-offers>
      </div>`);
      const el = page.querySelector<InfamilieOffers>('infamilie-offers')!;
      await settled(el);
      const summary = el.shadowRoot!.querySelector('infamilie-offer-card')!.shadowRoot!.querySelector('.summary')!;
      const style = getComputedStyle(summary);
      expect([style.letterSpacing, style.fontStyle, style.textTransform]).to.deep.equal(['normal', 'normal', 'none']);
      // A decoration propagates to in-flow content; the inline-block root is atomic and stops it.
      expect(getComputedStyle(el.shadowRoot!.querySelector('.root')!).display).to.match(/^inline-/);
    });

    it('keeps its size when the host page shrinks the root font size', async () => {
      const el = await fixture<InfamilieOffers>(html`<infamilie-offers .data=${parsed(miniFeed())}></infamilie-offers>`);
      await settled(el);
      const size = () => getComputedStyle(el.shadowRoot!.querySelector('.root')!).fontSize;
      expect(size()).to.equal('16px');
      document.documentElement.style.fontSize = '62.5%';
      document.body.style.fontSize = '1.2rem';
      try {
        expect(size()).to.equal('16px');
      } finally {
        document.documentElement.style.fontSize = '';
        document.body.style.fontSize = '';
      }
    });
  });
});
