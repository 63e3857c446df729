/**
 * A city-scale feed for benchmarks: 40 quarters, 1,500 partners, 5,000 offers, 2,000 events (500 of
 * them recurring), plausible German text with some translations. Deterministic for a seed.
 *
 *   import { generateCityFeed, splitCityFeed } from './city-feed.ts';
 *   const feed = generateCityFeed();          // one document
 *   const files = splitCityFeed(feed);        // { 'index.json': ..., 'quarters/hafen.json': ..., ... }
 */
import type { FeedInput } from '@infamilie/feed/schema';

type Offer = NonNullable<FeedInput['offers']>[number];
type Event = NonNullable<FeedInput['events']>[number];
type Partner = NonNullable<FeedInput['partners']>[number];
type Quarter = NonNullable<FeedInput['quarters']>[number];
type Text = string | ({ de: string } & Record<string, string>);

export const CITY_SCALE = { quarters: 40, partners: 1500, offers: 5000, events: 2000, recurringEvents: 500 } as const;

/** Quarters of Dortmund and their districts (Stadtbezirke). */
const QUARTERS: ReadonlyArray<[string, string]> = [
  ['Nordmarkt', 'Innenstadt-Nord'], ['Hafen', 'Innenstadt-Nord'], ['Borsigplatz', 'Innenstadt-Nord'],
  ['Brunnenstraßenviertel', 'Innenstadt-Nord'], ['Kaiserstraßenviertel', 'Innenstadt-Ost'], ['Körne', 'Innenstadt-Ost'],
  ['Westpark', 'Innenstadt-West'], ['Dorstfelder Brücke', 'Innenstadt-West'], ['Märchensiedlung', 'Eving'],
  ['Eving-Süd', 'Eving'], ['Lindenhorst', 'Eving'], ['Kemminghausen', 'Eving'], ['Scharnhorst-Ost', 'Scharnhorst'],
  ['Derne', 'Scharnhorst'], ['Kurl', 'Scharnhorst'], ['Lanstrop', 'Scharnhorst'], ['Brackel', 'Brackel'],
  ['Wickede', 'Brackel'], ['Asseln', 'Brackel'], ['Aplerbeck', 'Aplerbeck'], ['Berghofen', 'Aplerbeck'],
  ['Schüren', 'Aplerbeck'], ['Sölde', 'Aplerbeck'], ['Clarenberg', 'Hörde'], ['Hörde-Zentrum', 'Hörde'],
  ['Wellinghofen', 'Hörde'], ['Hombruch', 'Hombruch'], ['Barop', 'Hombruch'], ['Kirchhörde', 'Hombruch'],
  ['Lütgendortmund', 'Lütgendortmund'], ['Bövinghausen', 'Lütgendortmund'], ['Marten', 'Lütgendortmund'],
  ['Oespel', 'Lütgendortmund'], ['Huckarde', 'Huckarde'], ['Deusen', 'Huckarde'], ['Kirchlinde', 'Huckarde'],
  ['Mengede', 'Mengede'], ['Westerfilde', 'Mengede'], ['Nette', 'Mengede'], ['Bodelschwingh', 'Mengede'],
];

const CATEGORIES: FeedInput['categories'] = [
  { id: 'language', name: { de: 'Sprachförderung', en: 'Language support', tr: 'Dil desteği', ar: 'دعم اللغة' }, icon: 'speech' },
  { id: 'childcare', name: { de: 'Kinderstube und Betreuung', en: 'Childcare', tr: 'Çocuk bakımı' }, icon: 'childcare' },
  { id: 'parents', name: { de: 'Elternbildung und Elterncafé', en: 'Parent education', tr: 'Veli eğitimi' }, icon: 'parents' },
  { id: 'qualification', name: { de: 'Qualifizierung von Fachkräften', en: 'Staff qualification' }, icon: 'qualification' },
  { id: 'leisure', name: { de: 'Freizeit und Kultur', en: 'Leisure and culture', tr: 'Boş zaman ve kültür' }, icon: 'leisure' },
  { id: 'counselling', name: { de: 'Beratung', en: 'Counselling', tr: 'Danışmanlık', ar: 'استشارة' }, icon: 'counselling' },
  { id: 'meals', name: { de: 'Essen und Lernen', en: 'Meals and learning' }, icon: 'meals' },
  { id: 'playgrounds', name: { de: 'Spielplätze', en: 'Playgrounds' }, icon: 'playground' },
  { id: 'health', name: { de: 'Gesundheit', en: 'Health', tr: 'Sağlık' }, icon: 'health' },
  { id: 'early-help', name: { de: 'Frühe Hilfen', en: 'Early help', tr: 'Erken yardım' }, icon: 'early-help' },
];

