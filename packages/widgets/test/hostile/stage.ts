/**
 * A partner page with every element on it, fed one feed (served as JSON, or given as `.data`), and the
 * things a reader does there: filter and open offers, open events and days in the calendar, choose a
 * quarter and a partner on the map and in its list, move the mouse over everything.
 */
import { waitUntil } from '@open-wc/testing';
import { sendMouse, resetMouse } from '@web/test-runner-commands';
import type { Feed, Offer } from '@infamilie/feed';
import '../../src/offers/define.ts';
import '../../src/offer-card/define.ts';
import '../../src/badge/define.ts';
import '../../src/calendar/define.ts';
import '../../src/map/define.ts';
import { deepQueryAll, settled } from '../support.ts';

export type Source = { url: string } | { data: Feed; offer?: Offer };

export interface Stage {
  /** The host page's container: light DOM around and between the elements. */
  container: HTMLElement;
  offers: HTMLElement;
  card: HTMLElement;
  badge: HTMLElement;
  agenda: HTMLElement;
  month: HTMLElement;
  map: HTMLElement;
  all: HTMLElement[];
  remove(): void;
}

export interface StageOptions {
  lang: string;
  /** The card's offer id (attribute), when it is not given as an object. */
  offerId?: string;
  /** The badge's partner id. */
  partnerId?: string;
}

