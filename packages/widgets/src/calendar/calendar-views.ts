/**
 * The calendar's templates: the month grid, the agenda (a list of days), and one entry as each shows
 * it. Functions of a `ViewContext` that the element builds once per render, so that the element
 * keeps state and events and these keep markup. Intl formatters are made once per locale.
 */
import { berlinOffsetMinutes, cssColor, DAY, indexFeed, locationOf, type Feed, type LocalizedText } from '@infamilie/feed';
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { cssProperties } from '../core/css-properties.ts';
import { icon } from '../core/icons.ts';
import { repeat } from 'lit/directives/repeat.js';
import { berlinFormat, weekdayName } from '../core/format.ts';
import { headingLevel } from '../core/presentation.ts';
import { cellEntries, columnOf, type DayEntry } from './month-grid.ts';
import type { Occurrence } from '@infamilie/feed';

export interface CalendarFormats {
  locale: string;
  time: Intl.DateTimeFormat;
  /** "Dienstag, 2. März 2027" */
  fullDate: Intl.DateTimeFormat;
  /** "2. März 2027" */
  date: Intl.DateTimeFormat;
  dayNumber: Intl.DateTimeFormat;
  /** "März 2027" */
  month: Intl.DateTimeFormat;
  /** Weekday names by ISO index (0 = Monday). */
  weekdays: string[];
  weekdaysShort: string[];
}

const formatsByLocale = new Map<string, CalendarFormats>();

export function calendarFormats(locale: string): CalendarFormats {
  let formats = formatsByLocale.get(locale);
  if (!formats) {
    formats = {
      locale,
      time: berlinFormat(locale, { hour: '2-digit', minute: '2-digit' }),
      fullDate: berlinFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
      date: berlinFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }),
      dayNumber: berlinFormat(locale, { day: 'numeric' }),
      month: berlinFormat(locale, { month: 'long', year: 'numeric' }),
      weekdays: Array.from({ length: 7 }, (_, index) => weekdayName(index, locale, 'long')),
      weekdaysShort: Array.from({ length: 7 }, (_, index) => weekdayName(index, locale, 'short')),
    };
    formatsByLocale.set(locale, formats);
  }
  return formats;
}

/** An instant inside a Berlin day (its noon, in UTC), for formatting the day's date. */
export function dayInstant(day: number): number {
  return day * DAY + 12 * 3_600_000;
}

/** What the element gives its templates. */
export interface ViewContext {
  feed: Feed;
  /** The interface locale (formats and messages). */
  locale: string;
  formats: CalendarFormats;
  headingLevel: number;
  today: number;
  /** Entries per cell in the month grid (and per day in the month view's narrow agenda). */
  perDay: number;
  text(value: LocalizedText | undefined): TemplateResult | typeof nothing;
  plain(value: LocalizedText | undefined): string;
}

/** "Abgesagt", "Verschoben", or nothing for a scheduled occurrence. */
export function statusWord(status: string): string {
  return status === 'cancelled' ? msg('Abgesagt') : status === 'postponed' ? msg('Verschoben') : '';
}

/**
 * Times of day as text, kept per locale and Berlin wall-clock time: a month shows the same few times
 * hundreds of times, and Intl's formatRange is slow.
 */
const timeTexts = new Map<string, string>();

function wallKey(instant: number): number {
  return (((instant + berlinOffsetMinutes(instant) * 60_000) % DAY) + DAY) % DAY;
}

export function timeText(formats: CalendarFormats, start: number, end = start): string {
  const key = `${formats.locale}|${wallKey(start)}|${end === start ? '' : wallKey(end)}`;
  let text = timeTexts.get(key);
  if (text === undefined) {
    if (timeTexts.size > 5000) timeTexts.clear();
    text = end === start ? formats.time.format(start) : formats.time.formatRange(start, end);
    timeTexts.set(key, text);
  }
  return text;
}

/** When an entry happens on its day, in Berlin time: "09:00–11:00", "ab 16:00 Uhr", "ganztägig". */
export function timeLabel(entry: DayEntry, formats: CalendarFormats): string {
  const { occurrence, dayIndex, dayCount } = entry;
  if (occurrence.allDay) return msg('ganztägig');
  const first = dayIndex === 0;
  const last = dayIndex === dayCount - 1;
  // A timed occurrence within one day: its end is on the same day, so wall times say all.
  if (first && last) return timeText(formats, occurrence.start, occurrence.end);
  if (first) return msg(str`ab ${timeText(formats, occurrence.start)} Uhr`);
  if (last) return msg(str`bis ${timeText(formats, occurrence.end)} Uhr`);
  return msg('ganztägig');
}