/** Offer titles per category: German, sometimes with translations. */
const OFFER_TITLES: Record<string, Text[]> = {
  language: [
    { de: 'Sprachkurs für Mütter', en: 'Language course for mothers', tr: 'Anneler için dil kursu', ar: 'دورة لغة للأمهات' },
    { de: 'Deutsch im Alltag', en: 'German for everyday life', uk: 'Німецька в повсякденному житті' },
    'Vorlesestunde', 'Rucksack-Programm', { de: 'Sprachspiele für Kleinkinder', en: 'Language games for toddlers' }, 'Sprachförderung am Nachmittag',
  ],
  childcare: ['Spielgruppe', { de: 'Eltern-Kind-Gruppe', en: 'Parent and child group', tr: 'Anne-çocuk grubu' }, 'Randzeitenbetreuung', 'Kinderstube', 'Krabbelgruppe'],
  parents: [{ de: 'Elterncafé', en: "Parents' café", tr: 'Veli kafesi', ar: 'مقهى الآباء' }, 'Elternkurs „Starke Eltern – Starke Kinder“', 'Väterfrühstück', { de: 'Elternabend Medien', en: 'Parents evening: media' }],
  qualification: ['Fortbildung Sprachbildung im Kita-Alltag', 'Fachtag Kinderschutz', 'Qualifizierung Elternbegleitung'],
  leisure: [{ de: 'Ferienspiele', en: 'Holiday games', tr: 'Tatil oyunları' }, 'Kindertheater', 'Gemeinschaftsgarten', 'Bewegungsnachmittag', 'Musikgarten'],
  counselling: [{ de: 'Offene Sprechstunde', en: 'Open consultation', tr: 'Açık danışma saati', ar: 'ساعة استشارة مفتوحة' }, 'Erziehungsberatung', 'Sozialberatung', 'Schuldnerberatung für Familien'],
  meals: ['Mittagstisch für Kinder', { de: 'Kochen und Lernen', en: 'Cooking and learning' }, 'Familienfrühstück'],
  playgrounds: ['Spielplatzpaten', 'Spielmobil', 'Abenteuerspielplatz'],
  health: ['Zahngesundheit im Kindergarten', { de: 'Hebammensprechstunde', en: 'Midwife consultation', tr: 'Ebe danışma saati' }, 'Bewegte Kita'],
  'early-help': ['Familienhebamme', { de: 'Willkommensbesuch für Neugeborene', en: 'Welcome visit for newborns', ar: 'زيارة ترحيب بالمواليد' }, 'Babytreff'],
};

const EVENT_TITLES: Text[] = [
  'Stadtteilfest', 'Laternenumzug', { de: 'Flohmarkt rund ums Kind', en: "Children's flea market", tr: 'Çocuk bit pazarı' }, 'Elternabend',
  { de: 'Infoabend Einschulung', en: 'School start information evening', tr: 'Okula başlama bilgi akşamı', ar: 'أمسية معلومات عن بدء المدرسة' },
  'Ausflug in den Zoo', 'Erste-Hilfe-Kurs am Kind', 'Sommerfest', 'Vorlesefest', 'Kinderkino', 'Tag der offenen Tür', 'Nikolausfeier',
];
const RECURRING_TITLES: Text[] = [
  { de: 'Elterncafé', en: "Parents' café", tr: 'Veli kafesi' }, 'Krabbelgruppe', 'Spielenachmittag', { de: 'Familienfrühstück', en: 'Family breakfast' },
  'Hausaufgabenhilfe', { de: 'Offene Sprechstunde', en: 'Open consultation', ar: 'ساعة استشارة مفتوحة' }, 'Babytreff', 'Mütterkurs',
];

