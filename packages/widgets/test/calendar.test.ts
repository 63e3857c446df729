import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import { berlinDayNumber, berlinOffsetMinutes, dayNumberOf, type FeedInput } from '@infamilie/feed';
import '../src/calendar/define.ts';
import type { InfamilieCalendar } from '../src/calendar/calendar.ts';
import { parsed, serveFeed, settled, visibleText } from './support.ts';

/** March 2027: a weekly café over the clock change, a weekend camp, a night at school, a cancelled and a postponed event. */
function calendarFeed(): FeedInput {
  return {
    version: 1,
    generated: '2027-02-01T09:00:00+01:00',
    network: { id: 'infamilie', name: 'Netzwerk INFamilie' },
    categories: [
      { id: 'counselling', name: { de: 'Beratung', en: 'Counselling' }, color: '#00577d' },
      { id: 'leisure', name: 'Freizeit und Kultur' },
      { id: 'language', name: 'Sprachförderung' },
    ],
    quarters: [
      { id: 'brunnenstrassenviertel', name: 'Brunnenstraßenviertel' },
      { id: 'maerchensiedlung', name: 'Märchensiedlung' },
    ],
    partners: [
      {
        id: 'kita-sonnenblume',
        name: 'Kita Sonnenblume',
        quarters: ['brunnenstrassenviertel'],
        address: { street: 'Brunnenstraße 12', postalCode: '44145', city: 'Dortmund' },
        phone: '+49 231 1234567',
        email: 'kita@example.org',
      },
      { id: 'grundschule-kleine-kiel', name: 'Grundschule Kleine Kielstraße', quarters: ['brunnenstrassenviertel'] },
      { id: 'familienzentrum-eving', name: 'Familienzentrum Eving', quarters: ['maerchensiedlung'] },
    ],
    events: [
      {
        id: 'elterncafe',
        title: { de: 'Elterncafé', en: "Parents' café", ar: 'مقهى الآباء' },
        description: 'Kaffee und Austausch für Eltern.',
        category: 'counselling',
        partner: 'kita-sonnenblume',
        start: '2027-03-02T09:00:00+01:00',
        end: '2027-03-02T11:00:00+01:00',
        recurrence: { freq: 'weekly', until: '2027-06-29' },
        ages: { min: 0, max: 6 },
        cost: { free: true },
        registration: { required: true, note: 'Bitte kurz anrufen.' },
      },
      { id: 'freizeit', title: 'Ferienfreizeit', category: 'leisure', partner: 'familienzentrum-eving', start: '2027-03-05', end: '2027-03-07', allDay: true },
      { id: 'lesenacht', title: 'Lesenacht', category: 'language', partner: 'grundschule-kleine-kiel', start: '2027-03-12T18:00:00+01:00', end: '2027-03-13T09:00:00+01:00', ages: { min: 6, max: 10 } },
      { id: 'fruehlingsfest', title: 'Frühlingsfest', category: 'leisure', partner: 'kita-sonnenblume', start: '2027-03-20T14:00:00+01:00', end: '2027-03-20T18:00:00+01:00', status: 'cancelled' },
      { id: 'infoabend', title: 'Infoabend Einschulung', category: 'language', partner: 'grundschule-kleine-kiel', start: '2027-03-24T19:00:00+01:00', ages: { min: 5, max: 6 }, status: 'postponed', url: 'https://schule.example/infoabend' },
      {
        id: 'fruehstueck',
        title: 'Familienfrühstück',
        category: 'leisure',
        quarters: ['brunnenstrassenviertel'],
        start: '2027-03-07T09:00:00+01:00',
        end: '2027-03-07T10:30:00+01:00',
        recurrence: { freq: 'weekly', until: '2027-11-30' },
      },
    ],
  };
}