/** Like `waitUntil`, but looking again after every task instead of every 50 ms: the suite opens hundreds of dialogs. */
export async function until(predicate: () => unknown, what: string, timeout = 3000): Promise<void> {
  const end = performance.now() + timeout;
  while (!predicate()) {
    if (performance.now() > end) throw new Error(`Timeout: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Puts the elements on the page the way a partner's CMS would, with some host content around them. */
export async function stage(source: Source, options: StageOptions): Promise<Stage> {
  const container = document.createElement('div');
  container.className = 'partner-page';
  // The host page's own styles: the elements must neither need nor disturb them.
  container.style.setProperty('inline-size', '980px');
  container.style.setProperty('--infamilie-map-height', '420px');
  container.innerHTML = `<p class="host-intro">Willkommen auf der Seite der Kita.</p>
    <infamilie-offers filters limit="100"></infamilie-offers>
    <p class="host-between">Unser Angebot:</p>
    <infamilie-offer-card></infamilie-offer-card>
    <infamilie-badge></infamilie-badge>
    <infamilie-calendar view="list" month="2027-03" days="31"></infamilie-calendar>
    <infamilie-calendar view="month" month="2027-03" per-day="5"></infamilie-calendar>
    <infamilie-map></infamilie-map>
    <p class="host-outro">Impressum</p>`;
  const [offers, card, badge, agenda, month, map] = [...container.querySelectorAll<HTMLElement>('infamilie-offers, infamilie-offer-card, infamilie-badge, infamilie-calendar, infamilie-map')];
  const all = [offers, card, badge, agenda, month, map];
  for (const element of all) {
    element.setAttribute('lang', options.lang);
    if ('url' in source) element.setAttribute('feed', source.url);
    else (element as HTMLElement & { data?: Feed }).data = source.data;
  }
  if (options.offerId) card.setAttribute('offer', options.offerId);
  if ('data' in source && source.offer) (card as HTMLElement & { offer?: Offer }).offer = source.offer;
  if (options.partnerId) badge.setAttribute('partner', options.partnerId);
  document.body.append(container);
  for (const element of all) await settled(element);
  await waitUntil(() => map.shadowRoot!.querySelector('.layer-overlay, .notice, .list, [part="error"]'), 'the map did not draw', { timeout: 5000 });
  await frame();
  for (const element of all) await settled(element);
  return { container, offers, card, badge, agenda, month, map, all, remove: () => container.remove() };
}

/** The host page's light DOM, with the elements reduced to their tags (their own attributes are theirs). */
export function lightDom(container: HTMLElement): string {
  const clone = container.cloneNode(true) as HTMLElement;
  for (const element of clone.querySelectorAll('*')) {
    if (element.localName.startsWith('infamilie-')) for (const name of element.getAttributeNames()) element.removeAttribute(name);
  }
  return clone.outerHTML;
}

const shadow = (element: Element) => element.shadowRoot!;

async function update(element: HTMLElement): Promise<void> {
  await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  for (const inner of [element, ...deepQueryAll<HTMLElement>(element, 'infamilie-offer-card')]) {
    await (inner as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  }
}

/** Everything a reader can do with the offers: search, choose, tick, reset, open every card. */
export async function exerciseOffers(offers: HTMLElement, search: string): Promise<void> {
  const root = shadow(offers);
  const input = root.querySelector<HTMLInputElement>('input[type="search"]');
  if (input) {
    input.value = search;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await update(offers);
  }
  for (const select of root.querySelectorAll<HTMLSelectElement>('select')) {
    if (select.options.length > 1) {
      select.selectedIndex = 1;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await update(offers);
    }
  }
  const free = root.querySelector<HTMLInputElement>('input[type="checkbox"]');
  if (free) {
    free.click();
    await update(offers);
  }
  root.querySelector<HTMLButtonElement>('.reset')?.click();
  await update(offers);
  await openCards(offers);
}

/** Opens the details of every card in an element (or the card itself). */
export async function openCards(element: HTMLElement): Promise<void> {
  const cards = element.localName === 'infamilie-offer-card' ? [element] : deepQueryAll<HTMLElement>(element, 'infamilie-offer-card');
  for (const card of cards) {
    const button = shadow(card).querySelector<HTMLButtonElement>('.title-button');
    if (button && button.getAttribute('aria-expanded') !== 'true') button.click();
  }
  for (const card of cards) await update(card);
}

const dialogOf = (calendar: HTMLElement) => shadow(calendar).querySelector('dialog')!;

async function closeDialog(calendar: HTMLElement): Promise<void> {
  const dialog = dialogOf(calendar);
  if (dialog.open) dialog.close();
  await until(() => !dialog.querySelector('.details, .entries'), 'the dialog is emptied');
}

/**
 * Opens every event of the calendar's current view in its dialog, one after the other, and hands each
 * open dialog to `inspectDialog`; then a day with several events, and an event from that day's list.
 */
export async function exerciseCalendar(calendar: HTMLElement, inspectDialog: (dialog: HTMLDialogElement, what: string) => Promise<void>, limit = Infinity): Promise<number> {
  const root = shadow(calendar);
  const openers = () => [...root.querySelectorAll<HTMLElement>('.chip, .agenda .entry-title')];
  const count = Math.min(limit, openers().length);
  for (let i = 0; i < count; i++) {
    const opener = openers()[i];
    const what = `${calendar.getAttribute('view')} #${i} (${opener.dataset.occurrence?.slice(0, 40)})`;
    opener.click();
    await update(calendar);
    await until(() => dialogOf(calendar).open && dialogOf(calendar).querySelector('.details'), `the dialog of ${what} did not open`);
    await inspectDialog(dialogOf(calendar), what);
    await closeDialog(calendar);
  }
  // A day with two events: the day's list, then one of them from there.
  const cell = [...root.querySelectorAll<HTMLElement>('[role="gridcell"].has-entries')].find((c) => c.querySelectorAll('.chip').length > 1);
  if (cell) {
    cell.querySelector<HTMLElement>('.day-number')!.click();
    await update(calendar);
    await until(() => dialogOf(calendar).querySelector('.entries'), 'the day did not open');
    await inspectDialog(dialogOf(calendar), `day ${cell.dataset.day}`);
    dialogOf(calendar).querySelector<HTMLElement>('.entry-title')!.click();
    await update(calendar);
    await until(() => dialogOf(calendar).querySelector('.details'), 'the event did not open from its day');
    await inspectDialog(dialogOf(calendar), `event from day ${cell.dataset.day}`);
    dialogOf(calendar).querySelector<HTMLElement>('.back')?.click();
    await update(calendar);
    await closeDialog(calendar);
  }
  return count;
}

/** Chooses a quarter and a partner on the map, then every partner in the list; `inspectPanel` sees each panel. */
export async function exerciseMap(map: HTMLElement, inspectPanel: (panel: Element, what: string) => Promise<void>, limit = Infinity): Promise<void> {
  const root = shadow(map);
  const click = async (target: Element) => {
    target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await update(map);
  };
  const quarter = root.querySelector('svg.map .quarter');
  if (quarter) {
    await click(quarter);
    await inspectPanel(root.querySelector('.panel')!, `quarter ${quarter.getAttribute('data-id')}`);
  }
  const marker = root.querySelector('svg.map .marker.partner');
  if (marker) {
    await click(marker);
    await inspectPanel(root.querySelector('.panel')!, `marker ${marker.getAttribute('data-id')?.slice(0, 40)}`);
  }
  const cluster = root.querySelector('svg.map .marker.cluster');
  if (cluster) await click(cluster);
  // Into list mode (the map's toggle), unless the map could not be drawn and shows the list anyway.
  if (!root.querySelector('.list')) root.querySelector<HTMLButtonElement>('.toolbar button')?.click();
  await update(map);
  const entries = () => [...root.querySelectorAll<HTMLElement>('.list .partner-entry, .list .quarter-entry')];
  const count = Math.min(limit, entries().length);
  for (let i = 0; i < count; i++) {
    const entry = entries()[i];
    const what = `${entry.dataset.kind} ${entry.dataset.id?.slice(0, 40)} in the list`;
    entry.click();
    await update(map);
    const panel = root.querySelector('.panel');
    if (panel) await inspectPanel(panel, what);
  }
}

/** Moves the mouse over the elements and their buttons, for payloads that wait for a pointer. */
export async function hover(elements: HTMLElement[]): Promise<void> {
  for (const element of elements) {
    const targets = [element, ...deepQueryAll<HTMLElement>(element, 'button, a, .marker, .quarter, .chip').slice(0, 12)];
    for (const target of targets) {
      target.scrollIntoView({ block: 'center', inline: 'nearest' });
      const box = target.getBoundingClientRect();
      if (!box.width || !box.height) continue;
      const x = Math.round(box.left + box.width / 2);
      const y = Math.round(box.top + box.height / 2);
      if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) continue;
      await sendMouse({ type: 'move', position: [x, y] });
    }
  }
  await resetMouse();
}
