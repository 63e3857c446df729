/**
 * The details of one occurrence, shown in the calendar's dialog: when (Berlin time), what, where, for
 * whom, what it costs, how to register, who organises it; and the ways to keep it: an .ics download of
 * the event and a subscription to the calendar as filtered.
 */
import { contactOf, eventToICalendar, ICALENDAR_MIME_TYPE, icsFileName, indexFeed, locationOf, localize, type Feed, type FeedEvent } from '@infamilie/feed';
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { formatYears } from '../core/format.ts';
import { icon } from '../core/icons.ts';
import { displayText } from '../core/presentation.ts';
import { mailHref, telHref, webHref } from '../core/urls.ts';
import { agendaEntry, dayInstant, dayOfSpan, statusWord, timeLabel, type ViewContext } from './calendar-views.ts';
import type { DayEntry } from './month-grid.ts';

/** An .ics file of one event as a Blob URL, for a download link; revoke it when the link goes. */
export interface IcsDownload {
  url: string;
  fileName: string;
}

export function icsDownload(feed: Feed, event: FeedEvent, lang: string): IcsDownload | undefined {
  try {
    const text = eventToICalendar(feed, event, { lang });
    const url = URL.createObjectURL(new Blob([text], { type: ICALENDAR_MIME_TYPE }));
    return { url, fileName: icsFileName(localize(event.title, lang)) };
  } catch (error) {
    console.warn(`INFamilie calendar: no calendar file for the event "${event.id}": ${(error as Error).message}`);
    return undefined;
  }
}

/** What the calendar's dialog shows: a day's events, or one event (opened from a day's list, or not). */
export type CalendarDialog = { kind: 'day'; day: number; entries: DayEntry[] } | { kind: 'event'; entry: DayEntry; day?: { day: number; entries: DayEntry[] } };

export interface DialogOptions {
  download?: IcsDownload;
  subscribe?: { url: string; label: string };
  close(): void;
  back(day: { day: number; entries: DayEntry[] }): void;
}

/** The dialog's content, labelled by its heading `#dialog-title`. */
export function dialogContent(context: ViewContext, dialog: CalendarDialog, options: DialogOptions): TemplateResult {
  const close = html`<button type="button" class="button close" @click=${options.close}>${icon('close')}${msg('Schließen')}</button>`;
  if (dialog.kind === 'day') {
    return html`<div class="dialog-bar">${close}</div>
      <h2 class="dialog-title" id="dialog-title" tabindex="-1">${context.formats.fullDate.format(dayInstant(dialog.day))}</h2>
      <p class="dialog-count">${msg(str`Termine: ${dialog.entries.length}`)}</p>
      <ul class="entries">${dialog.entries.map((entry) => agendaEntry(context, entry))}</ul>`;
  }
  const back = dialog.day;
  return html`<div class="dialog-bar">
      ${back ? html`<button type="button" class="button back" @click=${() => options.back(back)}>${icon('prev', 'icon flip')}${msg('Zurück zum Tag')}</button>` : nothing}
      ${close}
    </div>
    ${eventDetails(context, dialog.entry, { titleId: 'dialog-title', download: options.download, subscribe: options.subscribe })}`;
}

export interface DetailsOptions {
  titleId: string;
  download?: IcsDownload;
  subscribe?: { url: string; label: string };
}

/** When, in words: the date (or the span of dates) and the time of the occurrence, in Berlin. */
function when(context: ViewContext, entry: DayEntry): string {
  const { formats } = context;
  const { occurrence } = entry;
  const first = { ...entry, dayIndex: 0 };
  if (entry.dayCount > 1) {
    const dates = formats.fullDate.formatRange(dayInstant(occurrence.startDay), dayInstant(occurrence.endDay));
    if (occurrence.allDay) return `${dates}, ${timeLabel(first, formats)}`;
    return `${dates}, ${timeLabel(first, formats)}, ${timeLabel({ ...entry, dayIndex: entry.dayCount - 1 }, formats)}`;
  }
  return `${formats.fullDate.format(dayInstant(occurrence.startDay))}, ${timeLabel(first, formats)}`;
}

