/**
 * `lint`: the quality standards of FEED.md, on top of `validate`. What a good entry has: a way to
 * reach someone, ages, a quarter, a recent check, a place, a future date, known references, a
 * position on the map, translations into the network's languages.
 */
import {
  dayNumberOf,
  formatCivilDate,
  civilFromDays,
  indexFeed,
  localize,
  nextOccurrence,
  occurrencesOf,
  quartersOf,
  toBerlin,
  type Feed,
  type FeedEvent,
  type LocalizedText,
  type Offer,
} from '@infamilie/feed';
import { validateSource, type Origin, type ValidationResult } from './validate.ts';
import type { PathSegment } from './locate.ts';
import { closest, countBySeverity, describePath, isRecord, valueAt, type Finding, type Severity } from './messages.ts';

export interface LintOptions {
  /** `YYYY-MM-DD`; default: today in Berlin. */
  today?: string;
  timeout?: number;
}

export interface PartnerSummary {
  id: string;
  name: string;
  error: number;
  warning: number;
  info: number;
}

export interface LintResult {
  validation: ValidationResult;
  /** Validation findings first, then quality findings. */
  findings: Finding[];
  partners: PartnerSummary[];
  /** Findings that belong to no partner (network, categories, quarters, items without a known partner). */
  other: Omit<PartnerSummary, 'id' | 'name'>;
  today: string;
}

export function berlinToday(): string {
  const now = toBerlin(Date.now());
  return formatCivilDate(now);
}

export async function lintSource(source: string, options: LintOptions = {}): Promise<LintResult> {
  const validation = await validateSource(source, { timeout: options.timeout });
  return lintValidated(validation, options.today ?? berlinToday());
}

export function lintValidated(validation: ValidationResult, today: string): LintResult {
  const findings = [...validation.findings];
  if (validation.feed) findings.push(...qualityFindings(validation.feed, validation.origins, today));
  attributePartners(validation, findings);
  const feedPartners = validation.feed?.partners ?? [];
  const partners: PartnerSummary[] = feedPartners.map((p) => ({ id: p.id, name: localize(p.name, 'de'), error: 0, warning: 0, info: 0 }));
  const byId = new Map(partners.map((p) => [p.id, p]));
  const other = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) (finding.partner ? byId.get(finding.partner) ?? other : other)[finding.severity]++;
  return { validation, findings, partners, other, today };
}