/** "Tag 2 von 3" for the days of a multi-day occurrence; '' for others. */
export function dayOfSpan(entry: DayEntry): string {
  return entry.dayCount > 1 ? msg(str`Tag ${entry.dayIndex + 1} von ${entry.dayCount}`) : '';
}

function categoryStyle(context: ViewContext, entry: DayEntry) {
  const category = entry.occurrence.event.category;
  const color = category ? indexFeed(context.feed).categories.get(category)?.color : undefined;
  return cssProperties({ '--_category': cssColor(color) });
}

function spanClasses(entry: DayEntry): string {
  return `${entry.dayIndex > 0 ? 'continued' : ''} ${entry.dayIndex < entry.dayCount - 1 ? 'continues' : ''}`;
}

/** One entry in a list (agenda, a day's dialog): time, status, title (the button that opens it), place. */
export function agendaEntry(context: ViewContext, entry: DayEntry): TemplateResult {
  const { occurrence } = entry;
  const event = occurrence.event;
  const status = statusWord(occurrence.status);
  const partner = event.partner ? indexFeed(context.feed).partners.get(event.partner) : undefined;
  const place = locationOf(context.feed, event);
  const span = dayOfSpan(entry);
  return html`<li class="entry ${occurrence.status} ${spanClasses(entry)}" ${categoryStyle(context, entry)}>
    <span class="when">${timeLabel(entry, context.formats)}${span ? html`<span class="span-day">${span}</span>` : nothing}</span>
    <span class="what">
      ${status ? html`<span class="status">${status}</span>` : nothing}
      <button type="button" class="entry-title" data-occurrence=${occurrence.id} data-day=${entry.day}>${context.text(event.title)}</button>
      ${partner || place?.name
        ? html`<span class="meta">${[place?.name && place.name !== partner?.name ? context.text(place.name) : nothing, partner ? context.text(partner.name) : nothing]
            .filter((part) => part !== nothing)
            .map((part, index) => (index ? html` · ${part}` : part))}</span>`
        : nothing}
    </span>
  </li>`;
}

/**
 * Days with their entries, as a list of day sections. `perDay` limits each day to that many entries
 * and a "+N weitere" button (which opens the day); Infinity shows all.
 */
export function agendaDays(context: ViewContext, days: readonly number[], byDay: Map<number, DayEntry[]>, perDay: number): TemplateResult {
  const level = headingLevel(context.headingLevel + 1);
  return html`<ol class="agenda" part="agenda">
    ${repeat(
      days,
      (day) => day,
      (day) => {
        const { shown, more } = cellEntries(byDay.get(day), perDay);
        return html`<li class="agenda-day ${day === context.today ? 'today' : ''}">
          <div class="agenda-date" role="heading" aria-level=${level}>${context.formats.fullDate.format(dayInstant(day))}</div>
          <ul class="entries">
            ${shown.map((entry) => agendaEntry(context, entry))}
          </ul>
          ${more ? html`<button type="button" class="button more-day" data-more=${day}>${msg(str`+${more} weitere`)}</button>` : nothing}
        </li>`;
      },
    )}
  </ol>`;
}

/**
 * A chip in a month cell: time and title, opening the entry; kept out of the tab order (the cell is the
 * stop). All-day and continuing entries are bars without a visible time; their time is said in words.
 */
function chip(context: ViewContext, entry: DayEntry): TemplateResult {
  const { occurrence } = entry;
  const status = statusWord(occurrence.status);
  const span = dayOfSpan(entry);
  const startsHere = !occurrence.allDay && entry.dayIndex === 0;
  const endsHere = !occurrence.allDay && entry.dayIndex > 0 && entry.dayIndex === entry.dayCount - 1;
  const bar = occurrence.allDay || entry.dayCount > 1;
  return html`<button type="button" tabindex="-1" class="chip ${occurrence.status} ${spanClasses(entry)} ${bar ? 'bar' : ''}" ${categoryStyle(context, entry)} data-occurrence=${occurrence.id} data-day=${entry.day}>
    ${startsHere
      ? html`<span class="chip-time">${timeText(context.formats, occurrence.start)}</span>`
      : html`${endsHere ? html`<span class="chip-time" aria-hidden="true">–${timeText(context.formats, occurrence.end)}</span>` : nothing}<span class="visually-hidden">${timeLabel(entry, context.formats)}</span>`}
    ${status ? html`<span class="status">${status}</span>` : nothing}
    <span class="chip-title">${context.plain(occurrence.event.title)}</span>
    ${span ? html`<span class="visually-hidden">, ${span}</span>` : nothing}
  </button>`;
}

