/**
 * iCalendar (RFC 5545) export: one event for "add to my calendar", or a filtered set as a calendar.
 *
 * Times are written as Berlin wall-clock times under one VTIMEZONE, so that calendar apps repeat an
 * event at the same local time across daylight-saving changes, as the feed means it. The output is a
 * pure function of the input (DTSTAMP comes from the feed, not the clock): the same feed gives the
 * same file, and the same event keeps its UID, so re-importing updates instead of duplicating.
 * Feed text may hold anything: every value is escaped or stripped so it cannot end its line.
 */
import type { Feed, FeedEvent } from './schema.ts';
import { fallbackChain, localize } from './text.ts';
import { isPlainEmail, webLink } from './values.ts';
import { indexFeed, locationOf } from './query.ts';
import { occurrencesOf } from './occurrences.ts';
import { civilFromDays, dayNumberOf, fromBerlin, pad, parseCivilDate, toBerlin, NETWORK_TIME_ZONE as TZ } from './time.ts';

export interface ICalendarOptions {
  /** Language of the texts (BCP 47); falls back field by field to German. */
  lang?: string;
  /** DTSTAMP when neither the event (`updated`) nor the feed (`generated`) says when it was written. */
  now?: Date;
}

export interface CalendarOptions extends ICalendarOptions {
  /** The calendar's name (NAME, X-WR-CALNAME), e.g. "INFamilie: Brunnenstraßenviertel". */
  name?: string;
}

export const ICALENDAR_MIME_TYPE = 'text/calendar;charset=utf-8';

/** A calendar holding one event: what an "add to my calendar" link downloads. */
export function eventToICalendar(feed: Feed, event: FeedEvent, options: ICalendarOptions = {}): string {
  return eventsToICalendar(feed, [event], { lang: options.lang, now: options.now });
}

/** A calendar holding the given events (a filtered set), in that order. */
export function eventsToICalendar(feed: Feed, events: readonly FeedEvent[], options: CalendarOptions = {}): string {
  const lang = options.lang ?? 'de';
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Netzwerk INFamilie//infamilie-feed 1//DE', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (options.name) lines.push(`NAME:${escapeText(options.name)}`, `X-WR-CALNAME:${escapeText(options.name)}`);
  // RFC 5545 wants at least one component, so an empty set still carries the time zone.
  if (!events.length || events.some((event) => !event.allDay)) lines.push(...VTIMEZONE);
  for (const event of events) lines.push(...vevent(feed, event, lang, options.now));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** A download file name from an event title: letters and digits of any script, hyphens, `.ics`. */
export function icsFileName(title: string, fallback = 'termin'): string {
  const stem = Array.from(title.normalize('NFC').replace(/[^\p{L}\p{M}\p{N}]+/gu, '-').replace(/^-+|-+$/g, ''))
    .slice(0, 60)
    .join('')
    .replace(/-+$/, '');
  return `${stem || fallback}.ics`;
}

/** A TEXT value (RFC 5545 3.3.11): control characters dropped, `\ ; ,` and newlines escaped. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[^\P{Cc}\n]/gu, '')
    .replace(/[\\;,]/g, '\\$&')
    .replace(/\n/g, '\\n');
}

/**
 * Folds a content line at 75 octets of UTF-8 (RFC 5545 3.1), never inside a character. Control
 * characters are dropped first: no value, escaped or not, can start a line of its own.
 */
export function foldLine(line: string): string {
  let out = '';
  let size = 0;
  for (const char of line.replace(/\p{Cc}/gu, '')) {
    const code = char.codePointAt(0)!;
    const bytes = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (size + bytes > 75) {
      out += '\r\n ';
      size = 1;
    }
    out += char;
    size += bytes;
  }
  return out;
}

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZ}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** Words added to the texts, so that apps that ignore STATUS still tell the reader. */
const WORDS: Record<string, [cancelled: string, postponed: string, registration: string]> = {
  de: ['Abgesagt', 'Verschoben', 'Anmeldung'],
  en: ['Cancelled', 'Postponed', 'Registration'],
  tr: ['İptal edildi', 'Ertelendi', 'Kayıt'],
  ar: ['ملغى', 'مؤجل', 'التسجيل'],
  bg: ['Отменено', 'Отложено', 'Записване'],
  ro: ['Anulat', 'Amânat', 'Înscriere'],
  pl: ['Odwołane', 'Przełożone', 'Zapisy'],
  uk: ['Скасовано', 'Перенесено', 'Реєстрація'],
};

