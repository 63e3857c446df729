/**
 * Feeds for the states the sample feed cannot show: one that never answers, one with nothing in it,
 * one partly invalid, long texts, 500 offers. Each has a URL (`story-feeds/<name>.json`) that the
 * elements load like any other, through the real loader and reader, so that dropped items are reported
 * in `infamilie-load` (see the Actions panel) and the snippet shows a plain `feed` attribute.
 *
 * There is no server behind these URLs, in `pnpm storybook` or in the static build: the documents are
 * put into the loader's page-wide request registry, which packages/feed/README.md documents as
 * `globalThis[Symbol.for('infamilie.feed.requests.v1')]` (shared by every copy of the library, keyed
 * by absolute URL). "Never answers" is a request that never settles, so the loading state stays on
 * screen without a slow server, a Service Worker or a timer.
 */
import type { FeedInput } from '../../packages/feed/src/schema.ts';
import { miniFeed } from '../../packages/feed/test/fixtures.ts';
import { CATEGORY_ICONS } from '../../packages/widgets/src/core/icons.ts';

const REQUESTS = Symbol.for('infamilie.feed.requests.v1');

export const STORY_FEEDS = {
  /** A feed that never answers: the loading state. */
  never: () => new Promise<never>(() => {}),
  /** The test fixture, every offer currently valid. */
  mini: () => current(),
  /** A valid feed without a single offer or event. */
  empty: () => ({ ...current(), offers: [], events: [] }),
  /** Valid items beside invalid ones: the valid ones show, the rest is reported. */
  'partly-invalid': () => partlyInvalid(),
  /** Long titles, words and lists, in German and Arabic. */
  'long-texts': () => longTexts(),
  /** 500 offers, over every category and age. */
  'many-offers': () => manyOffers(500),
  /** 300 events in March 2027, many on the same days. */
  'many-events': () => manyEvents(300),
} satisfies Record<string, () => unknown>;

export type StoryFeed = keyof typeof STORY_FEEDS;

/** The URL of a story feed, for a story's `feed` arg. */
export function storyFeed(name: StoryFeed): string {
  return `story-feeds/${name}.json`;
}

/** Makes the story feed behind `url` (if it is one) answer on this page. */
export function installStoryFeed(url: unknown): void {
  const name = typeof url === 'string' ? url.match(/(?:^|\/)story-feeds\/([a-z-]+)\.json$/)?.[1] : undefined;
  if (!name || !(name in STORY_FEEDS)) return;
  const scope = globalThis as unknown as Record<symbol, Map<string, Promise<unknown>> | undefined>;
  const requests = (scope[REQUESTS] ??= new Map());
  const absolute = new URL(url as string, document.baseURI).href;
  if (requests.has(absolute)) return;
  const build = STORY_FEEDS[name as StoryFeed];
  requests.set(absolute, name === 'never' ? build() : Promise.resolve(JSON.parse(JSON.stringify(build()))));
}

function current(): FeedInput {
  const doc = miniFeed();
  for (const offer of doc.offers ?? []) delete offer.validTo;
  // The fixture's `speech` is not in the icon set; stories should show a real icon.
  for (const category of doc.categories ?? []) if (category.id === 'language') category.icon = 'language';
  return doc;
}

function partlyInvalid(): FeedInput {
  const doc = current();
  const offers = doc.offers as unknown[];
  offers.push(
    { id: 'ohne-titel', summary: 'An offer without a title cannot be shown: left out.', partner: 'kita-sonnenblume' },
    { id: 'Falsche ID!', title: 'An id that is not a slug: left out' },
    { id: 'elterncafe-brunnen', title: 'The same id a second time: left out' },
    {
      id: 'unsicherer-link',
      title: { de: 'Vorlesestunde (ohne unsicheren Link)', en: 'Story time (without the unsafe link)' },
      summary: 'The registration link was javascript:, so only the link is left out; the offer stays.',
      category: 'language',
      partner: 'kita-sonnenblume',
      ages: { min: 3, max: 6 },
      registration: { required: true, url: 'javascript:alert(1)', email: 'not an address' },
    },
  );
  (doc.categories as unknown[]).push({ id: 'farbe-kaputt', name: 'Falsche Farbe', color: 'rgb(nope)', icon: 'not-an-icon' });
  (doc.events as unknown[]).push({ id: 'rueckwaerts', title: 'Ends before it starts', start: '2026-05-02T10:00:00+02:00', end: '2026-05-01T10:00:00+02:00' });
  return doc;
}

const LONG_WORD = 'Kindertageseinrichtungsanmeldungsberatungssprechstundenterminvereinbarung';