const PARTNER_NAMES: Record<string, string[]> = {
  daycare: ['Kita Sonnenblume', 'Kita Regenbogen', 'Kita Pusteblume', 'Kita Löwenzahn', 'Kita Sternschnuppe', 'Kita Wirbelwind', 'Städtische Kita'],
  school: ['Grundschule', 'Grundschule am Park', 'Gemeinschaftsgrundschule', 'Offener Ganztag der Grundschule'],
  'family-centre': ['Familienzentrum', 'Familienzentrum Arche', 'Familienzentrum Kunterbunt'],
  counselling: ['Beratungsstelle', 'Erziehungsberatungsstelle', 'Migrationsberatung'],
  'youth-welfare': ['Jugendamt, Sozialraumteam', 'Kinder- und Jugendtreff'],
  association: ['Förderverein', 'Kulturverein', 'Nachbarschaftsverein', 'Sportverein'],
  housing: ['Wohnungsgesellschaft, Quartiersbüro'],
  health: ['Kinderarztpraxis', 'Hebammenpraxis', 'Gesundheitsamt, Kinder- und Jugendgesundheitsdienst'],
  'public-office': ['Stadtteilbibliothek', 'Bürgerdienste'],
  other: ['Quartiersmanagement', 'Stadtteilladen'],
};
const STREETS = ['Brunnenstraße', 'Mallinckrodtstraße', 'Münsterstraße', 'Schützenstraße', 'Oesterholzstraße', 'Bornstraße', 'Kielstraße', 'Hoher Wall', 'Evinger Straße', 'Hörder Bahnhofstraße', 'Westfalendamm', 'Lange Straße', 'Gneisenaustraße', 'Holsteiner Straße', 'Kirchstraße', 'Am Marktplatz'];
const LANGUAGES = ['de', 'tr', 'ar', 'bg', 'ro', 'pl', 'uk', 'en', 'ru', 'fa', 'ku'];
const AUDIENCES = ['children', 'parents', 'families', 'professionals'] as const;
const DAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;
const KINDS = Object.keys(PARTNER_NAMES);

/** mulberry32: small, fast, good enough for test data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .normalize('NFKD').replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
    .slice(0, 50);
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** Berlin offset of a civil date (good enough for generating: summer time from April to October). */
function offsetFor(date: Date): string {
  const y = date.getUTCFullYear();
  const lastSunday = (m: number) => {
    const last = new Date(Date.UTC(y, m, 0));
    return Date.UTC(y, m - 1, last.getUTCDate() - last.getUTCDay());
  };
  const t = date.getTime();
  return t >= lastSunday(3) && t < lastSunday(10) ? '+02:00' : '+01:00';
}

function dateTime(day: Date, hour: number, minute: number): string {
  return `${isoDate(day)}T${pad2(hour)}:${pad2(minute)}:00${offsetFor(day)}`;
}

