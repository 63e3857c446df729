/**
 * Feeds made of the hostile corpus: every text field and every link field of every kind of item carries
 * payloads, several per field, rotated so that over `rounds` feeds each payload lands in each field.
 *
 * Texts are written in object form (`{de, ar}`) and lists are always present, so that the same document
 * serves as JSON (through the real loader and reader) and, cloned, as an unvalidated `.data` feed that
 * skips the reader: there the hostile links, colours and ids stay in and only the elements stand guard.
 */
import type { Feed, FeedInput } from '@infamilie/feed';
import type { Payload, UrlPayload } from './payloads.ts';

export const COUNTS = { categories: 6, quarters: 6, partners: 18, offers: 30, events: 30 } as const;
/** The other language of every text: right to left, so that bidi payloads meet an RTL layout. */
export const OTHER_LANGUAGE = 'ar';
const SEPARATOR = ' ¦ ';

export interface HostileFeed {
  doc: FeedInput;
  /** Which payloads went where: `offers[3].title.de` -> payloads. */
  placed: Map<string, Payload[]>;
}

export interface HostileFeedOptions {
  round: number;
  rounds: number;
  text: readonly Payload[];
  /** Links: http(s) fields get these. */
  urls: readonly UrlPayload[];
  /** E-mail and phone fields get these and the links. */
  contacts: readonly UrlPayload[];
  /** CSS sinks (colours). */
  css: readonly Payload[];
}

/** Chooses payloads for one field of one item, so that the rounds together cover the pool for every field. */
class Rotation {
  constructor(
    private readonly pool: readonly Payload[],
    private readonly round: number,
    private readonly rounds: number,
  ) {}

  /** Enough payloads that `rounds` feeds of `items` items put the whole pool into this field. */
  take(items: number, item: number, path: string, shift = 0): Payload[] {
    const perField = Math.max(1, Math.ceil(this.pool.length / (this.rounds * items)));
    const start = (this.round * items + item) * perField + fieldOffset(path) + shift;
    return Array.from({ length: perField }, (_, p) => this.pool[(start + p) % this.pool.length]);
  }

  one(items: number, item: number, path: string): Payload {
    return this.pool[(this.round * items + item + fieldOffset(path)) % this.pool.length];
  }
}

/** A fixed offset per field (`offers[].title.de`), so that neighbouring fields of an item differ. */
function fieldOffset(path: string): number {
  let hash = 0;
  for (const char of path.replace(/\[\d+\]/g, '[]')) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % 9973;
}

/** Two squares side by side per row, around Dortmund's centre: room for partners inside. */
function square(index: number) {
  const west = 7.44 + (index % 3) * 0.02;
  const south = 51.5 + Math.floor(index / 3) * 0.02;
  const east = west + 0.018;
  const north = south + 0.018;
  return {
    type: 'Polygon' as const,
    coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]]] as [number, number][][],
  };
}