/** The quality standards, on the feed as widgets read it. */
export function qualityFindings(feed: Feed, origins: Map<object, Origin>, today: string): Finding[] {
  const out: Finding[] = [];
  const index = indexFeed(feed);
  const todayDay = dayNumberOf(today);
  const yearAgo = shiftYears(today, -1);
  const at = (item: object, field: PathSegment[], severity: Severity, code: string, message: string, partner?: string) => {
    const origin = origins.get(item);
    if (!origin) return;
    const path = [origin.collection, origin.index, ...field];
    const position = origin.doc.json.locate(path);
    out.push({ severity, code, file: origin.doc.name, line: position.line, column: position.column, path, where: describePath(origin.doc.json.value, path), message, ...(partner ? { partner } : {}) });
  };
  const unknownRef = (item: object, field: PathSegment[], id: string, kind: 'category' | 'partner' | 'quarter', known: Iterable<string>, partner?: string) => {
    const guess = closest(id, [...known]);
    at(item, field, 'error', `unknown-${kind}`, `"${id}" is not the id of any ${kind} in this feed${guess ? ` (did you mean "${guess}"?)` : ''}; widgets cannot ${kind === 'partner' ? 'show who offers it' : `file it under a ${kind}`}`, partner);
  };

  for (const partner of feed.partners) {
    (partner.quarters ?? []).forEach((quarter, i) => {
      if (!index.quarters.has(quarter)) unknownRef(partner, ['quarters', i], quarter, 'quarter', index.quarters.keys(), partner.id);
    });
    if (!partner.geo) {
      at(partner, partner.address ? ['address'] : [], 'warning', 'no-geo', `has no position ("geo": [longitude, latitude]), so the map cannot show it. "pnpm feed import" finds it from a Dortmund address`, partner.id);
    }
  }

  const references = (item: Offer | FeedEvent) => {
    const partner = item.partner && index.partners.has(item.partner) ? item.partner : undefined;
    if (item.category && !index.categories.has(item.category)) unknownRef(item, ['category'], item.category, 'category', index.categories.keys(), partner);
    if (item.partner && !partner) unknownRef(item, ['partner'], item.partner, 'partner', index.partners.keys());
    (item.quarters ?? []).forEach((quarter, i) => {
      if (!index.quarters.has(quarter)) unknownRef(item, ['quarters', i], quarter, 'quarter', index.quarters.keys(), partner);
    });
    return partner;
  };

  for (const offer of feed.offers) {
    const partnerId = references(offer);
    const partner = partnerId ? index.partners.get(partnerId) : undefined;
    const registration = offer.registration;
    if (!registration?.phone && !registration?.email && !registration?.url && !partner?.phone && !partner?.email && !partner?.url) {
      const whose = partner ? `, or a phone, e-mail or web address for its partner "${partner.id}"` : offer.partner ? '' : ', or name its "partner" (who has a phone, e-mail or web address)';
      at(offer, registration ? ['registration'] : [], 'error', 'no-contact', `gives families no way to reach anyone: add registration > phone, email or url${whose}`, partnerId);
    }
    if (!offer.ages || (offer.ages.min === undefined && offer.ages.max === undefined)) {
      at(offer, offer.ages ? ['ages'] : [], 'warning', 'no-ages', 'has no ages: add "ages": { "min": ..., "max": ... } (years), so that families can find it by their child\'s age', partnerId);
    }
    if (!quartersOf(feed, offer).length) {
      at(offer, [], 'warning', 'no-quarter', `belongs to no quarter (neither its own "quarters" nor its partner's), so no quarter's list shows it: add "quarters"${partner ? ` here or to partner "${partner.id}"` : ''}`, partnerId);
    }
    if (!offer.updated) {
      at(offer, [], 'warning', 'not-checked', `has no "updated" date: write the day the office last checked it (YYYY-MM-DD)`, partnerId);
    } else if (offer.updated < yearAgo) {
      at(offer, ['updated'], 'warning', 'not-checked', `was last checked on ${offer.updated}, more than 12 months ago: check it with the partner and set "updated" to the day you did`, partnerId);
    } else if (offer.updated > today) {
      at(offer, ['updated'], 'warning', 'future-date', `"updated" (${offer.updated}) lies in the future: write the day the office checked it`, partnerId);
    }
    if (offer.validTo && dayNumberOf(offer.validTo) < todayDay) {
      at(offer, ['validTo'], 'warning', 'ended', `ended on ${offer.validTo} (validTo), so widgets no longer show it: remove it or give a new "validTo"`, partnerId);
    }
  }

  for (const event of feed.events) {
    const partnerId = references(event);
    const partner = partnerId ? index.partners.get(partnerId) : undefined;
    const own = event.location;
    const hasPlace = !!(own?.geo || own?.address?.street || partner?.address?.street || partner?.geo);
    if (!hasPlace) {
      at(event, own ? ['location'] : [], 'warning', 'no-location', `says nowhere where it takes place: add "location" with an address${partner ? `, or an address for partner "${partner.id}"` : ', or a "partner" with an address'}`, partnerId);
    }
    if (isPastOnly(event, today)) {
      at(event, event.recurrence ? ['recurrence'] : ['start'], 'warning', 'past', `${event.recurrence ? 'has no dates left' : `took place on ${event.start.slice(0, 10)}`}: nothing will show in calendars. Remove it or give it a new date`, partnerId);
    }
  }

  out.push(...translationFindings(feed, origins));
  return out;
}

/** Whether an event has no occurrence today or later (Berlin calendar days). */
function isPastOnly(event: FeedEvent, today: string): boolean {
  try {
    if (nextOccurrence(event, today)) return false;
    const tomorrow = formatCivilDate(civilFromDays(dayNumberOf(today) + 1));
    return occurrencesOf(event, today, tomorrow).length === 0;
  } catch {
    return false;
  }
}

