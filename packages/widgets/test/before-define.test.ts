// Runs in its own page: the elements are not defined until the test imports their registration.
import { expect } from '@open-wc/testing';
import { miniFeed } from '../../feed/test/fixtures.ts';
import { serveFeed, settled, visibleText } from './support.ts';

describe('before and after the script', () => {
  it('shows the light-DOM fallback until the element is defined, then the widget, and the fallback again on error', async () => {
    const url = await serveFeed(miniFeed());
    const page = document.createElement('div');
    page.innerHTML = `
      <infamilie-offers feed="${url}"><a href="https://infamilie.example/">Angebote des Netzwerks</a></infamilie-offers>
      <infamilie-offers feed="/__feed/status/404"><a href="https://infamilie.example/">Angebote des Netzwerks</a></infamilie-offers>`;
    document.body.append(page);
    const [working, failing] = page.querySelectorAll('infamilie-offers');
    const link = working.querySelector('a')!;
    expect(customElements.get('infamilie-offers')).to.equal(undefined);
    expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(visibleText(working)).to.equal('Angebote des Netzwerks');

    await import('../src/offers/define.ts');
    await settled(working as HTMLElement);
    expect(link.getBoundingClientRect().height).to.equal(0);
    expect(visibleText(working)).to.include('Elterncafé');

    const original = console.warn;
    console.warn = () => {};
    try {
      await settled(failing as HTMLElement);
    } finally {
      console.warn = original;
    }
    expect(failing.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });
});
