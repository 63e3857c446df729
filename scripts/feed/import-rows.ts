/**
 * One spreadsheet row to one feed item (partner, offer, event), remembering which cell each field
 * came from, so that every problem, including those the feed's schema finds, names its column.
 */
import { berlinOffsetMinutes, formatCivilDate, fromBerlin, pad, toBerlin, type Category, type Quarter } from '@infamilie/feed';
import type { Cell, CsvRow } from './csv.ts';
import { geocode, knowsStreet, quarterAt, similarStreets, splitStreetAndNumber, type LonLat } from './geo.ts';
import { hasPath, plainIssueMessage, valueAt, type Finding, type SchemaIssue, type Severity } from './messages.ts';
import { flattenIssues } from './validate.ts';
import * as read from './values.ts';

export interface ImportContext {
  categories: Category[];
  quarters: Quarter[];
  /** Partners imported so far, by id. */
  partners: Map<string, Record<string, unknown>>;
  /** Ids of partner rows that were skipped. */
  skippedPartners: Set<string>;
  hasBase: boolean;
}

export interface RowResult {
  item: Record<string, unknown>;
  problems: Finding[];
  failed: boolean;
  check(schema: { safeParse(value: unknown): unknown }): void;
  error(column: string, message: string): void;
}

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

class RowBuilder implements RowResult {
  item: Record<string, unknown> = {};
  problems: Finding[] = [];
  failed = false;
  /** Field path ("registration.url") -> the column it came from. */
  private sources = new Map<string, string>();

  constructor(
    readonly row: CsvRow,
    readonly kind: string,
  ) {}

  cell(column: string): Cell | undefined {
    return this.row.cells.get(column);
  }

  has(column: string): boolean {
    return this.row.cells.has(column) || this.row.texts.has(column);
  }

  /** Reads a cell into a field; a value that cannot be read is an error for the row. */
  field<T>(column: string, path: string, parse?: (value: string) => T): T | undefined {
    const cell = this.cell(column);
    if (!cell) return undefined;
    try {
      const value = parse ? parse(cell.value) : (cell.value as T);
      this.set(path, value, column);
      return value;
    } catch (error) {
      if (!(error instanceof read.CellError)) throw error;
      this.error(column, error.message);
      return undefined;
    }
  }

  /** Reads a cell without writing a field. */
  value<T>(column: string, parse: (value: string) => T): T | undefined {
    const cell = this.cell(column);
    if (!cell) return undefined;
    try {
      return parse(cell.value);
    } catch (error) {
      if (!(error instanceof read.CellError)) throw error;
      this.error(column, error.message);
      return undefined;
    }
  }

  /** A multilingual text from `title_de`, `title_tr`, ...; German is required when any language is given. */
  text(column: string, path: string, required = false): void {
    const texts = this.row.texts.get(column);
    if (!texts?.size) {
      if (required) this.error(column, `is empty: every ${this.kind} needs a ${column === 'name' ? 'name' : 'title'} (column "${column}_de" or "${column}")`);
      return;
    }
    if (!texts.has('de')) {
      this.error(column, `has ${[...texts.keys()].join(', ')} but no German text: fill in "${column}_de" (German is what every reader falls back to)`);
      return;
    }
    const value: Record<string, string> = {};
    for (const [lang, cell] of texts) value[lang] = cell.value;
    this.set(path, value, column);
    for (const lang of texts.keys()) this.sources.set(`${path}.${lang}`, column);
  }

  set(path: string, value: unknown, column: string): void {
    const keys = path.split('.');
    let target = this.item;
    for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
    target[keys[keys.length - 1]] = value;
    this.sources.set(path, column);
  }

  note(severity: Severity, column: string | undefined, message: string): void {
    const id = typeof this.item.id === 'string' ? ` "${this.item.id}"` : '';
    const cell = column ? this.cell(column) ?? this.row.texts.get(column)?.values().next().value : undefined;
    const where = `row ${this.row.number}${id}${cell ? `, column ${cell.letter} "${cell.header}"` : column ? `, column "${column}"` : ''}`;
    const skip = severity === 'error' && !this.failed ? ' (the row is skipped)' : '';
    if (severity === 'error') this.failed = true;
    this.problems.push({ severity, code: severity === 'error' ? 'bad-row' : 'row-note', file: '', line: this.row.number, path: [], where, message: message + skip });
  }

  error(column: string, message: string): void {
    this.note('error', column, message);
  }