/** A feed at city scale, valid against the schema. */
export function generateCityFeed(seed = 20261101): FeedInput {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const chance = (p: number) => rnd() < p;
  const between = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const copy = [...list];
    const out: T[] = [];
    for (let n = between(min, max); n > 0 && copy.length; n--) out.push(copy.splice(Math.floor(rnd() * copy.length), 1)[0]);
    return out;
  };

  const quarters: Quarter[] = QUARTERS.map(([name, district], i) => {
    const lon = 7.35 + (i % 8) * 0.035 + rnd() * 0.005;
    const lat = 51.45 + Math.floor(i / 8) * 0.03 + rnd() * 0.005;
    const ring: Array<[number, number]> = [];
    for (let k = 0; k < 6; k++) {
      const angle = (k / 6) * Math.PI * 2;
      ring.push([round(lon + Math.cos(angle) * 0.012 * (0.8 + rnd() * 0.4)), round(lat + Math.sin(angle) * 0.008 * (0.8 + rnd() * 0.4))]);
    }
    ring.push(ring[0]);
    return {
      id: slug(name),
      name: chance(0.3) ? { de: name, tr: name, ar: name } : name,
      district,
      since: between(2008, 2024),
      description: `${name} im Stadtbezirk ${district}: Kitas, Schulen und Familienzentren arbeiten hier im Netzwerk zusammen.`,
      geometry: { type: 'Polygon', coordinates: [ring] },
    };
  });
  const centre = (q: Quarter) => (q.geometry!.coordinates as number[][][])[0][0];

  const partners: Partner[] = [];
  for (let i = 0; i < CITY_SCALE.partners; i++) {
    const kind = pick(KINDS) as Partner['kind'] & string;
    const quarter = quarters[i % quarters.length];
    const quarterName = QUARTERS[i % quarters.length][0];
    const name = `${pick(PARTNER_NAMES[kind])} ${quarterName}`;
    const id = `${slug(name).slice(0, 50)}-${i}`;
    const [lon, lat] = centre(quarter);
    const partner: Partner = {
      id,
      name,
      kind,
      anchor: chance(0.08),
      steering: chance(0.03),
      quarters: chance(0.1) ? [quarter.id, quarters[(i + 1) % quarters.length].id] : [quarter.id],
      address: { street: `${pick(STREETS)} ${between(1, 180)}`, postalCode: `441${pad2(between(0, 99))}`, city: 'Dortmund' },
      geo: [round(lon - 0.01 + rnd() * 0.015), round(lat + rnd() * 0.008)],
      languages: ['de', ...some(LANGUAGES.slice(1), 0, 3)],
      memberSince: `${between(2010, 2026)}-${pad2(between(1, 12))}-01`,
    };
    if (chance(0.7)) partner.email = `kontakt@${id.slice(0, 30)}.example.org`;
    if (chance(0.7)) partner.phone = `+49 231 ${between(100000, 9999999)}`;
    if (chance(0.5)) partner.url = `https://${id.slice(0, 30)}.example.org/`;
    if (chance(0.4)) partner.accessibility = { wheelchair: chance(0.6), ...(chance(0.3) ? { notes: 'Eingang über den Hof, Aufzug vorhanden.' } : {}) };
    partners.push(partner);
  }

  const categoryIds = CATEGORIES!.map((c) => c.id);
  const offers: Offer[] = [];
  for (let i = 0; i < CITY_SCALE.offers; i++) {
    const partner = partners[Math.floor(rnd() * partners.length)];
    const category = pick(categoryIds);
    const title = pick(OFFER_TITLES[category]);
    const quarterName = QUARTERS[quarters.findIndex((q) => q.id === partner.quarters![0])][0];
    const min = between(0, 8);
    const weekly = some(DAYS.slice(0, 5), 1, 2).map((day) => {
      const opens = between(8, 16);
      return { day, opens: `${pad2(opens)}:${chance(0.5) ? '00' : '30'}`, closes: `${pad2(opens + between(1, 3))}:00` };
    });
    const offer: Offer = {
      id: `${slug(typeof title === 'string' ? title : title.de).slice(0, 40)}-${i}`,
      title,
      summary: chance(0.3)
        ? { de: `Ein Angebot für Familien im Quartier ${quarterName}.`, en: `For families in ${quarterName}.`, tr: `${quarterName} mahallesindeki aileler için.` }
        : `Ein Angebot von ${partner.name} für Familien im Quartier ${quarterName}. Kommen Sie vorbei, wir freuen uns auf Sie!`,
      category,
      partner: partner.id,
      ages: { min, max: min + between(1, 6) },
      audience: chance(0.5) ? pick(AUDIENCES) : some(AUDIENCES, 1, 2),
      languages: ['de', ...some(LANGUAGES.slice(1), 0, 3)],
      cost: chance(0.7) ? { free: true } : { free: false, note: `${between(1, 20)} € pro Termin` },
      schedule: { weekly, ...(chance(0.2) ? { text: { de: 'In den Schulferien geschlossen.', en: 'Closed during school holidays.' } } : {}) },
      updated: `2026-${pad2(between(1, 10))}-${pad2(between(1, 28))}`,
    };
    if (chance(0.4)) offer.description = 'Wir treffen uns in gemütlicher Runde, tauschen uns aus und lernen voneinander. Kinder sind herzlich willkommen, eine Betreuung ist vor Ort. Bitte bringen Sie gute Laune mit.';
    if (chance(0.4)) offer.registration = { required: true, ...(chance(0.5) ? { phone: partner.phone ?? '+49 231 500000' } : { email: `anmeldung-${i}@example.org` }) };
    if (chance(0.1)) offer.quarters = [partner.quarters![0]];
    if (chance(0.05)) Object.assign(offer, { validFrom: '2026-07-01', validTo: '2026-08-15' });
    offers.push(offer);
  }

  const events: Event[] = [];
  const firstDay = Date.UTC(2026, 8, 1);
  for (let i = 0; i < CITY_SCALE.events; i++) {
    const partner = partners[Math.floor(rnd() * partners.length)];
    const recurring = i < CITY_SCALE.recurringEvents;
    const title = pick(recurring ? RECURRING_TITLES : EVENT_TITLES);
    const base: Pick<Event, 'id' | 'title' | 'category' | 'partner'> = {
      id: `${slug(typeof title === 'string' ? title : title.de).slice(0, 40)}-e${i}`,
      title,
      category: pick(categoryIds),
      partner: partner.id,
    };
    const day = new Date(recurring ? Date.UTC(2026, between(0, 10), between(1, 28)) : firstDay + between(0, 364) * 86_400_000);
    const hour = between(8, 18);
    const minute = chance(0.5) ? 0 : 30;
    let event: Event;
    if (!recurring && chance(0.12)) {
      const end = new Date(day.getTime() + between(0, 2) * 86_400_000);
      event = { ...base, start: isoDate(day), ...(end > day ? { end: isoDate(end) } : {}), allDay: true };
    } else {
      event = { ...base, start: dateTime(day, hour, minute), end: dateTime(day, Math.min(hour + between(1, 3), 23), minute) };
    }
    if (recurring) {
      const weekday = DAYS[(day.getUTCDay() + 6) % 7];
      const kind = rnd();
      const recurrence: NonNullable<Event['recurrence']> =
        kind < 0.6
          ? { freq: 'weekly', ...(chance(0.2) ? { interval: 2 } : {}), ...(chance(0.3) ? { byDay: [weekday, pick(DAYS.slice(0, 5))].filter((d, k, all) => all.indexOf(d) === k) } : {}) }
          : kind < 0.85
            ? { freq: 'monthly', ...(chance(0.7) ? { byDay: [`${pick(['1', '2', '3', '-1'])}${weekday}`] } : {}) }
            : { freq: 'daily', byDay: ['mo', 'tu', 'we', 'th', 'fr'] };
      const ending = rnd();
      if (ending < 0.5) recurrence.until = `2027-${pad2(between(1, 12))}-${pad2(between(1, 28))}`;
      else if (ending < 0.8) recurrence.count = between(5, 60);
      if (chance(0.3)) recurrence.except = ['2026-12-24', '2026-12-31', `2027-0${between(1, 9)}-${pad2(between(1, 28))}`];
      event.recurrence = recurrence;
    }
    if (chance(0.05)) event.status = chance(0.7) ? 'cancelled' : 'postponed';
    if (chance(0.6)) event.location = { name: partner.name, address: partner.address, geo: partner.geo };
    if (chance(0.5)) event.ages = { min: 0, max: between(3, 10) };
    if (chance(0.3)) event.description = { de: 'Alle Familien aus dem Quartier sind eingeladen. Der Eintritt ist frei.', en: 'All families of the quarter are welcome. Admission is free.' };
    if (chance(0.3)) event.languages = ['de', pick(LANGUAGES.slice(1))];
    if (chance(0.1)) event.quarters = partner.quarters!.slice(0, 1).concat(chance(0.3) ? [pick(quarters).id] : []);
    events.push(event);
  }

  return {
    version: 1,
    generated: '2026-11-01T09:00:00+01:00',
    network: {
      id: 'infamilie',
      name: { de: 'Netzwerk INFamilie', en: 'INFamilie network', tr: 'INFamilie ağı' },
      url: 'https://infamilie.example/',
      languages: ['de', 'en', 'tr', 'ar', 'bg', 'ro', 'pl', 'uk'],
      theme: { primary: '#005a9c', onPrimary: '#ffffff', accent: '#e30613' },
      contact: { email: 'info@infamilie.example', phone: '+49 231 5000000' },
    },
    categories: CATEGORIES,
    quarters,
    partners,
    offers,
    events,
  };
}