/** `2026-02-28` + (-1) years; Feb 29 becomes Feb 28. */
function shiftYears(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years;
  let rest = date.slice(4);
  if (rest === '-02-29') rest = '-02-28';
  return `${String(year).padStart(4, '0')}${rest}`;
}

// ---------------------------------------------------------------------------------------------------
// Translations: one note per language, not one line per text.

/** Texts that are worth translating; names of places and organisations are proper names and stay as they are. */
const TRANSLATED_FIELDS: Record<'categories' | 'quarters' | 'partners' | 'offers' | 'events', PathSegment[][]> = {
  categories: [['name'], ['description']],
  quarters: [['description']],
  partners: [['accessibility', 'notes']],
  offers: [['title'], ['summary'], ['description'], ['cost', 'note'], ['registration', 'note'], ['schedule', 'text'], ['accessibility', 'notes']],
  events: [['title'], ['description'], ['cost', 'note'], ['registration', 'note']],
};

function translationFindings(feed: Feed, origins: Map<object, Origin>): Finding[] {
  const languages = (feed.network.languages ?? []).filter((tag) => tag.toLowerCase() !== 'de');
  if (!languages.length) return [];
  const texts: Array<{ item: object; field: PathSegment[]; text: LocalizedText }> = [];
  for (const collection of Object.keys(TRANSLATED_FIELDS) as Array<keyof typeof TRANSLATED_FIELDS>) {
    for (const item of feed[collection]) {
      for (const field of TRANSLATED_FIELDS[collection]) {
        const text = valueAt(item, field);
        if (isRecord(text) && typeof text.de === 'string' && text.de.trim()) texts.push({ item, field, text: text as LocalizedText });
      }
    }
  }
  const out: Finding[] = [];
  const names = new Intl.DisplayNames(['en'], { type: 'language' });
  for (const language of languages) {
    const missing = texts.filter(({ text }) => !Object.entries(text).some(([tag, value]) => tag.toLowerCase() === language.toLowerCase() && value.trim() !== ''));
    if (!missing.length) continue;
    const places = missing.flatMap(({ item, field }) => {
      const origin = origins.get(item);
      return origin ? [{ origin, path: [origin.collection, origin.index, ...field] }] : [];
    });
    if (!places.length) continue;
    const first = places[0];
    const position = first.origin.doc.json.locate(first.path);
    const examples = places.slice(0, 3).map((p) => describePath(p.origin.doc.json.value, p.path));
    let name = language;
    try {
      name = names.of(language) ?? language;
    } catch {
      // An unusual tag: its code is name enough.
    }
    out.push({
      severity: 'info',
      code: 'no-translation',
      file: first.origin.doc.name,
      line: position.line,
      column: position.column,
      path: first.path,
      where: `texts in ${name} ("${language}")`,
      message: `${missing.length} of ${texts.length} texts have no ${name} translation, e.g. ${examples.join('; ')}${missing.length > 3 ? `; and ${missing.length - 3} more` : ''}. Widgets show German instead. Add "${language}": "..." to these texts`,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------

/** Which partner each finding is about: the partner itself, or the partner of the offer or event. */
function attributePartners(validation: ValidationResult, findings: Finding[]): void {
  const known = new Set((validation.feed?.partners ?? []).map((p) => p.id));
  const docs = new Map([validation.index, ...validation.parts].map((doc) => [doc.name, doc]));
  for (const finding of findings) {
    if (finding.partner || finding.code === 'no-translation') continue;
    const [collection, index] = finding.path;
    if (typeof index !== 'number') continue;
    const raw = valueAt(docs.get(finding.file)?.json.value, [collection, index]);
    if (!isRecord(raw)) continue;
    const id = collection === 'partners' ? raw.id : collection === 'offers' || collection === 'events' ? raw.partner : undefined;
    if (typeof id === 'string' && known.has(id)) finding.partner = id;
  }
}

export function lintTotals(result: LintResult): Record<Severity, number> {
  return countBySeverity(result.findings);
}