function vevent(feed: Feed, event: FeedEvent, lang: string, now: Date | undefined): string[] {
  const { partners, categories } = indexFeed(feed);
  const partner = event.partner ? partners.get(event.partner) : undefined;
  const category = event.category ? categories.get(event.category) : undefined;
  const words = WORDS[fallbackChain(lang).find((tag) => tag in WORDS) ?? 'de'];
  const allDay = !!event.allDay;
  const start = allDay ? dayNumberOf(event.start) : Date.parse(event.start);
  const stamps = [feed.generated, event.updated].filter((value) => value).map((value) => Date.parse(value!)).filter(Number.isFinite);
  const stamp = stamps.length ? Math.max(...stamps) : (now ?? new Date()).getTime();

  const out = ['BEGIN:VEVENT', `UID:${event.id}@${feed.network.id}.infamilie`, `DTSTAMP:${utc(stamp)}`];
  if (allDay) {
    // The feed's all-day end is the last day; iCalendar's DTEND is the day after.
    out.push(`DTSTART;VALUE=DATE:${dayCode(start)}`, `DTEND;VALUE=DATE:${dayCode((event.end ? dayNumberOf(event.end) : start) + 1)}`);
  } else {
    out.push(`DTSTART;TZID=${TZ}:${wallCode(start)}`);
    if (event.end) out.push(`DTEND;TZID=${TZ}:${wallCode(Date.parse(event.end))}`);
  }

  const rule = event.recurrence;
  if (rule) {
    const parts = [`FREQ=${rule.freq.toUpperCase()}`];
    if (rule.interval && rule.interval > 1) parts.push(`INTERVAL=${rule.interval}`);
    if (rule.byDay) parts.push(`BYDAY=${rule.byDay.join(',').toUpperCase()}`);
    if (rule.count && !(rule.until && countEndsAfter(event, rule.until))) parts.push(`COUNT=${rule.count}`);
    else if (rule.until) {
      // UNTIL is inclusive: the whole Berlin day, and in UTC when DTSTART has a time zone.
      const until = parseCivilDate(rule.until);
      parts.push(`UNTIL=${allDay ? dayCode(dayNumberOf(rule.until)) : utc(fromBerlin({ ...until, hour: 23, minute: 59, second: 59 }))}`);
    }
    out.push(`RRULE:${parts.join(';')}`);
    if (rule.except?.length) {
      const time = allDay ? '' : wallCode(start).slice(8);
      const dates = rule.except.map((day) => day.replace(/-/g, '') + time).join(',');
      out.push(allDay ? `EXDATE;VALUE=DATE:${dates}` : `EXDATE;TZID=${TZ}:${dates}`);
    }
  }

  const flag = event.status === 'cancelled' ? words[0] : event.status === 'postponed' ? words[1] : '';
  const title = localize(event.title, lang);
  out.push(`SUMMARY:${escapeText(flag ? `${flag}: ${title}` : title)}`);

  const registration = event.registration;
  const contact = registration && [localize(registration.note, lang), registration.url, registration.email, registration.phone].filter((value) => value);
  const details = [
    localize(event.description, lang),
    [partner && localize(partner.name, lang), contact?.length && `${words[2]}: ${contact.join(' · ')}`, event.url].filter((value) => value).join('\n'),
  ];
  const description = details.filter((value) => value).join('\n\n');
  if (description) out.push(`DESCRIPTION:${escapeText(description)}`);

  const place = locationOf(feed, event);
  if (place) {
    const address = place.address;
    const where = [localize(place.name, lang), address?.street, [address?.postalCode, address?.city].filter((value) => value).join(' ')];
    const text = where.filter((value) => value).join(', ');
    if (text) out.push(`LOCATION:${escapeText(text)}`);
    if (place.geo) out.push(`GEO:${place.geo[1]};${place.geo[0]}`);
  }
  const url = webLink(event.url);
  if (url) out.push(`URL:${url}`);
  if (category) out.push(`CATEGORIES:${escapeText(localize(category.name, lang))}`);
  if (isPlainEmail(partner?.email)) out.push(`ORGANIZER;CN="${localize(partner.name, lang).replace(/[\p{Cc}"]/gu, '')}":mailto:${partner.email}`);
  if (event.status === 'cancelled') out.push('STATUS:CANCELLED');
  else if (event.status === 'postponed') out.push('STATUS:TENTATIVE');
  out.push('END:VEVENT');
  return out;
}

/**
 * Whether a rule with both `count` and `until` (the feed ends it at whichever comes first; RFC 5545
 * allows only one) is ended by `until`: fewer than `count` occurrences up to that day.
 */
function countEndsAfter(event: FeedEvent, until: string): boolean {
  const plain = { ...event, recurrence: { ...event.recurrence!, until: undefined, except: undefined } };
  return occurrencesOf(plain, event.start, fromBerlin(civilFromDays(dayNumberOf(until) + 1))).length < event.recurrence!.count!;
}

/** `20261222T225959Z` */
function utc(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]|\.\d+/g, '');
}

/** Berlin wall clock, `20260303T090000` */
function wallCode(ms: number): string {
  const t = toBerlin(ms);
  return `${t.year}${pad(t.month)}${pad(t.day)}T${pad(t.hour)}${pad(t.minute)}${pad(t.second)}`;
}

/** `20261111` */
function dayCode(days: number): string {
  const d = civilFromDays(days);
  return `${d.year}${pad(d.month)}${pad(d.day)}`;
}