/**
 * The split form of a feed (FEED.md, Scale): `index.json` with network, categories, quarters (each
 * with `feed: "quarters/<id>.json"`) and partners; one part per quarter with the offers and events
 * that belong to that quarter alone. Items of several quarters, or of none, stay in the index, so
 * that a widget showing one quarter finds them without duplicates across parts.
 * @returns relative path -> JSON value
 */
export function splitCityFeed(feed: FeedInput): Record<string, unknown> {
  const partnerQuarters = new Map((feed.partners ?? []).map((p) => [p.id, p.quarters ?? []]));
  const quartersOf = (item: { quarters?: string[]; partner?: string }) => (item.quarters?.length ? item.quarters : (item.partner && partnerQuarters.get(item.partner)) || []);
  const parts = new Map<string, { offers: Offer[]; events: Event[] }>((feed.quarters ?? []).map((q) => [q.id, { offers: [], events: [] }]));
  const shared = { offers: [] as Offer[], events: [] as Event[] };
  const place = <K extends 'offers' | 'events'>(key: K, item: K extends 'offers' ? Offer : Event) => {
    const quarters = quartersOf(item);
    const part = quarters.length === 1 ? parts.get(quarters[0]) : undefined;
    ((part ?? shared)[key] as unknown[]).push(item);
  };
  for (const offer of feed.offers ?? []) place('offers', offer);
  for (const event of feed.events ?? []) place('events', event);
  const files: Record<string, unknown> = {
    'index.json': {
      version: feed.version,
      generated: feed.generated,
      network: feed.network,
      categories: feed.categories,
      quarters: (feed.quarters ?? []).map((q) => ({ ...q, feed: `quarters/${q.id}.json` })),
      partners: feed.partners,
      offers: shared.offers,
      events: shared.events,
    },
  };
  for (const [id, part] of parts) files[`quarters/${id}.json`] = { version: feed.version, generated: feed.generated, ...part };
  return files;
}

function round(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}