export function hostileFeed(options: HostileFeedOptions): HostileFeed {
  const placed = new Map<string, Payload[]>();
  const text = new Rotation(options.text, options.round, options.rounds);
  const urls = new Rotation(options.urls, options.round, options.rounds);
  const contacts = new Rotation([...options.contacts, ...options.urls], options.round, options.rounds);
  const css = new Rotation(options.css, options.round, options.rounds);
  const documents = new Rotation(options.urls.filter((p) => p.expect === 'unsafe'), options.round, options.rounds);
  const half = Math.floor(options.text.length / 2);

  /** A multilingual text: German and Arabic, each a few payloads. */
  const localized = (path: string, items: number, item: number) => {
    const de = text.take(items, item, `${path}.de`);
    const other = text.take(items, item, `${path}.de`, half);
    placed.set(`${path}.de`, de);
    placed.set(`${path}.${OTHER_LANGUAGE}`, other);
    return { de: de.map((p) => p.value).join(SEPARATOR), [OTHER_LANGUAGE]: other.map((p) => p.value).join(SEPARATOR) };
  };
  /** A plain string field (districts, address parts). */
  const plain = (path: string, items: number, item: number) => {
    const chosen = text.take(items, item, path);
    placed.set(path, chosen);
    return chosen.map((p) => p.value).join(SEPARATOR);
  };
  const link = (path: string, items: number, item: number, pool = urls) => {
    const chosen = pool.one(items, item, path);
    placed.set(path, [chosen]);
    return chosen.value;
  };
  const colour = (path: string, items: number, item: number) => {
    const chosen = css.one(items, item, path);
    placed.set(path, [chosen]);
    return chosen.value;
  };
  const address = (path: string, items: number, item: number) => ({
    street: plain(`${path}.street`, items, item),
    postalCode: plain(`${path}.postalCode`, items, item),
    city: plain(`${path}.city`, items, item),
  });
  const registration = (path: string, items: number, item: number) => ({
    required: item % 2 === 0,
    url: link(`${path}.url`, items, item),
    email: link(`${path}.email`, items, item, contacts),
    phone: link(`${path}.phone`, items, item, contacts),
    note: localized(`${path}.note`, items, item),
  });

  const { categories: C, quarters: Q, partners: P, offers: O, events: E } = COUNTS;
  const doc = {
    version: 1,
    generated: '2027-02-01T09:00:00+01:00',
    network: {
      id: 'infamilie',
      name: localized('network.name', 1, 0),
      description: localized('network.description', 1, 0),
      notice: localized('network.notice', 1, 0),
      url: link('network.url', 1, 0),
      logo: link('network.logo', 1, 0),
      contact: { email: link('network.contact.email', 1, 0, contacts), phone: link('network.contact.phone', 1, 0, contacts), address: address('network.contact.address', 1, 0) },
      theme: {
        primary: colour('network.theme.primary', 1, 0),
        onPrimary: colour('network.theme.onPrimary', 1, 0),
        accent: colour('network.theme.accent', 1, 0),
        surface: colour('network.theme.surface', 1, 0),
        text: colour('network.theme.text', 1, 0),
      },
      languages: ['de', OTHER_LANGUAGE],
      basemap: { url: link('network.basemap.url', 1, 0, documents), attribution: localized('network.basemap.attribution', 1, 0) },
    },
    categories: Array.from({ length: C }, (_, i) => ({
      id: `c${i}`,
      name: localized(`categories[${i}].name`, C, i),
      description: localized(`categories[${i}].description`, C, i),
      icon: ['language', 'constructor', '__proto__', 'toString', link(`categories[${i}].icon`, C, i), 'hasOwnProperty'][i % 6],
      color: colour(`categories[${i}].color`, C, i),
    })),
    quarters: Array.from({ length: Q }, (_, i) => ({
      id: `q${i}`,
      name: localized(`quarters[${i}].name`, Q, i),
      district: plain(`quarters[${i}].district`, Q, i),
      description: localized(`quarters[${i}].description`, Q, i),
      geometry: square(i),
      // A part of a split feed: the loader would fetch it, so only addresses no reader may keep.
      feed: link(`quarters[${i}].feed`, Q, i, documents),
    })),
    partners: Array.from({ length: P }, (_, i) => {
      const box = square(i % Q).coordinates[0][0];
      return {
        id: `p${i}`,
        name: localized(`partners[${i}].name`, P, i),
        kind: 'daycare',
        anchor: i % 4 === 0,
        quarters: [`q${i % Q}`],
        address: address(`partners[${i}].address`, P, i),
        // Most on the map, spread inside their quarter; every sixth without a position (list only).
        ...(i % 6 === 5 ? {} : { geo: [box[0] + 0.002 + (i % 4) * 0.004, box[1] + 0.002 + Math.floor(i / 6) * 0.005] as [number, number] }),
        url: link(`partners[${i}].url`, P, i),
        email: link(`partners[${i}].email`, P, i, contacts),
        phone: link(`partners[${i}].phone`, P, i, contacts),
        accessibility: { wheelchair: true, notes: localized(`partners[${i}].accessibility.notes`, P, i) },
      };
    }),
    offers: Array.from({ length: O }, (_, i) => ({
      id: `o${i}`,
      title: localized(`offers[${i}].title`, O, i),
      summary: localized(`offers[${i}].summary`, O, i),
      description: localized(`offers[${i}].description`, O, i),
      category: `c${i % C}`,
      partner: `p${i % P}`,
      ages: { min: 0, max: 10 },
      audience: ['families'],
      languages: ['de', OTHER_LANGUAGE],
      cost: { free: i % 2 === 0, note: localized(`offers[${i}].cost.note`, O, i) },
      registration: registration(`offers[${i}].registration`, O, i),
      schedule: { text: localized(`offers[${i}].schedule.text`, O, i), weekly: [{ day: 'tu', opens: '09:00', closes: '11:00' }] },
      location: { name: localized(`offers[${i}].location.name`, O, i), address: address(`offers[${i}].location.address`, O, i) },
      accessibility: { wheelchair: i % 3 === 0, notes: localized(`offers[${i}].accessibility.notes`, O, i) },
      url: link(`offers[${i}].url`, O, i),
    })),
    events: Array.from({ length: E }, (_, i) => {
      const day = String((i % 28) + 1).padStart(2, '0');
      return {
        id: `e${i}`,
        title: localized(`events[${i}].title`, E, i),
        description: localized(`events[${i}].description`, E, i),
        category: `c${i % C}`,
        partner: `p${i % P}`,
        start: `2027-03-${day}T10:00:00+01:00`,
        end: `2027-03-${day}T11:30:00+01:00`,
        location: { name: localized(`events[${i}].location.name`, E, i), address: address(`events[${i}].location.address`, E, i) },
        ages: { min: 0, max: 10 },
        cost: { free: false, note: localized(`events[${i}].cost.note`, E, i) },
        registration: registration(`events[${i}].registration`, E, i),
        status: i % 10 === 9 ? 'postponed' : 'scheduled',
        url: link(`events[${i}].url`, E, i),
      };
    }),
  } as unknown as FeedInput;
  return { doc, placed };
}

/**
 * The document as a feed given to `.data` without the reader: links, colours and icons as hostile
 * as written, and (with `hostileIds`) ids of offers, events and partners that are payloads too.
 */
export function unvalidated(doc: FeedInput, hostileIds: readonly Payload[] = []): Feed {
  const feed = structuredClone(doc) as unknown as Feed;
  if (!hostileIds.length) return feed;
  let n = 0;
  const hostileId = (index: number) => `${index}-${hostileIds[n++ % hostileIds.length].value}`;
  const partnerIds = new Map<string, string>();
  feed.partners.forEach((partner, i) => {
    if (i % 3 !== 1) return;
    const id = hostileId(i);
    partnerIds.set(partner.id, id);
    partner.id = id;
  });
  for (const item of [...feed.offers, ...feed.events]) {
    if (item.partner && partnerIds.has(item.partner)) item.partner = partnerIds.get(item.partner);
  }
  feed.offers.forEach((offer, i) => i % 3 === 2 && (offer.id = hostileId(i)));
  feed.events.forEach((event, i) => i % 3 === 2 && (event.id = hostileId(i)));
  return feed;
}

/** The payloads placed at paths matching `pattern` (e.g. /^offers\[\d+\]\.title\.de$/). */
export function placedAt(feed: HostileFeed, pattern: RegExp): Payload[] {
  return [...feed.placed].filter(([path]) => pattern.test(path)).flatMap(([, payloads]) => payloads);
}