export function eventDetails(context: ViewContext, entry: DayEntry, options: DetailsOptions): TemplateResult {
  const { feed } = context;
  const event = entry.occurrence.event;
  const index = indexFeed(feed);
  const partner = event.partner ? index.partners.get(event.partner) : undefined;
  const category = event.category ? index.categories.get(event.category) : undefined;
  const status = statusWord(entry.occurrence.status);
  const facts: TemplateResult[] = [];
  const fact = (name: string, label: string, value: unknown) =>
    facts.push(html`<div class="fact"><dt>${icon(name)}<span class="visually-hidden">${label}</span></dt><dd>${value}</dd></div>`);

  fact('clock', msg('Wann'), html`${when(context, entry)}${event.recurrence ? html`<br />${msg('Regelmäßiger Termin')}` : nothing}`);
  const place = locationOf(feed, event);
  if (place && (place.name || place.address)) {
    const address = place.address;
    const line = address ? displayText([address.street, [address.postalCode, address.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')) : '';
    fact('pin', msg('Wo'), html`${place.name ? context.text(place.name) : nothing}${place.name && line ? html`<br />` : nothing}${line}`);
  }
  const years = event.ages ? formatYears(event.ages, context.locale) : undefined;
  if (years) {
    const { min, max } = event.ages!;
    fact('ages', msg('Alter'), min !== undefined && max === undefined ? msg(str`ab ${years}`) : max !== undefined && min === undefined ? msg(str`bis ${years}`) : years);
  }
  if (event.cost) {
    const note = event.cost.note ? html` – ${context.text(event.cost.note)}` : nothing;
    fact('euro', msg('Kosten'), event.cost.free ? html`${msg('kostenlos')}${note}` : event.cost.note ? context.text(event.cost.note) : msg('kostenpflichtig'));
  }
  if (event.registration) {
    const { required, note } = event.registration;
    if (required || note) fact('info', msg('Anmeldung'), html`${required ? msg('Anmeldung erforderlich') : nothing}${required && note ? html`<br />` : nothing}${context.text(note)}`);
  }
  if (partner) fact('parents', msg('Veranstalter'), context.text(partner.name));
  if (category) fact(category.icon ?? 'other', msg('Kategorie'), context.text(category.name));

  return html`<div class="details ${entry.occurrence.status}">
    <h2 class="dialog-title" id=${options.titleId} tabindex="-1">
      ${status ? html`<span class="status">${status}</span> ` : nothing}<span class="title-text">${context.text(event.title)}</span>
    </h2>
    ${status ? html`<p class="notice status-notice">${entry.occurrence.status === 'cancelled' ? msg('Dieser Termin ist abgesagt.') : msg('Dieser Termin ist verschoben.')}</p>` : nothing}
    ${entry.dayCount > 1 ? html`<p class="span-note">${dayOfSpan(entry)}</p>` : nothing}
    <dl class="facts">${facts}</dl>
    ${event.description ? html`<p class="description">${context.text(event.description)}</p>` : nothing}
    ${actions(context, event, feed, options)}
  </div>`;
}

function actions(context: ViewContext, event: FeedEvent, feed: Feed, options: DetailsOptions): TemplateResult {
  const contact = contactOf(feed, event);
  const title = context.plain(event.title);
  const register = webHref(contact.register);
  const tel = telHref(contact.phone);
  const mail = mailHref(contact.email);
  const website = webHref(event.url);
  return html`<p class="actions" part="actions">
    ${options.download
      ? html`<a class="button primary" href=${options.download.url} download=${options.download.fileName}>${icon('download')}${msg('In meinen Kalender eintragen')}</a>`
      : nothing}
    ${register ? html`<a class="button" href=${register} rel="noopener" aria-label=${msg(str`Anmelden: ${title}`)}>${icon('link')}${msg('Anmelden')}</a>` : nothing}
    ${tel ? html`<a class="button" href=${tel} aria-label=${msg(str`Anrufen: ${contact.phone ?? ''}`)}>${icon('phone')}${msg('Anrufen')}</a>` : nothing}
    ${mail ? html`<a class="button" href=${mail} aria-label=${msg(str`E-Mail schreiben an ${contact.email ?? ''}`)}>${icon('mail')}${msg('Schreiben')}</a>` : nothing}
    ${website ? html`<a class="button" href=${website} rel="noopener" aria-label=${msg(str`Mehr erfahren: ${title}`)}>${icon('link')}${msg('Mehr erfahren')}</a>` : nothing}
    ${options.subscribe ? html`<a class="button" href=${options.subscribe.url}>${icon('calendar')}${options.subscribe.label}</a>` : nothing}
  </p>`;
}