const day = (value: string) => String(dayNumberOf(value));
const root = (el: InfamilieCalendar) => el.shadowRoot!;
const cell = (el: InfamilieCalendar, date: string) => root(el).querySelector<HTMLElement>(`[role="gridcell"][data-day="${day(date)}"]`)!;
const chipTitles = (el: InfamilieCalendar, date: string) => [...cell(el, date).querySelectorAll('.chip-title')].map((c) => c.textContent!.trim());
const chipTimes = (el: InfamilieCalendar, date: string) => [...cell(el, date).querySelectorAll('.chip-time')].map((c) => c.textContent!.trim());
const title = (el: InfamilieCalendar) => root(el).querySelector('.title')!.textContent!.trim();
const focusedDay = (el: InfamilieCalendar) => (root(el).activeElement as HTMLElement | null)?.dataset.day;
const dialog = (el: InfamilieCalendar) => root(el).querySelector('dialog')!;

async function calendar(template: ReturnType<typeof html>): Promise<InfamilieCalendar> {
  const el = await fixture<InfamilieCalendar>(template);
  await settled(el);
  return el;
}

async function press(el: InfamilieCalendar, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
  await el.updateComplete;
}

describe('<infamilie-calendar>', () => {
  describe('month view', () => {
    it('lays out the events of March 2027 in their day cells, starting on Monday', async () => {
      const el = await calendar(html`<infamilie-calendar view="month" month="2027-03" .data=${parsed(calendarFeed())}></infamilie-calendar>`);
      expect(title(el)).to.equal('März 2027');
      const headers = [...root(el).querySelectorAll('[role="columnheader"]')];
      expect(headers.map((h) => h.querySelector('.visually-hidden')!.textContent)).to.deep.equal(['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag']);
      expect(headers[0].querySelector('[aria-hidden="true"]')!.textContent).to.equal('Mo');
      expect(root(el).querySelectorAll('[role="row"]')).to.have.length(6);
      expect(chipTitles(el, '2027-03-02')).to.deep.equal(['Elterncafé']);
      expect(chipTitles(el, '2027-03-05')).to.deep.equal(['Ferienfreizeit']);
      expect(chipTitles(el, '2027-03-07')).to.deep.equal(['Ferienfreizeit', 'Familienfrühstück']);
      expect(chipTitles(el, '2027-03-12')).to.deep.equal(['Lesenacht']);
      expect(chipTitles(el, '2027-03-13')).to.deep.equal(['Lesenacht']);
      expect(chipTitles(el, '2027-03-08')).to.deep.equal([]);
      expect(chipTitles(el, '2027-03-30')).to.deep.equal(['Elterncafé']);
      // Days of April in the last row show their events too, marked as outside the month.
      expect(cell(el, '2027-04-04').classList.contains('outside')).to.equal(true);
      expect(chipTitles(el, '2027-04-04')).to.deep.equal(['Familienfrühstück']);
      expect(cell(el, '2027-03-02').textContent).to.include('Dienstag, 2. März 2027').and.include('Termine: 1');
      await expect(el).to.be.accessible();
    });

    it('shows a weekly 09:00 event at 09:00 Berlin time on both sides of the clock changes', async () => {
      const el = await calendar(html`<infamilie-calendar view="month" month="2027-03" .data=${parsed(calendarFeed())}></infamilie-calendar>`);
      for (const sunday of ['2027-03-21', '2027-03-28', '2027-04-04']) expect(chipTimes(el, sunday).at(-1), sunday).to.equal('09:00');
      for (const tuesday of ['2027-03-23', '2027-03-30']) expect(chipTimes(el, tuesday), tuesday).to.deep.equal(['09:00']);
      el.month = '2027-10';
      await el.updateComplete;
      for (const sunday of ['2027-10-24', '2027-10-31']) expect(chipTimes(el, sunday), sunday).to.deep.equal(['09:00']);
      el.month = '2027-11';
      await el.updateComplete;
      expect(chipTimes(el, '2027-11-07')).to.deep.equal(['09:00']);
    });

    it('spans all-day and overnight events over their days, marked as continuing', async () => {
      const el = await calendar(html`<infamilie-calendar view="month" month="2027-03" .data=${parsed(calendarFeed())}></infamilie-calendar>`);
      const camp = (date: string) => cell(el, date).querySelector('.chip')!;
      expect(camp('2027-03-05').className).to.include('continues').and.not.include('continued');
      expect(camp('2027-03-06').className).to.include('continues').and.include('continued');
      expect(camp('2027-03-07').className).to.include('continued').and.not.include('continues');
      expect(camp('2027-03-06').textContent).to.include('ganztägig').and.include('Tag 2 von 3');
      expect(cell(el, '2027-03-12').querySelector('.chip-time')!.textContent!.trim()).to.equal('18:00');
      expect(cell(el, '2027-03-13').querySelector('.chip')!.textContent).to.include('bis 09:00 Uhr').and.include('Tag 2 von 2');
    });

    it('says cancelled and postponed in words', async () => {
      const el = await calendar(html`<infamilie-calendar view="month" month="2027-03" .data=${parsed(calendarFeed())}></infamilie-calendar>`);
      expect(visibleText(cell(el, '2027-03-20'))).to.include('Abgesagt').and.include('Frühlingsfest');
      expect(visibleText(cell(el, '2027-03-24'))).to.include('Verschoben').and.include('Infoabend Einschulung');
    });

    it('shows three events per cell and "+N weitere", which opens the day', async () => {
      const doc = calendarFeed();
      for (let i = 0; i < 250; i++) doc.events!.push({ id: `termin-${i}`, title: `Termin ${String(i).padStart(3, '0')}`, start: `2027-03-10T${String(8 + (i % 12)).padStart(2, '0')}:00:00+01:00` });
      const el = await calendar(html`<infamilie-calendar view="month" month="2027-03" .data=${parsed(doc)}></infamilie-calendar>`);
      expect(chipTitles(el, '2027-03-10')).to.have.length(3);
      const more = cell(el, '2027-03-10').querySelector<HTMLButtonElement>('.more')!;
      expect(more.textContent!.trim()).to.equal('+247 weitere');
      more.click();
      await el.updateComplete;
      expect(dialog(el).open).to.equal(true);
      expect(dialog(el).querySelectorAll('.entry')).to.have.length(250);
      expect(dialog(el).querySelector('.dialog-count')!.textContent).to.include('Termine: 250');
      await expect(el).to.be.accessible();
      // An entry of the day opens its details, and "back" returns to the day.
      dialog(el).querySelector<HTMLButtonElement>('.entry-title')!.click();
      await el.updateComplete;
      expect(dialog(el).querySelector('.dialog-title')!.textContent).to.include('Termin 000');
      dialog(el).querySelector<HTMLButtonElement>('.back')!.click();
      await el.updateComplete;
      expect(dialog(el).querySelectorAll('.entry')).to.have.length(250);
    });

    it('starts at this month with today marked, and comes back with "Heute"', async () => {
      const el = await calendar(html`<infamilie-calendar view="month" .data=${parsed(calendarFeed())}></infamilie-calendar>`);
      const today = String(berlinDayNumber(Date.now()));
      const thisMonth = title(el);
      expect(root(el).querySelector('[aria-current="date"]')!.getAttribute('data-day')).to.equal(today);
      expect(root(el).querySelector('[aria-current="date"]')!.getAttribute('tabindex')).to.equal('0');
      const [previous, todayButton, next] = root(el).querySelectorAll<HTMLButtonElement>('.nav button');
      expect([previous, todayButton, next].map((b) => visibleText(b) || b.textContent!.trim())).to.deep.equal(['Vorheriger Monat', 'Heute', 'Nächster Monat']);
      next.click();
      await el.updateComplete;
      expect(title(el)).to.not.equal(thisMonth);
      todayButton.click();
      await el.updateComplete;
      expect(title(el)).to.equal(thisMonth);
    });

    it('shows the agenda instead of the grid in a narrow container', async () => {
      const doc = calendarFeed();
      for (let i = 0; i < 8; i++) doc.events!.push({ id: `spiel-${i}`, title: `Spielenachmittag ${i}`, start: `2027-03-10T${String(10 + i)}:00:00+01:00` });
      const box = fixtureSync<HTMLElement>(html`<div class="narrow-box"><infamilie-calendar view="month" month="2027-03" .data=${parsed(doc)}></infamilie-calendar></div>`);
      box.style.inlineSize = '320px';
      const el = box.querySelector<InfamilieCalendar>('infamilie-calendar')!;
      await settled(el);
      await waitUntil(() => root(el).querySelector('.month-agenda'), 'the agenda replaces the grid');
      expect(root(el).querySelector('[role="grid"]')).to.equal(null);
      const wednesday = [...root(el).querySelectorAll('.agenda-day')].find((d) => d.textContent!.includes('Mittwoch, 10. März 2027'))!;
      expect(wednesday.querySelectorAll('.entry')).to.have.length(3);
      expect(wednesday.querySelector('.more-day')!.textContent!.trim()).to.equal('+5 weitere');
      await expect(el).to.be.accessible();
      box.style.inlineSize = '900px';
      await waitUntil(() => root(el).querySelector('[role="grid"]'), 'the grid comes back');
      expect(getComputedStyle(root(el).querySelector('.month-grid')!).display).to.equal('block');
    });

    it('moves through the grid with arrows, Home/End and PageUp/PageDown, announcing the month', async () => {
      const el = await calendar(html`<infamilie-calendar view="month" month="2027-03" .data=${parsed(calendarFeed())}></infamilie-calendar>`);
      const cells = [...root(el).querySelectorAll('[role="gridcell"]')];
      expect(cells.filter((c) => c.getAttribute('tabindex') === '0').map((c) => (c as HTMLElement).dataset.day)).to.deep.equal([day('2027-03-01')]);
      cell(el, '2027-03-01').focus();
      await press(el, 'ArrowRight');
      expect(focusedDay(el)).to.equal(day('2027-03-02'));
      await press(el, 'ArrowDown');
      expect(focusedDay(el)).to.equal(day('2027-03-09'));
      await press(el, 'End');
      expect(focusedDay(el)).to.equal(day('2027-03-14'));
      await press(el, 'Home');
      expect(focusedDay(el)).to.equal(day('2027-03-08'));
      await press(el, 'ArrowLeft');
      expect(focusedDay(el)).to.equal(day('2027-03-07'));
      await press(el, 'ArrowUp');
      await press(el, 'ArrowUp');
      // Past the 1st: February, announced.
      expect(focusedDay(el)).to.equal(day('2027-02-21'));
      expect(title(el)).to.equal('Februar 2027');
      expect(root(el).querySelector('[role="status"]')!.textContent).to.include('Februar 2027');
      await press(el, 'PageDown');
      expect(focusedDay(el)).to.equal(day('2027-03-21'));
      await press(el, 'PageDown');
      expect(title(el)).to.equal('April 2027');
      expect(root(el).querySelector('[role="status"]')!.textContent).to.equal('April 2027, Termine: 8');
      await press(el, 'PageUp');
      expect(focusedDay(el)).to.equal(day('2027-03-21'));
      expect(root(el).querySelectorAll('[role="gridcell"][tabindex="0"]')).to.have.length(1);
    });

    it('opens a day with Enter: the one event directly, several as a list; Escape returns to the day', async () => {
      let selected: CustomEvent | undefined;
      const el = await calendar(html`<infamilie-calendar view="month" month="2027-03" .data=${parsed(calendarFeed())} @infamilie-select=${(e: CustomEvent) => (selected = e)}></infamilie-calendar>`);
      cell(el, '2027-03-01').focus();
      await press(el, 'ArrowRight');
      await press(el, 'Enter');
      expect(dialog(el).open).to.equal(true);
      expect(dialog(el).getAttribute('aria-labelledby')).to.equal('dialog-title');
      expect(dialog(el).querySelector('#dialog-title')!.textContent).to.include('Elterncafé');
      expect(root(el).activeElement).to.equal(dialog(el).querySelector('#dialog-title'));
      expect(selected!.detail).to.deep.equal({ kind: 'event', id: 'elterncafe', occurrence: '2027-03-02T09:00:00+01:00' });
      const details = visibleText(dialog(el));
      for (const text of ['Dienstag, 2. März 2027, 09:00–11:00', 'Regelmäßiger Termin', 'Kita Sonnenblume', 'Brunnenstraße 12, 44145 Dortmund', 'kostenlos', 'Anmeldung erforderlich', 'Bitte kurz anrufen.', 'Kaffee und Austausch für Eltern.', 'Beratung']) {
        expect(details).to.include(text);
      }
      await expect(el).to.be.accessible();
      await press(el, 'Escape');
      await waitUntil(() => !dialog(el).open && focusedDay(el) === day('2027-03-02'), 'focus returns to the day');
      // The Sunday with the camp and the breakfast: a list of the day.
      await press(el, 'End');
      await press(el, ' ');
      expect(dialog(el).querySelector('#dialog-title')!.textContent).to.include('Sonntag, 7. März 2027');
      expect(dialog(el).querySelectorAll('.entry')).to.have.length(2);
      dialog(el).querySelector<HTMLButtonElement>('.close')!.click();
      await waitUntil(() => !dialog(el).open && focusedDay(el) === day('2027-03-07'), 'focus returns to the Sunday');
    });

    it('downloads the event as an .ics that calendar apps read as 09:00 Berlin time, weekly', async () => {
      const el = await calendar(html`<infamilie-calendar view="month" month="2027-03" .data=${parsed(calendarFeed())}></infamilie-calendar>`);
      cell(el, '2027-03-23').querySelector<HTMLButtonElement>('.chip')!.click();
      await el.updateComplete;
      const link = dialog(el).querySelector<HTMLAnchorElement>('a[download]')!;
      expect(link.download).to.equal('Elterncafé.ics');
      expect(link.href).to.match(/^blob:/);
      const text = await (await fetch(link.href)).text();
      const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
      expect(vevent.getFirstPropertyValue('summary')).to.equal('Elterncafé');
      const start = vevent.getFirstProperty('dtstart')!;
      expect(start.getParameter('tzid')).to.equal('Europe/Berlin');
      expect((start.getFirstValue() as ICAL.Time).toString()).to.equal('2027-03-02T09:00:00');
      expect(String(vevent.getFirstPropertyValue('rrule'))).to.include('FREQ=WEEKLY');
      dialog(el).close();
      // The Blob URL is given back when the dialog closes.
      await waitUntil(() => !dialog(el).querySelector('.details'), 'the dialog is emptied');
      let revoked = false;
      try {
        await fetch(link.href);
      } catch {
        revoked = true;
      }
      expect(revoked).to.equal(true);
    });
  });

  describe('agenda', () => {
    it('lists the days from the 1st of the given month, grouped by day, in Berlin time', async () => {
      const el = await calendar(html`<infamilie-calendar month="2027-03" days="14" .data=${parsed(calendarFeed())}></infamilie-calendar>`);
      expect(el.view).to.equal('list');
      const days = [...root(el).querySelectorAll('.agenda-date')].map((d) => d.textContent!.trim());
      expect(days).to.deep.equal([
        'Dienstag, 2. März 2027',
        'Freitag, 5. März 2027',
        'Samstag, 6. März 2027',
        'Sonntag, 7. März 2027',
        'Dienstag, 9. März 2027',
        'Freitag, 12. März 2027',
        'Samstag, 13. März 2027',
        'Sonntag, 14. März 2027',
      ]);
      expect(root(el).querySelector('.agenda-date')!.getAttribute('aria-level')).to.equal('4');
      const first = root(el).querySelector('.entry')!;
      expect(visibleText(first)).to.include('09:00–11:00').and.include('Elterncafé').and.include('Kita Sonnenblume');
      expect(title(el)).to.equal('1.–14. März 2027');
      await expect(el).to.be.accessible();
      root(el).querySelectorAll<HTMLButtonElement>('.nav button')[2].click();
      await el.updateComplete;
      expect(title(el)).to.equal('15.–28. März 2027');
      expect(visibleText(root(el).querySelector('.agenda')!)).to.include('Abgesagt').and.include('Verschoben');
    });

    it('filters by quarter, category, partner and age attributes', async () => {
      const feed = parsed(calendarFeed());
      const titles = (el: InfamilieCalendar) => [...new Set([...root(el).querySelectorAll('.entry-title')].map((b) => b.textContent!.trim()))];
      const el = await calendar(html`<infamilie-calendar month="2027-03" days="31" quarter="maerchensiedlung" .data=${feed}></infamilie-calendar>`);
      expect(titles(el)).to.deep.equal(['Ferienfreizeit']);
      el.quarter = 'brunnenstrassenviertel';
      el.category = 'language';
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Lesenacht', 'Infoabend Einschulung']);
      el.category = undefined;
      el.partner = 'kita-sonnenblume';
      el.age = '8';
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Frühlingsfest']);
    });

    it('filters with the controls and offers a subscription to what is shown', async () => {
      const el = await calendar(html`<infamilie-calendar month="2027-03" days="31" filters quarter="brunnenstrassenviertel" subscribe="https://cdn.example/feed/ics/" .data=${parsed(calendarFeed())}></infamilie-calendar>`);
      const subscribe = () => root(el).querySelector<HTMLAnchorElement>('.subscribe a')!;
      expect(subscribe().href).to.equal('https://cdn.example/feed/ics/quarter-brunnenstrassenviertel.ics');
      expect(subscribe().textContent).to.include('Kalender abonnieren: Brunnenstraßenviertel');
      for (const control of root(el).querySelectorAll('select')) expect((control as HTMLSelectElement).labels?.length).to.equal(1);
      const category = root(el).querySelector<HTMLSelectElement>('select[name="category"]')!;
      expect([...category.options].map((o) => o.textContent!.trim())).to.deep.equal(['Alle Kategorien', 'Beratung', 'Freizeit und Kultur', 'Sprachförderung']);
      category.value = 'language';
      category.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(root(el).querySelectorAll('.entry')).to.have.length(3);
      expect(root(el).querySelector('[role="status"]')!.textContent).to.include('Termine: 2');
      expect(subscribe().href).to.equal('https://cdn.example/feed/ics/quarter-brunnenstrassenviertel_category-language.ics');
      const phase = root(el).querySelector<HTMLSelectElement>('select[name="phase"]')!;
      phase.value = '0-2';
      phase.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(visibleText(root(el).querySelector('.empty')!)).to.include('Keine Termine in diesem Zeitraum.');
      await expect(el).to.be.accessible();
      root(el).querySelector<HTMLButtonElement>('.reset')!.click();
      await el.updateComplete;
      expect(root(el).querySelectorAll('.entry').length).to.be.greaterThan(10);
    });

    it('offers the next date when the period is empty', async () => {
      const el = await calendar(html`<infamilie-calendar month="2027-01" days="30" .data=${parsed(calendarFeed())}></infamilie-calendar>`);
      const empty = root(el).querySelector('.empty')!;
      expect(visibleText(empty)).to.include('Keine Termine in diesem Zeitraum.').and.include('Nächster Termin: Dienstag, 2. März 2027');
      await expect(el).to.be.accessible();
      empty.querySelector('button')!.click();
      await el.updateComplete;
      expect(root(el).querySelector('.agenda-date')!.textContent).to.equal('Dienstag, 2. März 2027');
      // The month view says so above the empty grid, and goes to the month of the next date.
      const month = await calendar(html`<infamilie-calendar view="month" month="2027-01" .data=${parsed(calendarFeed())}></infamilie-calendar>`);
      expect(visibleText(root(month).querySelector('.empty')!)).to.include('Keine Termine in diesem Monat.');
      expect(root(month).querySelectorAll('[role="gridcell"]').length).to.equal(35);
      await expect(month).to.be.accessible();
      root(month).querySelector<HTMLButtonElement>('.empty button')!.click();
      await month.updateComplete;
      expect(title(month)).to.equal('März 2027');
      expect(root(month).querySelector('[role="gridcell"][tabindex="0"]')!.getAttribute('data-day')).to.equal(day('2027-03-02'));
    });
  });

  describe('states, languages and bad input', () => {
    it('names an unknown id in an attribute', async () => {
      const el = await calendar(html`<infamilie-calendar view="month" quarter="atlantis" .data=${parsed(calendarFeed())}></infamilie-calendar>`);
      expect(visibleText(el)).to.include('Das Quartier „atlantis“ ist im Netzwerk nicht bekannt.');
      await expect(el).to.be.accessible();
    });

    for (const view of ['list', 'month']) {
      it(`is accessible while loading, when ready and when the feed fails (${view})`, async () => {
        const url = await serveFeed(calendarFeed());
        const el = await fixture<InfamilieCalendar>(html`<infamilie-calendar view=${view} month="2027-03" feed=${`/__feed/slow?ms=300&to=${encodeURIComponent(url)}`}></infamilie-calendar>`);
        expect(root(el).querySelector('.root')!.getAttribute('aria-busy')).to.equal('true');
        await expect(el).to.be.accessible();
        await settled(el);
        await expect(el).to.be.accessible();
        const warn = console.warn;
        console.warn = () => {};
        try {
          const failed = await calendar(html`<infamilie-calendar view=${view} feed="/__feed/status/500"></infamilie-calendar>`);
          expect(failed.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
          await expect(failed).to.be.accessible();
        } finally {
          console.warn = warn;
        }
      });
    }

    it('reads right to left in Arabic, with the week and the arrows following', async () => {
      const el = await calendar(html`<infamilie-calendar lang="ar" view="month" month="2027-03" .data=${parsed(calendarFeed())}></infamilie-calendar>`);
      expect(root(el).querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
      expect(chipTitles(el, '2027-03-02')).to.deep.equal(['مقهى الآباء']);
      await expect(el).to.be.accessible();
      cell(el, '2027-03-01').focus();
      await press(el, 'ArrowLeft');
      expect(focusedDay(el)).to.equal(day('2027-03-02'));
      await press(el, 'Enter');
      await expect(el).to.be.accessible();
      const list = await calendar(html`<infamilie-calendar lang="ar" month="2027-03" .data=${parsed(calendarFeed())}></infamilie-calendar>`);
      await expect(list).to.be.accessible();
    });

    it('loads only the quarter parts it shows from a split feed', async () => {
      const doc = calendarFeed();
      const stamp = Date.now();
      const part = (quarter: string) => ({ version: 1, events: doc.events!.filter((e) => (e.quarters ?? [e.partner === 'familienzentrum-eving' ? 'maerchensiedlung' : 'brunnenstrassenviertel']).includes(quarter)) });
      for (const quarter of ['brunnenstrassenviertel', 'maerchensiedlung']) {
        await fetch(`/__feed/doc/split-${stamp}/${quarter}.json`, { method: 'PUT', body: JSON.stringify(part(quarter)) });
      }
      const index = { ...doc, events: [], quarters: doc.quarters!.map((q) => ({ ...q, feed: `${q.id}.json` })) };
      await fetch(`/__feed/doc/split-${stamp}/index.json`, { method: 'PUT', body: JSON.stringify(index) });
      const hits = async (name: string) => (await fetch(`/__feed/hits?path=${encodeURIComponent(`/__feed/doc/split-${stamp}/${name}`)}`)).json();
      const before = [await hits('maerchensiedlung.json'), await hits('brunnenstrassenviertel.json')];
      const el = await calendar(html`<infamilie-calendar month="2027-03" days="31" quarter="maerchensiedlung" feed=${`/__feed/doc/split-${stamp}/index.json`}></infamilie-calendar>`);
      expect(el.feedQuarters()).to.deep.equal(['maerchensiedlung']);
      expect(visibleText(el)).to.include('Ferienfreizeit').and.not.include('Elterncafé');
      expect([await hits('maerchensiedlung.json'), await hits('brunnenstrassenviertel.json')]).to.deep.equal([before[0] + 1, before[1]]);
    });

    it('throws nothing into the page on bad attributes and bad data', async () => {
      const errors: unknown[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.error);
      window.addEventListener('error', onError);
      try {
        const bad = parsed(calendarFeed());
        bad.events.push({ id: 'kaputt', start: 'gestern' } as never, { id: 'leer', title: { de: '' }, start: '2027-03-03T25:00:00+01:00' } as never, { id: 'ohne-start' } as never);
        for (const attrs of [
          { view: 'kalender', month: 'März', days: '-4', age: 'klein', filters: 'alles', perDay: 'viele' },
          { view: 'month', month: '2027-13', days: 'NaN', age: '10-2', filters: '', perDay: '0' },
        ]) {
          const el = await calendar(html`<infamilie-calendar view=${attrs.view} month=${attrs.month} days=${attrs.days} age=${attrs.age} filters=${attrs.filters} per-day=${attrs.perDay} subscribe="javascript:alert(1)" .data=${bad}></infamilie-calendar>`);
          expect(root(el).querySelector('.title')).to.not.equal(null);
          expect(root(el).querySelector('.subscribe')).to.equal(null);
        }
        // Not a feed at all (data from script): a short message instead of the calendar.
        const warn = console.warn;
        console.warn = () => {};
        try {
          const broken = { ...parsed(calendarFeed()), events: [null] } as never;
          const el = await calendar(html`<infamilie-calendar view="month" .data=${broken}></infamilie-calendar>`);
          expect(visibleText(el)).to.include('Der Kalender kann gerade nicht angezeigt werden.');
        } finally {
          console.warn = warn;
        }
      } finally {
        window.removeEventListener('error', onError);
      }
      expect(errors).to.deep.equal([]);
    });
  });

  describe("the visitor's time zone", () => {
    it(`shows Berlin times in ${Intl.DateTimeFormat().resolvedOptions().timeZone}, with a note when the clocks differ`, async () => {
      const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      const el = await calendar(html`<infamilie-calendar month="2027-03" days="31" .data=${parsed(calendarFeed())}></infamilie-calendar>`);
      const when = [...root(el).querySelectorAll('.when')].map((w) => w.textContent!.trim());
      expect(when[0]).to.match(/^09:00\s?–\s?11:00( Uhr)?$/);
      expect(when.find((w) => w.startsWith('14:00'))).to.match(/^14:00\s?–\s?18:00( Uhr)?$/);
      expect(when).to.include('19:00');
      const differs = [Date.UTC(2027, 2, 1), Date.UTC(2027, 2, 31)].some((t) => -new Date(t).getTimezoneOffset() !== berlinOffsetMinutes(t));
      const note = root(el).querySelector('.tz-note');
      expect(!!note, `note in ${zone}`).to.equal(differs);
      if (zone === 'America/Los_Angeles' || zone === 'UTC') expect(note!.textContent).to.include('Alle Zeiten in deutscher Zeit (Berlin)');
      await expect(el).to.be.accessible();
    });
  });
});