  check(schema: { safeParse(value: unknown): unknown }): void {
    if (this.failed) return;
    const result = schema.safeParse(this.item) as { success: boolean; error?: { issues: SchemaIssue[] } };
    if (result.success) return;
    for (const issue of flattenIssues(result.error!.issues, this.item)) {
      const path = issue.path.map(String);
      let column: string | undefined;
      for (let end = path.length; end > 0 && !column; end--) column = this.sources.get(path.slice(0, end).join('.'));
      const message = plainIssueMessage(issue, valueAt(this.item, issue.path), hasPath(this.item, issue.path), this.kind);
      this.note('error', column, column ? message : `${path.join(' > ')}: ${message}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------------

export function buildPartner(row: CsvRow, context: ImportContext): RowResult {
  const b = new RowBuilder(row, 'partner');
  readId(b, 'name');
  b.text('name', 'name', true);
  b.field('kind', 'kind', read.partnerKind);
  b.field('anchor', 'anchor', read.yesNo);
  b.field('steering', 'steering', read.yesNo);
  const place = readPlace(b, { street: 'street', number: 'house_number', postalCode: 'postal_code', city: 'city' }, 'address', 'geo');
  const lon = b.value('lon', read.number);
  const lat = b.value('lat', read.number);
  if ((lon === undefined) !== (lat === undefined) && !b.failed) b.error(lon === undefined ? 'lon' : 'lat', 'give both lon and lat (or neither, to find the position from the address)');
  let geo = place;
  if (lon !== undefined && lat !== undefined) {
    geo = [lon, lat];
    b.set('geo', geo, 'lon');
  }
  if (b.has('quarters')) readQuarters(b, context);
  else if (geo && context.quarters.some((q) => q.geometry)) {
    const ids = quarterAt(context.quarters, geo);
    if (ids.length) {
      b.set('quarters', ids, 'street');
      b.note('info', undefined, `placed in quarter ${ids.map((id) => `"${id}"`).join(', ')} by its address`);
    } else b.note('warning', undefined, 'lies in none of the network\'s quarters (by its address): fill in "quarters" if it belongs to one');
  }
  b.field('languages', 'languages', read.languages);
  b.field('phone', 'phone');
  b.field('email', 'email');
  b.field('url', 'url');
  b.field('wheelchair', 'accessibility.wheelchair', read.yesNo);
  b.text('accessibility_notes', 'accessibility.notes');
  b.field('member_since', 'memberSince', read.date);
  return b;
}

export function buildOffer(row: CsvRow, context: ImportContext): RowResult {
  const b = new RowBuilder(row, 'offer');
  readId(b, 'title');
  b.text('title', 'title', true);
  b.text('summary', 'summary');
  b.text('description', 'description');
  readDetails(b, context);
  b.field('schedule', 'schedule.weekly', read.weekly);
  b.text('schedule_text', 'schedule.text');
  b.field('wheelchair', 'accessibility.wheelchair', read.yesNo);
  b.text('accessibility_notes', 'accessibility.notes');
  b.field('valid_from', 'validFrom', read.date);
  b.field('valid_to', 'validTo', read.date);
  return b;
}

export function buildEvent(row: CsvRow, context: ImportContext): RowResult {
  const b = new RowBuilder(row, 'event');
  readId(b, 'title');
  b.text('title', 'title', true);
  b.text('description', 'description');
  readDetails(b, context);
  readTimes(b);
  readRecurrence(b);
  b.field('status', 'status', read.status);
  return b;
}

// ---------------------------------------------------------------------------------------------------

function readId(b: RowBuilder, nameColumn: string): void {
  const cell = b.cell('id');
  const name = b.row.texts.get(nameColumn)?.get('de')?.value;
  const suggestion = name ? read.slugify(name) : '';
  const example = suggestion ? `, e.g. "${suggestion}" (made from the ${nameColumn})` : ' such as "kita-sonnenblume"';
  if (!cell) {
    b.error('id', `is empty: every row needs a stable id${example}`);
    return;
  }
  if (!ID_PATTERN.test(cell.value)) {
    b.error('id', `"${cell.value}" is not an id: use lower-case letters, digits and hyphens only${example}`);
    return;
  }
  b.set('id', cell.value, 'id');
}

function readDetails(b: RowBuilder, context: ImportContext): void {
  const category = b.cell('category');
  if (category) {
    const id = resolve(category.value, context.categories.map((c) => ({ id: c.id, names: Object.values(c.name) })));
    b.set('category', id ?? category.value, 'category');
    if (!id && context.hasBase) {
      b.note('warning', 'category', `"${category.value}" is not a category of the base feed (${context.categories.map((c) => c.id).join(', ')}); the ${b.kind} is imported but shows under no category`);
    }
  }
  const partner = b.cell('partner');
  if (partner) {
    const known = [...context.partners.values()].map((p) => ({ id: p.id as string, names: Object.values((p.name ?? {}) as Record<string, string>) }));
    const id = resolve(partner.value, known) ?? (context.skippedPartners.has(partner.value) ? partner.value : undefined);
    b.set('partner', id ?? partner.value, 'partner');
    if (id && context.skippedPartners.has(id)) b.note('warning', 'partner', `partner "${id}" was skipped (its row in the partners file has errors): fix that row and import again`);
    else if (!id) b.note('warning', 'partner', `"${partner.value}" is not in the partners file: check the spelling. The ${b.kind} is imported, but widgets cannot show who offers it`);
  }
  if (b.has('quarters')) readQuarters(b, context);
  b.field('age_min', 'ages.min', read.number);
  b.field('age_max', 'ages.max', read.number);
  b.field('audience', 'audience', read.audience);
  b.field('languages', 'languages', read.languages);
  b.field('free', 'cost.free', read.yesNo);
  b.text('cost_note', 'cost.note');
  b.field('registration_required', 'registration.required', read.yesNo);
  b.field('registration_url', 'registration.url');
  b.field('registration_email', 'registration.email');
  b.field('registration_phone', 'registration.phone');
  b.text('registration_note', 'registration.note');
  b.text('location_name', 'location.name');
  readPlace(b, { street: 'location_street', number: 'location_house_number', postalCode: 'location_postal_code', city: 'location_city' }, 'location.address', 'location.geo');
  b.field('url', 'url');
  b.field('updated', 'updated', read.date);
}

function readQuarters(b: RowBuilder, context: ImportContext): void {
  const values = b.value('quarters', read.list) ?? [];
  const ids = values.map((value) => {
    const id = resolve(value, context.quarters.map((q) => ({ id: q.id, names: Object.values(q.name) })));
    if (!id && context.hasBase) b.note('warning', 'quarters', `"${value}" is not a quarter of the base feed (${context.quarters.map((q) => q.id).join(', ')})`);
    return id ?? value;
  });
  if (ids.length) b.set('quarters', ids, 'quarters');
}

/** An address, and its position when it is in Dortmund's address register. */
function readPlace(b: RowBuilder, columns: { street: string; number: string; postalCode: string; city: string }, addressPath: string, geoPath: string): LonLat | undefined {
  const streetCell = b.cell(columns.street);
  const postalCode = b.cell(columns.postalCode)?.value;
  const givenCity = b.cell(columns.city)?.value;
  if (!streetCell) {
    if (postalCode) b.set(`${addressPath}.postalCode`, postalCode, columns.postalCode);
    if (givenCity) b.set(`${addressPath}.city`, givenCity, columns.city);
    return undefined;
  }
  let [street, number] = [streetCell.value, (b.cell(columns.number)?.value ?? '').replace(/(\d)\s+([a-zA-Z])\b/, '$1$2')];
  if (!number) [street, number] = splitStreetAndNumber(street);
  const city = givenCity ?? 'Dortmund';
  b.set(`${addressPath}.street`, number ? `${street} ${number}` : street, columns.street);
  if (postalCode) b.set(`${addressPath}.postalCode`, postalCode, columns.postalCode);
  b.set(`${addressPath}.city`, city, givenCity ? columns.city : columns.street);
  if (read.plainKey(city) !== 'dortmund') {
    b.note('info', columns.city, `only Dortmund addresses can be placed on the map offline; give lon and lat for "${city}"`);
    return undefined;
  }
  const found = geocode(street, number);
  if (!found) {
    const similar = similarStreets(street);
    const hint = knowsStreet(street) ? '' : similar.length ? ` (did you mean ${similar.map((s) => `"${s}"`).join(' or ')}?)` : '';
    b.note('warning', columns.street, `"${street}" is not a street in Dortmund's address register${hint}, so the map cannot show this place: check the spelling, or give lon and lat`);
    return undefined;
  }
  if (found.precision === 'nearest') {
    b.note('warning', b.cell(columns.number) ? columns.number : columns.street, `${number ? `number "${number}" is` : 'no house number is given, so the position is'} not in Dortmund's address register; the nearest registered address ${found.matched} was used. Check the number`);
  } else if (found.precision === 'number') {
    b.note('info', b.cell(columns.number) ? columns.number : columns.street, `"${number}" is not registered; the position of ${found.matched} was used`);
  }
  b.set(geoPath, found.geo, columns.street);
  return found.geo;
}

/** Start and end from date and time cells, written with Berlin's offset on that day. */
function readTimes(b: RowBuilder): void {
  const startDate = b.value('start_date', read.date);
  if (!b.cell('start_date')) b.error('start_date', 'is empty: every event needs a date');
  const startTime = b.value('start_time', read.time);
  const endDate = b.value('end_date', read.date);
  const endTime = b.value('end_time', read.time);
  const allDayCell = b.value('all_day', read.yesNo);
  if (!startDate) return;
  const allDay = allDayCell ?? startTime === undefined;
  if (allDay) {
    if (startTime !== undefined || endTime !== undefined) b.note('warning', startTime !== undefined ? 'start_time' : 'end_time', 'all_day is "ja", so the times are left out');
    b.set('start', startDate, 'start_date');
    b.set('allDay', true, allDayCell === undefined ? 'start_date' : 'all_day');
    if (endDate && endDate !== startDate) b.set('end', endDate, 'end_date');
    return;
  }
  if (startTime === undefined) {
    if (!b.cell('start_time')) b.error('start_time', 'is empty: give the start time, or set all_day to "ja"');
    return;
  }
  b.set('start', berlinDateTime(b, startDate, startTime, 'start_time'), 'start_time');
  if (endTime !== undefined) b.set('end', berlinDateTime(b, endDate ?? startDate, endTime, 'end_time'), endDate ? 'end_date' : 'end_time');
  else if (endDate) b.error('end_time', 'is empty while end_date is given: give the end time too');
}

function berlinDateTime(b: RowBuilder, day: string, time: string, column: string): string {
  const [year, month, date] = day.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const utc = fromBerlin({ year, month, day: date, hour, minute });
  const wall = toBerlin(utc);
  if (wall.hour !== hour || wall.minute !== minute) {
    b.note('warning', column, `${time} does not exist on ${day} (the clocks go forward); ${pad(wall.hour)}:${pad(wall.minute)} is written instead`);
  }
  return formatBerlin(utc, false);
}

function readRecurrence(b: RowBuilder): void {
  const freq = b.value('freq', read.frequency);
  const others = ['interval', 'by_day', 'until', 'count', 'except'].filter((column) => b.cell(column));
  if (!freq) {
    if (others.length && freq === '') b.error(others[0], `only works with a repetition, but freq says none: fill in freq (täglich, wöchentlich, monatlich) or empty ${others.join(', ')}`);
    else if (others.length && !b.cell('freq')) b.error(others[0], 'only works with a repetition: fill in freq (täglich, wöchentlich or monatlich)');
    return;
  }
  b.set('recurrence.freq', freq, 'freq');
  b.field('interval', 'recurrence.interval', read.wholeNumber);
  b.field('by_day', 'recurrence.byDay', read.byDay);
  b.field('until', 'recurrence.until', read.date);
  b.field('count', 'recurrence.count', read.wholeNumber);
  b.field('except', 'recurrence.except', (value) => read.list(value.replace(/\s+/g, ',')).map(read.date));
}

/** Finds an id by id, by id-like spelling or by name in any language ("Märchensiedlung" -> "maerchensiedlung"). */
function resolve(value: string, items: Array<{ id: string; names: string[] }>): string | undefined {
  const exact = items.find((item) => item.id === value);
  if (exact) return exact.id;
  const key = read.slugify(value);
  return items.find((item) => item.id === key || item.names.some((name) => read.slugify(name) === key))?.id;
}

/** `2026-07-20T10:00:00+02:00`: an instant as Berlin wall-clock time with its offset. */
export function formatBerlinDateTime(utcMs: number): string {
  return formatBerlin(utcMs, true);
}

function formatBerlin(utcMs: number, withSeconds: boolean): string {
  const wall = toBerlin(utcMs);
  const offset = berlinOffsetMinutes(utcMs) / 60;
  return `${formatCivilDate(wall)}T${pad(wall.hour)}:${pad(wall.minute)}:${withSeconds ? pad(wall.second) : '00'}+${pad(offset)}:00`;
}