function longTexts(): FeedInput {
  const doc = current();
  const partner = doc.partners![0];
  partner.name = 'Städtische Tageseinrichtung für Kinder und Familienzentrum Sonnenblume im Brunnenstraßen- und Hannibalviertel';
  doc.categories![0].name = { de: `Sprachförderung und ${LONG_WORD}`, ar: 'دعم اللغة والتعلّم المبكر للأطفال وأولياء الأمور في الحي' };
  doc.offers = [
    {
      id: 'lange-texte',
      title: {
        de: `${LONG_WORD}: Elterncafé mit Beratung, Frühstück, Spielgruppe und Hausaufgabenhilfe für Geschwisterkinder`,
        ar: 'مقهى الآباء والأمهات مع الاستشارة والفطور ومجموعة اللعب والمساعدة في الواجبات المدرسية للإخوة والأخوات',
      },
      summary: {
        de: 'Ein sehr langer Text, wie ihn die Koordinierungsstelle manchmal aus einer Tabelle übernimmt: '.repeat(4).trim(),
        ar: 'نص طويل جداً كما تنقله مكتب التنسيق أحياناً من جدول بيانات. '.repeat(4).trim(),
      },
      description: `https://infamilie.example/angebote/${'sehr-lange-adresse-'.repeat(6)}ende`,
      category: 'language',
      partner: partner.id,
      ages: { min: 0, max: 10 },
      languages: ['de', 'tr', 'ar', 'uk', 'bg', 'ro', 'pl', 'en', 'ru', 'fa', 'ku', 'sq'],
      cost: { free: false, note: { de: 'Freiwilliger Beitrag für Frühstück und Material, nach Selbsteinschätzung zwischen 0 und 5 Euro im Monat', ar: 'مساهمة طوعية' } },
      schedule: {
        weekly: (['mo', 'tu', 'we', 'th', 'fr'] as const).map((day) => ({ day, opens: '08:30', closes: '12:45' })),
      },
      registration: { required: true, url: 'https://infamilie.example/anmeldung', email: 'anmeldung-elterncafe-brunnenstrassenviertel@example.org', phone: '+49 231 1234567' },
    },
    ...(doc.offers ?? []),
  ];
  doc.events = [
    {
      id: 'langer-termin',
      title: { de: `Informationsabend zur ${LONG_WORD} und zur Schulanmeldung für Familien mit Kindern im letzten Kitajahr`, ar: 'أمسية معلومات حول التسجيل في المدرسة للعائلات التي لديها أطفال في السنة الأخيرة من الروضة' },
      description: { de: 'Mit Dolmetscherinnen und Dolmetschern für Türkisch, Arabisch, Bulgarisch, Rumänisch, Polnisch und Ukrainisch. '.repeat(3).trim() },
      category: 'language',
      partner: partner.id,
      start: '2027-03-10T17:30:00+01:00',
      end: '2027-03-10T20:00:00+01:00',
      location: { name: 'Aula der Städtischen Gemeinschaftsgrundschule an der Kleinen Kielstraße, Eingang über den Schulhof', address: { street: 'Kleine Kielstraße 20', postalCode: '44145', city: 'Dortmund' } },
      languages: ['de', 'tr', 'ar', 'bg', 'ro', 'pl', 'uk'],
    },
    ...(doc.events ?? []),
  ];
  return doc;
}

const TITLE_WORDS = ['Sprachspiel', 'Elterncafé', 'Bewegung', 'Vorlesen', 'Musik', 'Kochen', 'Garten', 'Beratung', 'Basteln', 'Ausflug'];

function manyEvents(count: number): FeedInput {
  const doc = current();
  const partners = doc.partners!.map((p) => p.id);
  const categories = doc.categories!.map((c) => c.id);
  doc.events = Array.from({ length: count }, (_, i) => {
    const day = String(1 + ((i * 7) % 31)).padStart(2, '0');
    const hour = String(8 + (i % 10)).padStart(2, '0');
    const offset = Number(day) >= 28 ? '+02:00' : '+01:00'; // summer time from 28 March 2027
    return {
      id: `termin-${i + 1}`,
      title: `${TITLE_WORDS[i % TITLE_WORDS.length]}-Termin ${i + 1}`,
      category: categories[i % categories.length],
      partner: partners[i % partners.length],
      start: `2027-03-${day}T${hour}:00:00${offset}`,
      end: `2027-03-${day}T${hour}:45:00${offset}`,
    };
  });
  return doc;
}

function manyOffers(count: number): FeedInput {
  const doc = current();
  doc.categories = CATEGORY_ICONS.map((icon, i) => ({ id: icon, name: `Kategorie ${i + 1} (${icon})`, icon }));
  const partners = doc.partners!.map((p) => p.id);
  const languages = ['de', 'tr', 'ar', 'uk', 'bg', 'ro', 'pl', 'en'];
  doc.offers = Array.from({ length: count }, (_, i) => ({
    id: `angebot-${i + 1}`,
    title: `${TITLE_WORDS[i % TITLE_WORDS.length]} ${String(i + 1).padStart(3, '0')}`,
    summary: `Angebot Nummer ${i + 1} von ${count}, erzeugt für die Storybook-Geschichte „viele Angebote“.`,
    category: CATEGORY_ICONS[i % CATEGORY_ICONS.length],
    partner: partners[i % partners.length],
    ages: { min: i % 8, max: (i % 8) + 2 },
    languages: ['de', languages[i % languages.length]],
    cost: { free: i % 3 !== 0 },
  }));
  return doc;
}
