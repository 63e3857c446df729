import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../src/badge/define.ts';
import type { InfamilieBadge } from '../src/badge/badge.ts';
import { miniFeed } from '../../feed/test/fixtures.ts';
import { deepQueryAll, parsed, serveFeed, settled, visibleText } from './support.ts';

function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.join(' '));
  return { messages, restore: () => (console.warn = original) };
}

describe('<infamilie-badge>', () => {
  it('names a partner of the feed as a member, and an anchor site as such', async () => {
    const feed = parsed(miniFeed());
    const member = await fixture<InfamilieBadge>(html`<infamilie-badge partner="grundschule-kleine-kiel" .data=${feed}></infamilie-badge>`);
    await settled(member);
    expect(visibleText(member)).to.equal('Mitglied im Netzwerk INFamilie Grundschule Kleine Kielstraße');
    const anchor = await fixture<InfamilieBadge>(html`<infamilie-badge partner="kita-sonnenblume" .data=${feed}></infamilie-badge>`);
    await settled(anchor);
    expect(visibleText(anchor)).to.equal('Ankerstandort im Netzwerk INFamilie Kita Sonnenblume');
    expect(anchor.shadowRoot!.querySelector('a')!.href).to.equal('https://infamilie.example/');
    await expect(anchor).to.be.accessible();
  });

  it('never claims membership for an unknown partner, and warns the webmaster', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<InfamilieBadge>(html`<infamilie-badge partner="kita-hochstapler" .data=${parsed(miniFeed())}></infamilie-badge>`);
      await settled(el);
      expect(visibleText(el)).to.equal('Netzwerk INFamilie');
      expect(visibleText(el)).not.to.match(/Mitglied|Ankerstandort|hochstapler/i);
      expect(warnings.messages.filter((m) => m.includes('kita-hochstapler'))).to.have.length(1);
      await expect(el).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });

  it('has compact and icon variants; the icon variant is named for screen readers', async () => {
    const feed = parsed(miniFeed());
    const compact = await fixture<InfamilieBadge>(html`<infamilie-badge variant="compact" partner="kita-sonnenblume" .data=${feed}></infamilie-badge>`);
    await settled(compact);
    expect(visibleText(compact)).to.equal('Ankerstandort im Netzwerk INFamilie');
    const iconOnly = await fixture<InfamilieBadge>(html`<infamilie-badge variant="icon" partner="kita-sonnenblume" .data=${feed}></infamilie-badge>`);
    await settled(iconOnly);
    expect(visibleText(iconOnly)).to.equal('');
    expect(iconOnly.shadowRoot!.querySelector('a')!.getAttribute('aria-label')).to.equal('Kita Sonnenblume: Ankerstandort im Netzwerk INFamilie');
    await expect(iconOnly).to.be.accessible();
  });

  it('has a dark theme with readable contrast', async () => {
    const el = fixtureSync<InfamilieBadge>(html`<div style="background:#000;padding:8px"><infamilie-badge theme="dark" partner="kita-sonnenblume" .data=${parsed(miniFeed())}></infamilie-badge></div>`);
    const badge = el.querySelector('infamilie-badge')!;
    await settled(badge);
    expect(getComputedStyle(badge.shadowRoot!.querySelector('.badge')!).backgroundColor).to.equal('rgb(21, 32, 43)');
    await expect(badge).to.be.accessible();
  });

  it('uses the feed logo only from the feed host, else the built-in mark', async () => {
    const doc = miniFeed();
    doc.network.logo = 'https://tracker.example/logo.png';
    const foreign = await fixture<InfamilieBadge>(html`<infamilie-badge feed=${await serveFeed(doc)}></infamilie-badge>`);
    await settled(foreign);
    expect(foreign.shadowRoot!.querySelector('img')).to.equal(null);
    expect(foreign.shadowRoot!.querySelector('svg.mark')).to.not.equal(null);
    doc.network.logo = new URL('/__feed/text?type=image/svg%2Bxml&body=%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%2F%3E', location.href).href;
    const own = await fixture<InfamilieBadge>(html`<infamilie-badge feed=${await serveFeed(doc)}></infamilie-badge>`);
    await settled(own);
    expect(own.shadowRoot!.querySelector('img')!.getAttribute('src')).to.equal(doc.network.logo);
  });

  it('links to the network neutrally when the feed cannot be loaded', async () => {
    const el = await fixture<InfamilieBadge>(html`<infamilie-badge partner="kita-sonnenblume" feed="/__feed/status/503"></infamilie-badge>`);
    await settled(el);
    expect(visibleText(el)).to.equal('Netzwerk INFamilie');
    expect(deepQueryAll<HTMLAnchorElement>(el, 'a')[0].href).to.equal('https://infamilie.example/');
    await expect(el).to.be.accessible();
  });

  for (const lang of ['tr', 'ar']) {
    it(`is accessible in ${lang}`, async () => {
      const el = await fixture<InfamilieBadge>(html`<infamilie-badge lang=${lang} partner="kita-sonnenblume" .data=${parsed(miniFeed())}></infamilie-badge>`);
      await settled(el);
      await expect(el).to.be.accessible();
    });
  }
});
