import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { FeedInput } from '@infamilie/feed';
import '../src/map/define.ts';
import type { InfamilieMap } from '../src/map/map.ts';
import { deepQueryAll, parsed, serveFeed, settled, visibleText } from './support.ts';

/** A partner at a known address: Kita Regenbogen, Brunnenstraße 12. */
const KNOWN: [number, number] = [7.4653, 51.5136];
const square = (west: number, south: number, east: number, north: number) => ({
  type: 'Polygon' as const,
  coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]] as [number, number][]],
});

function mapFeed(): FeedInput {
  return {
    version: 1,
    network: { id: 'infamilie', name: 'Netzwerk INFamilie' },
    categories: [{ id: 'language', name: 'Sprachförderung', icon: 'language' }],
    quarters: [
      { id: 'brunnenstrassenviertel', name: 'Brunnenstraßenviertel', district: 'Innenstadt-Nord', geometry: square(7.455, 51.505, 7.485, 51.53) },
      { id: 'maerchensiedlung', name: 'Märchensiedlung', district: 'Eving', geometry: square(7.472, 51.551, 7.484, 51.559) },
      { id: 'unionviertel', name: 'Unionviertel', district: 'Innenstadt-West' },
    ],
    partners: [
      { id: 'kita-regenbogen', name: 'Kita Regenbogen', kind: 'daycare', anchor: true, quarters: ['brunnenstrassenviertel'], address: { street: 'Brunnenstraße 12', city: 'Dortmund' }, geo: KNOWN },
      { id: 'grundschule-kleine-kiel', name: 'Grundschule Kleine Kielstraße', kind: 'school', quarters: ['brunnenstrassenviertel'], address: { street: 'Kleine Kielstraße 9' }, geo: [7.4724, 51.5218] },
      { id: 'elterncafe-kiel', name: 'Elterncafé Kiel', kind: 'association', quarters: ['brunnenstrassenviertel'], address: { street: 'Kleine Kielstraße 11' }, geo: [7.4722, 51.5219] },
      { id: 'familienzentrum-eving', name: 'Familienzentrum Eving', kind: 'family-centre', quarters: ['maerchensiedlung'], address: { street: 'Schneewittchenweg 1' }, geo: [7.4782, 51.5549] },
      { id: 'stadtteilbuero-union', name: 'Stadtteilbüro Union', kind: 'other', quarters: ['unionviertel'], address: { street: 'Unionstraße 1' } },
    ],
    offers: [
      ...['sprachcafe', 'krabbelgruppe', 'vorlesestunde', 'elternkurs'].map((id) => ({ id, title: `Angebot ${id}`, partner: 'kita-regenbogen', category: 'language' })),
      { id: 'hausaufgaben', title: 'Hausaufgabenhilfe', partner: 'grundschule-kleine-kiel' },
      { id: 'ferienspiele', title: 'Ferienspiele', partner: 'familienzentrum-eving' },
    ],
  };
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const root = (el: InfamilieMap) => el.shadowRoot!;
const markers = (el: InfamilieMap) => [...root(el).querySelectorAll<SVGGElement>('svg.map .marker')];
const marker = (el: InfamilieMap, id: string) => root(el).querySelector<SVGGElement>(`.marker.partner[data-id="${id}"]`);
const centre = (element: Element) => {
  const r = element.getBoundingClientRect();
  return [r.left + r.width / 2, r.top + r.height / 2];
};
/** The current transform of a layer: translate x, y and scale. */
function layerTransform(el: InfamilieMap, layer: 'world' | 'overlay') {
  const value = root(el).querySelector(`.layer-${layer}`)!.getAttribute('transform')!;
  const numbers = value.match(/-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/g)!.map(Number);
  return { x: numbers[0], y: numbers[1], scale: numbers[2] ?? 1 };
}

async function mapFixture(template: unknown, width = 640): Promise<InfamilieMap> {
  const wrapper = await fixture<HTMLElement>(html`<div class="test-frame" style="inline-size: ${width}px; --infamilie-map-height: 400px">${template}</div>`);
  const el = wrapper.querySelector('infamilie-map') as InfamilieMap;
  await settled(el);
  await waitUntil(() => root(el).querySelector('.layer-overlay'), 'the map did not draw');
  await frame();
  await el.updateComplete;
  return el;
}

/** Web Mercator, written out again here so that the test does not trust the module under test. */
function mercatorY(lat: number) {
  const phi = (lat * Math.PI) / 180;
  return (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2;
}
const mercatorX = (lon: number) => (lon + 180) / 360;

describe('<infamilie-map>', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));
  afterEach(() => resetMouse());

  it('puts a partner at a known address at the Web Mercator pixel of a focused quarter', async () => {
    const el = await mapFixture(html`<infamilie-map quarter="brunnenstrassenviertel" .data=${parsed(mapFeed())}></infamilie-map>`);
    const svg = root(el).querySelector('svg.map')!.getBoundingClientRect();
    // The focused quarter fits the map with 24 px to spare on its limiting side, centred.
    const [west, south, east, north] = [7.455, 51.505, 7.485, 51.53];
    const spanX = mercatorX(east) - mercatorX(west);
    const spanY = mercatorY(south) - mercatorY(north);
    const scale = Math.min((svg.width - 48) / spanX, (svg.height - 48) / spanY);
    const originX = svg.left + svg.width / 2 - ((mercatorX(west) + mercatorX(east)) / 2) * scale;
    const originY = svg.top + svg.height / 2 - ((mercatorY(north) + mercatorY(south)) / 2) * scale;
    const expected = [originX + mercatorX(KNOWN[0]) * scale, originY + mercatorY(KNOWN[1]) * scale];
    const [x, y] = centre(marker(el, 'kita-regenbogen')!.querySelector('.shape')!);
    expect(Math.abs(x - expected[0]), `x ${x} vs ${expected[0]}`).to.be.below(0.75);
    expect(Math.abs(y - expected[1]), `y ${y} vs ${expected[1]}`).to.be.below(0.75);
    // The quarter's outline lands where the same projection puts its corners.
    const outline = root(el).querySelector('.quarter[data-id="brunnenstrassenviertel"]')!.getBoundingClientRect();
    expect(Math.abs(outline.left - (originX + mercatorX(west) * scale))).to.be.below(1.5);
    expect(Math.abs(outline.top - (originY + mercatorY(north) * scale))).to.be.below(1.5);
    // Other quarters are dimmed.
    expect(root(el).querySelector('.quarter[data-id="maerchensiedlung"]')!.classList.contains('dimmed')).to.equal(true);
  });

  it('draws one outline per quarter with geometry and one marker per partner with a position', async () => {
    const el = await mapFixture(html`<infamilie-map .data=${parsed(mapFeed())}></infamilie-map>`);
    expect(root(el).querySelectorAll('path.quarter')).to.have.length(2);
    const placed = markers(el).reduce((sum, m) => sum + (m.classList.contains('cluster') ? Number(m.querySelector('.cluster-count')!.textContent) : 1), 0);
    expect(placed).to.equal(4);
    expect(visibleText(root(el).querySelector('.summary')!)).to.equal('Quartiere: 3, Partner: 5, Angebote: 6 Ohne Kartenposition (nur in der Liste): 1');
    const kita = marker(el, 'kita-regenbogen')!;
    expect(kita.getAttribute('aria-label')).to.equal('Kita Regenbogen, Brunnenstraße 12, Ankerstandort, Angebote: 4');
    expect(kita.getAttribute('role')).to.equal('button');
    // Anchor sites have their own shape, not only their own colour.
    expect(kita.querySelector('.shape')!.localName).to.equal('path');
    expect(marker(el, 'familienzentrum-eving')!.querySelector('.shape')!.localName).to.equal('circle');
    expect(root(el).querySelector('.quarter[data-id="maerchensiedlung"]')!.getAttribute('aria-label')).to.equal('Quartier Märchensiedlung, Eving, Partner: 1, Angebote: 1');
    await expect(el).to.be.accessible();
  });

  it('lets a keyboard user Tab to a marker and choose it with Enter, which shows its offers', async () => {
    let selected: unknown;
    const el = await mapFixture(html`<infamilie-map .data=${parsed(mapFeed())} @infamilie-select=${(e: CustomEvent) => (selected = e.detail)}></infamilie-map>`);
    root(el).querySelector<HTMLButtonElement>('.toolbar button')!.focus();
    for (let i = 0; i < 12 && root(el).activeElement?.getAttribute('data-id') !== 'kita-regenbogen'; i++) await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.getAttribute('data-key')).to.equal('p:kita-regenbogen');
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(selected).to.deep.equal({ kind: 'partner', id: 'kita-regenbogen' });
    expect(marker(el, 'kita-regenbogen')!.getAttribute('aria-pressed')).to.equal('true');
    const cards = deepQueryAll(el, 'infamilie-offer-card');
    expect(cards).to.have.length(4);
    expect(visibleText(root(el).querySelector('.panel')!)).to.include('Kita Regenbogen');
    expect(visibleText(root(el).querySelector('.panel')!)).to.include('Angebot sprachcafe');
    expect(root(el).activeElement?.getAttribute('data-key')).to.equal('p:kita-regenbogen');
    await expect(el).to.be.accessible();
    // Escape closes the panel.
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(root(el).querySelector('.panel')).to.equal(null);
  });

  it('chooses a quarter by click and lists the offers in it', async () => {
    let selected: unknown;
    const el = await mapFixture(html`<infamilie-map .data=${parsed(mapFeed())} @infamilie-select=${(e: CustomEvent) => (selected = e.detail)}></infamilie-map>`);
    root(el).querySelector<SVGPathElement>('.quarter[data-id="maerchensiedlung"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settled(el);
    expect(selected).to.deep.equal({ kind: 'quarter', id: 'maerchensiedlung' });
    expect(deepQueryAll(el, 'infamilie-offer-card')).to.have.length(1);
    expect(visibleText(root(el).querySelector('.panel')!)).to.include('Quartier Märchensiedlung');
  });

  it('pans with the arrow keys and zooms with + and - (at once: reduced motion)', async () => {
    const el = await mapFixture(html`<infamilie-map quarter="brunnenstrassenviertel" .data=${parsed(mapFeed())}></infamilie-map>`);
    const svg = root(el).querySelector<SVGSVGElement>('svg.map')!;
    svg.focus();
    const start = layerTransform(el, 'overlay');
    await sendKeys({ press: 'ArrowRight' });
    await frame();
    expect(layerTransform(el, 'overlay').x).to.be.closeTo(start.x - 80, 0.01);
    await sendKeys({ press: 'ArrowUp' });
    await frame();
    expect(layerTransform(el, 'overlay').y).to.be.closeTo(start.y + 80, 0.01);
    // The scale shows in the distance between two markers.
    const spread = () => centre(marker(el, 'familienzentrum-eving')!.querySelector('.shape')!)[1] - centre(marker(el, 'kita-regenbogen')!.querySelector('.shape')!)[1];
    const before = spread();
    await sendKeys({ press: '+' });
    await frame();
    await el.updateComplete;
    expect(spread()).to.be.closeTo(before * 2, 0.5);
    await sendKeys({ press: '-' });
    await sendKeys({ press: '-' });
    await frame();
    await el.updateComplete;
    expect(spread()).to.be.closeTo(before / 2, 0.5);
    // The buttons do the same, and have names.
    const zoomIn = root(el).querySelector<HTMLButtonElement>('.controls button')!;
    expect(zoomIn.getAttribute('aria-label')).to.equal('Vergrößern');
    zoomIn.click();
    await frame();
    await el.updateComplete;
    expect(spread()).to.be.closeTo(before, 0.5);
  });

  it('animates a zoom step unless the reader prefers reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    try {
      const el = await mapFixture(html`<infamilie-map .data=${parsed(mapFeed())}></infamilie-map>`);
      const spread = () => centre(marker(el, 'familienzentrum-eving')!.querySelector('.shape')!)[1] - centre(marker(el, 'kita-regenbogen')!.querySelector('.shape')!)[1];
      const before = spread();
      root(el).querySelector<HTMLButtonElement>('.controls button')!.click();
      await frame();
      const during = spread() / before;
      expect(during, 'part of the way after two frames').to.be.above(1).and.below(1.99);
      await waitUntil(() => Math.abs(spread() / before - 2) < 0.01, 'the zoom did not arrive');
    } finally {
      await emulateMedia({ reducedMotion: 'reduce' });
    }
  });

  it('keeps zoom within the network and street level', async () => {
    const el = await mapFixture(html`<infamilie-map .data=${parsed(mapFeed())}></infamilie-map>`);
    const svg = root(el).querySelector<SVGSVGElement>('svg.map')!;
    svg.focus();
    const spread = () => centre(marker(el, 'familienzentrum-eving')!.querySelector('.shape')!)[1] - centre(marker(el, 'kita-regenbogen')!.querySelector('.shape')!)[1];
    const whole = spread();
    // Out beyond the network's extent: nothing happens.
    await sendKeys({ press: '-' });
    await frame();
    await el.updateComplete;
    expect(spread()).to.be.closeTo(whole, 0.01);
    // In: at most to street level (zoom 18 of the slippy-map scheme), however often + is pressed.
    for (let i = 0; i < 14; i++) await sendKeys({ press: '+' });
    await frame();
    await el.updateComplete;
    const worldSize = 256 * 2 ** 18;
    const [a, b] = [marker(el, 'grundschule-kleine-kiel')!, marker(el, 'elterncafe-kiel')!];
    expect(Math.abs(centre(a)[0] - centre(b)[0])).to.be.closeTo((0.0002 / 360) * worldSize, 1);
  });

  it('groups markers that are close together and opens a group by zooming to its members', async () => {
    const el = await mapFixture(html`<infamilie-map .data=${parsed(mapFeed())}></infamilie-map>`);
    const cluster = root(el).querySelector<SVGGElement>('svg.map .marker.cluster')!;
    expect(cluster, 'a group of the two partners in Kleine Kielstraße').to.exist;
    expect(cluster.querySelector('.cluster-count')!.textContent).to.equal('2');
    expect(cluster.getAttribute('aria-label')).to.equal('Gruppe von Partnern, Anzahl: 2 – Grundschule Kleine Kielstraße, Elterncafé Kiel');
    cluster.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => marker(el, 'grundschule-kleine-kiel') && marker(el, 'elterncafe-kiel'), 'the group did not open');
    await el.updateComplete;
    expect(root(el).querySelector('svg.map .marker.cluster')).to.equal(null);
    // Focus stays with the group's first member.
    expect(root(el).activeElement?.getAttribute('data-key')).to.equal('p:grundschule-kleine-kiel');
  });

  it('lists partners at one spot when no zoom can separate them', async () => {
    const doc = mapFeed();
    doc.partners![2].geo = doc.partners![1].geo;
    const el = await mapFixture(html`<infamilie-map .data=${parsed(doc)}></infamilie-map>`);
    const svg = root(el).querySelector<SVGSVGElement>('svg.map')!;
    for (let i = 0; i < 3; i++) {
      const cluster = root(el).querySelector<SVGGElement>('svg.map .marker.cluster');
      if (!cluster) break;
      cluster.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await frame();
      await el.updateComplete;
    }
    expect(svg.isConnected).to.equal(true);
    const panel = root(el).querySelector('.panel')!;
    expect(visibleText(panel)).to.include('Partner an diesem Ort');
    expect(panel.querySelectorAll('button[data-kind="partner"]')).to.have.length(2);
  });

  it('pans by dragging and zooms with the wheel and with two fingers', async () => {
    const el = await mapFixture(html`<infamilie-map .data=${parsed(mapFeed())}></infamilie-map>`);
    const svg = root(el).querySelector<SVGSVGElement>('svg.map')!;
    const spread = () => centre(marker(el, 'familienzentrum-eving')!.querySelector('.shape')!)[1] - centre(marker(el, 'kita-regenbogen')!.querySelector('.shape')!)[1];
    const whole = spread();
    // The wheel zooms in about the pointer (and keeps doing so while it turns: markers move without a render).
    svg.dispatchEvent(new WheelEvent('wheel', { deltaY: -400, clientX: centre(svg)[0], clientY: centre(svg)[1], bubbles: true, cancelable: true }));
    await frame();
    expect(spread() / whole).to.be.closeTo(Math.E, 0.01);
    const zoomed = layerTransform(el, 'overlay');
    const box = svg.getBoundingClientRect();
    const start: [number, number] = [Math.round(box.left + 100), Math.round(box.top + 100)];
    await sendMouse({ type: 'move', position: start });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [start[0] + 30, start[1] + 20] });
    await sendMouse({ type: 'move', position: [start[0] + 60, start[1] + 40] });
    await sendMouse({ type: 'up' });
    await frame();
    const dragged = layerTransform(el, 'overlay');
    expect(dragged.x - zoomed.x).to.be.closeTo(60, 1);
    expect(dragged.y - zoomed.y).to.be.closeTo(40, 1);
    // A drag is not a click: nothing was chosen.
    expect(root(el).querySelector('.panel')).to.equal(null);
    // Two fingers moving apart zoom in about their midpoint.
    const before = spread();
    const touch = (type: string, id: number, x: number, y: number) =>
      svg.dispatchEvent(new PointerEvent(type, { pointerId: id, pointerType: 'touch', isPrimary: id === 11, clientX: box.left + x, clientY: box.top + y, bubbles: true, composed: true }));
    touch('pointerdown', 11, 300, 200);
    touch('pointerdown', 12, 340, 200);
    touch('pointermove', 12, 380, 200);
    await frame();
    expect(spread() / before).to.be.closeTo(2, 0.01);
    touch('pointerup', 11, 300, 200);
    touch('pointerup', 12, 380, 200);
    // A long turn of the wheel to street level: the group of the two partners in Kleine Kielstraße moves
    // along while the wheel turns, and splits up once it rests.
    svg.dispatchEvent(new WheelEvent('wheel', { deltaY: -4000, clientX: centre(svg)[0], clientY: centre(svg)[1], bubbles: true, cancelable: true }));
    await frame();
    expect(root(el).querySelector('svg.map .marker.cluster[data-id="grundschule-kleine-kiel"]')).to.exist;
    await waitUntil(() => marker(el, 'grundschule-kleine-kiel') && marker(el, 'elterncafe-kiel'), 'the markers did not regroup when the wheel rested');
  });

  it('shows the same content as a list, including partners without a position', async () => {
    const el = await mapFixture(html`<infamilie-map .data=${parsed(mapFeed())}></infamilie-map>`);
    const toggle = root(el).querySelector<HTMLButtonElement>('.toolbar button')!;
    expect(toggle.textContent!.trim()).to.equal('Als Liste anzeigen');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(root(el).querySelector<HTMLElement>('.map-box')!.hidden).to.equal(true);
    const list = root(el).querySelector('.list')!;
    const quarters = [...list.querySelectorAll(':scope > li > .quarter-entry')].map((b) => visibleText(b));
    expect(quarters).to.deep.equal([
      'Brunnenstraßenviertel Innenstadt-Nord · Partner: 3 · Angebote: 5',
      'Märchensiedlung Eving · Partner: 1 · Angebote: 1',
      'Unionviertel Innenstadt-West · Partner: 1 · Angebote: 0 · nicht auf der Karte',
    ]);
    const union = list.querySelector('button[data-id="stadtteilbuero-union"]')!;
    expect(visibleText(union)).to.equal('Stadtteilbüro Union Unionstraße 1 · Angebote: 0 · nicht auf der Karte');
    list.querySelector<HTMLButtonElement>('button[data-id="kita-regenbogen"]')!.click();
    await settled(el);
    expect(deepQueryAll(el, 'infamilie-offer-card')).to.have.length(4);
    await expect(el).to.be.accessible();
  });

  it('puts the chosen offers beside the map on wide containers and below on narrow ones', async () => {
    for (const [width, beside] of [[1000, true], [420, false]] as const) {
      const el = await mapFixture(html`<infamilie-map .data=${parsed(mapFeed())}></infamilie-map>`, width);
      marker(el, 'kita-regenbogen')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await settled(el);
      const map = root(el).querySelector('.map-box')!.getBoundingClientRect();
      const panel = root(el).querySelector('.panel')!.getBoundingClientRect();
      expect(panel.left >= map.right - 1, `panel beside the map at ${width}px`).to.equal(beside);
      expect(panel.top >= map.bottom - 1, `panel below the map at ${width}px`).to.equal(!beside);
    }
  });

  it('follows the size of its container and keeps the network in view', async () => {
    const el = await mapFixture(html`<infamilie-map .data=${parsed(mapFeed())}></infamilie-map>`, 640);
    const svg = root(el).querySelector<SVGSVGElement>('svg.map')!;
    expect(svg.getAttribute('viewBox')).to.equal(`0 0 ${svg.clientWidth} ${svg.clientHeight}`);
    (el.parentElement as HTMLElement).style.inlineSize = '360px';
    await waitUntil(() => svg.getAttribute('viewBox') === `0 0 ${svg.clientWidth} ${svg.clientHeight}` && svg.clientWidth < 400, 'the map did not follow its container');
    await frame();
    const box = svg.getBoundingClientRect();
    for (const id of ['kita-regenbogen', 'familienzentrum-eving']) {
      const [x, y] = centre(marker(el, id)!.querySelector('.shape')!);
      expect(x > box.left && x < box.right && y > box.top && y < box.bottom, `${id} in view`).to.equal(true);
    }
  });

  it('skips outlines and positions that cannot be right, with a warning, and keeps the partner in the list', async () => {
    const doc = mapFeed();
    const feed = parsed(doc);
    // Given directly, the data has not been through the reader's checks.
    feed.quarters[1].geometry = { type: 'Polygon', coordinates: [[[7.472, 51.551], [7.484, 51.559], [7.484, 51.551], [7.472, 51.559], [7.472, 51.551]]] };
    feed.partners[3].geo = [51.5549, 7.4782];
    feed.partners[3].quarters = ['brunnenstrassenviertel'];
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await mapFixture(html`<infamilie-map .data=${feed}></infamilie-map>`);
      expect(root(el).querySelectorAll('path.quarter')).to.have.length(1);
      expect(marker(el, 'familienzentrum-eving')).to.equal(null);
      expect(warnings.some((w) => /maerchensiedlung.*crosses itself/.test(w)), warnings.join('\n')).to.equal(true);
      expect(warnings.some((w) => /familienzentrum-eving.*latitude and longitude swapped/.test(w)), warnings.join('\n')).to.equal(true);
      root(el).querySelector<HTMLButtonElement>('.toolbar button')!.click();
      await el.updateComplete;
      expect(visibleText(root(el).querySelector('button[data-id="familienzentrum-eving"]')!)).to.include('nicht auf der Karte');
    } finally {
      console.warn = warn;
    }
  });

  it('shows only the layers asked for', async () => {
    const el = await mapFixture(html`<infamilie-map show="quarters" .data=${parsed(mapFeed())}></infamilie-map>`);
    expect(markers(el)).to.have.length(0);
    expect(root(el).querySelectorAll('path.quarter')).to.have.length(2);
    expect(visibleText(root(el).querySelector('.summary')!)).to.equal('Quartiere: 3');
    el.show = 'partners';
    await el.updateComplete;
    expect(root(el).querySelectorAll('path.quarter')).to.have.length(0);
    expect(marker(el, 'kita-regenbogen')!.getAttribute('aria-label')).to.equal('Kita Regenbogen, Brunnenstraße 12, Ankerstandort');
  });

  it('keeps geography unmirrored in Arabic and is accessible', async () => {
    const el = await mapFixture(html`<infamilie-map lang="ar" .data=${parsed(mapFeed())}></infamilie-map>`);
    expect(root(el).querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
    // The Kita (west) stays left of the family centre (east).
    expect(centre(marker(el, 'kita-regenbogen')!)[0]).to.be.below(centre(marker(el, 'familienzentrum-eving')!)[0]);
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('.toolbar button')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('is accessible while loading, when the feed is empty and when it fails', async () => {
    const url = await serveFeed(mapFeed());
    const loading = await fixture<InfamilieMap>(html`<infamilie-map feed=${`/__feed/slow?ms=400&to=${encodeURIComponent(url)}`}></infamilie-map>`);
    expect(root(loading).querySelector('.root')!.getAttribute('aria-busy')).to.equal('true');
    expect(root(loading).querySelector('.map-box.skeleton')).to.exist;
    await expect(loading).to.be.accessible();
    await settled(loading);
    const empty = await fixture<InfamilieMap>(html`<infamilie-map .data=${parsed({ version: 1, network: { id: 'n', name: 'N' } })}></infamilie-map>`);
    await settled(empty);
    expect(visibleText(empty)).to.include('Im Netzwerk sind noch keine Quartiere oder Partner eingetragen.');
    await expect(empty).to.be.accessible();
    const failed = await fixture<InfamilieMap>(html`<infamilie-map feed="/__feed/status/500"><a href="https://infamilie.example/">Netzwerk INFamilie</a></infamilie-map>`);
    await waitUntil(() => root(failed).querySelector('[part="error"]'), 'no error shown');
    await expect(failed).to.be.accessible();
  });

  it('says when the quarter asked for is unknown', async () => {
    const el = await mapFixture(html`<infamilie-map quarter="atlantis" .data=${parsed(mapFeed())}></infamilie-map>`);
    expect(visibleText(el)).to.include('Das Quartier „atlantis“ ist im Netzwerk nicht bekannt.');
    expect(root(el).querySelectorAll('path.quarter')).to.have.length(2);
  });
});

describe('<infamilie-map> requests', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  const basemap = {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { ubz: '052' }, geometry: square(7.44, 51.5, 7.5, 51.54) }],
  };
  const since = () => performance.now();
  const requestsAfter = (start: number) => performance.getEntriesByType('resource').filter((entry) => entry.startTime >= start).map((entry) => entry.name);

  it('asks only the feed\'s host: the feed and the base map beside it, credited on the map', async () => {
    const basemapUrl = await serveFeed(basemap);
    const doc = mapFeed();
    doc.network.basemap = { url: basemapUrl.split('/').pop()!, attribution: 'Geodaten: Stadt Dortmund' };
    const url = await serveFeed(doc);
    const start = since();
    const el = await mapFixture(html`<infamilie-map feed=${url}></infamilie-map>`);
    await waitUntil(() => root(el).querySelector('path.basemap'), 'no base map drawn');
    const requests = requestsAfter(start);
    expect(requests.map((r) => new URL(r).pathname).sort()).to.deep.equal([basemapUrl, url].sort());
    expect(requests.every((r) => new URL(r).origin === location.origin)).to.equal(true);
    expect(visibleText(root(el).querySelector('[part="attribution"]')!)).to.equal('Geodaten: Stadt Dortmund');
    expect(root(el).querySelectorAll('image')).to.have.length(0);
  });

  it('skips a base map on another host with a warning, and one switched off by base="none"', async () => {
    const doc = mapFeed();
    const otherHost = `${location.protocol}//127.0.0.1:${location.port}/__feed/doc/basemap-elsewhere.json`;
    doc.network.basemap = { url: otherHost, attribution: 'Geodaten: Stadt Dortmund' };
    const url = await serveFeed(doc);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const start = since();
      const el = await mapFixture(html`<infamilie-map feed=${url}></infamilie-map>`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(requestsAfter(start).map((r) => new URL(r).pathname)).to.deep.equal([url]);
      expect(warnings.some((w) => w.includes("not on the feed's host")), warnings.join('\n')).to.equal(true);
      expect(root(el).querySelector('path.basemap')).to.equal(null);
      expect(root(el).querySelector('[part="attribution"]')).to.equal(null);
    } finally {
      console.warn = warn;
    }
    const sameHost = mapFeed();
    sameHost.network.basemap = { url: 'basemap-off.json' };
    const offUrl = await serveFeed(sameHost);
    const start = since();
    const off = await mapFixture(html`<infamilie-map base="none" feed=${offUrl}></infamilie-map>`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(requestsAfter(start).map((r) => new URL(r).pathname)).to.deep.equal([offUrl]);
    expect(root(off).querySelector('path.basemap')).to.equal(null);
  });

  it('loads raster tiles only when the page names a tile server, and credits it', async () => {
    const url = await serveFeed(mapFeed());
    const tileHost = `${location.protocol}//127.0.0.1:${location.port}`;
    const start = since();
    const el = await mapFixture(html`<infamilie-map feed=${url} tiles=${`${tileHost}/__tiles/{z}/{x}/{y}.png`} tiles-attribution="© Kacheln Beispiel"></infamilie-map>`);
    const images = [...root(el).querySelectorAll('image')];
    expect(images.length).to.be.above(0);
    const z = Number(new URL(images[0].getAttribute('href')!).pathname.split('/')[2]);
    // The tile under the known partner at this zoom, by the slippy-map formula.
    const n = 2 ** z;
    const tileX = Math.floor(mercatorX(KNOWN[0]) * n);
    const tileY = Math.floor(mercatorY(KNOWN[1]) * n);
    expect(images.map((image) => image.getAttribute('href'))).to.include(`${tileHost}/__tiles/${z}/${tileX}/${tileY}.png`);
    await waitUntil(() => requestsAfter(start).some((r) => r.startsWith(`${tileHost}/__tiles/`)), 'no tile requested');
    expect(visibleText(root(el).querySelector('[part="attribution"]')!)).to.equal('© Kacheln Beispiel');
    const hosts = new Set(requestsAfter(start).map((r) => new URL(r).origin));
    expect([...hosts].sort()).to.deep.equal([location.origin, tileHost].sort());
  });

  it('ignores a tile template without {z}, {x} and {y} or with another scheme', async () => {
    for (const template of ['https://tile.example/{z}/{x}.png', 'javascript:alert(1)//{z}/{x}/{y}', '/tiles/{z}/{x}/{y}.png']) {
      const el = await mapFixture(html`<infamilie-map tiles=${template} .data=${parsed(mapFeed())}></infamilie-map>`);
      expect(root(el).querySelectorAll('image'), template).to.have.length(0);
    }
  });
});