export interface GridOptions {
  weeks: number[][];
  firstDay: number;
  lastDay: number;
  weekStart: number;
  focusDay: number;
  titleId: string;
}

/** The month as a WAI-ARIA grid: weekday column headers, one row per week, one cell per day. */
export function monthGrid(context: ViewContext, byDay: Map<number, DayEntry[]>, options: GridOptions): TemplateResult {
  const { formats } = context;
  const columns = Array.from({ length: 7 }, (_, column) => (options.weekStart + column) % 7);
  return html`<div class="grid" role="grid" aria-labelledby=${options.titleId} part="grid">
    <div class="row weekdays" role="row">
      ${columns.map(
        (weekday) => html`<div class="weekday" role="columnheader"><span aria-hidden="true">${formats.weekdaysShort[weekday]}</span><span class="visually-hidden">${formats.weekdays[weekday]}</span></div>`,
      )}
    </div>
    ${options.weeks.map(
      (week) => html`<div class="row week" role="row">
        ${week.map((day) => {
          const entries = byDay.get(day);
          const { shown, more } = cellEntries(entries, context.perDay);
          const outside = day < options.firstDay || day > options.lastDay;
          const isToday = day === context.today;
          return html`<div
            role="gridcell"
            class="cell ${outside ? 'outside' : ''} ${isToday ? 'today' : ''} ${entries ? 'has-entries' : ''}"
            data-day=${day}
            data-column=${columnOf(day, options.weekStart)}
            tabindex=${day === options.focusDay ? '0' : '-1'}
            aria-current=${isToday ? 'date' : nothing}
          >
            <span class="day-number" aria-hidden="true">${formats.dayNumber.format(dayInstant(day))}</span>
            <span class="visually-hidden">${formats.fullDate.format(dayInstant(day))}${entries ? html`, ${msg(str`Termine: ${entries.length}`)}` : nothing}</span>
            ${shown.length ? html`<div class="chips">${shown.map((entry) => chip(context, entry))}</div>` : nothing}
            ${more ? html`<button type="button" tabindex="-1" class="more" data-more=${day}>${msg(str`+${more} weitere`)}</button>` : nothing}
          </div>`;
        })}
      </div>`,
    )}
  </div>`;
}

/** The title of what is shown (a month, a span of days) and the previous, today and next buttons. */
export function toolbar(context: ViewContext, options: { title: string; month: boolean; step(direction: -1 | 1): void; today(): void }): TemplateResult {
  const { month } = options;
  return html`<div class="toolbar" part="toolbar">
    <div class="title" id="calendar-title" role="heading" aria-level=${headingLevel(context.headingLevel)}>${options.title}</div>
    <div class="nav">
      <button type="button" class="button icon-button" @click=${() => options.step(-1)}>
        ${icon('prev', 'icon flip')}<span class="visually-hidden">${month ? msg('Vorheriger Monat') : msg('Frühere Termine')}</span>
      </button>
      <button type="button" class="button" @click=${options.today}>${msg('Heute')}</button>
      <button type="button" class="button icon-button" @click=${() => options.step(1)}>
        ${icon('next', 'icon flip')}<span class="visually-hidden">${month ? msg('Nächster Monat') : msg('Spätere Termine')}</span>
      </button>
    </div>
  </div>`;
}

/** Nothing in the month or period: says so, and offers to go to the next date there is. */
export function emptyNotice(context: ViewContext, month: boolean, next: Occurrence | undefined, goTo: (day: number) => void): TemplateResult {
  return html`<div class="notice empty" part="empty">
    <p>${month ? msg('Keine Termine in diesem Monat.') : msg('Keine Termine in diesem Zeitraum.')}</p>
    ${next
      ? html`<button type="button" class="button" @click=${() => goTo(next.startDay)}>
          ${msg(str`Nächster Termin: ${context.formats.fullDate.format(dayInstant(next.startDay))}`)}
        </button>`
      : nothing}
  </div>`;
}
