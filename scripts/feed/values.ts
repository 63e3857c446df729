/**
 * Cell values as people type them in a spreadsheet, read into the feed's forms. Each reader returns
 * the value or throws a `CellError` saying how to write it.
 */
import { daysInMonth, type Weekday } from '@infamilie/feed';

export class CellError extends Error {
  override readonly name = 'CellError';
}

const YES = new Set(['ja', 'j', 'yes', 'y', 'x', 'true', 'wahr', '1', '✓', '✔']);
const NO = new Set(['nein', 'n', 'no', 'false', 'falsch', '0', '-']);

export function yesNo(value: string): boolean {
  const v = value.trim().toLowerCase();
  if (YES.has(v)) return true;
  if (NO.has(v)) return false;
  throw new CellError(`write "ja" or "nein", not "${value}"`);
}

/** `2026-07-20`, `20.07.2026`, `20.7.26` -> `2026-07-20`. */
export function date(value: string): string {
  const v = value.trim();
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  let year: number, month: number, day: number;
  if (match) [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(v))) {
    [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (match[3].length === 2) year += 2000;
  } else throw new CellError(`must be a date written 20.07.2026 or 2026-07-20, not "${value}"`);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) throw new CellError(`"${value}" is not a day in the calendar`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `9:00`, `09:00`, `9.30`, `09:00:00`, `9 Uhr` -> `09:00`. */
export function time(value: string): string {
  const match = /^(\d{1,2})(?:[:.](\d{2}))?(?::00)?\s*(?:uhr|h)?$/i.exec(value.trim());
  if (!match) throw new CellError(`must be a time written 09:00, not "${value}"`);
  const hour = Number(match[1]);
  const minute = Number(match[2] ?? 0);
  if (hour > 23 || minute > 59) throw new CellError(`"${value}" is not a time of day (00:00 to 23:59)`);
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** `3`, `3,5`, `3.5` -> 3.5 */
export function number(value: string): number {
  const v = value.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(v)) throw new CellError(`must be a number, not "${value}"`);
  return Number(v);
}

export function wholeNumber(value: string): number {
  const n = number(value);
  if (!Number.isInteger(n) || n < 1) throw new CellError(`must be a whole number of 1 or more, not "${value}"`);
  return n;
}

/** A list in one cell: `de, tr; ar` -> ['de', 'tr', 'ar']. */
export function list(value: string): string[] {
  return value
    .split(/[,;/|\n]+|\s+und\s+|\s+and\s+/i)
    .map((part) => part.trim())
    .filter(Boolean);
}

const LANGUAGE_NAMES: Record<string, string> = {
  deutsch: 'de', englisch: 'en', english: 'en', tuerkisch: 'tr', turkish: 'tr', arabisch: 'ar', arabic: 'ar', bulgarisch: 'bg',
  bulgarian: 'bg', rumaenisch: 'ro', romanian: 'ro', polnisch: 'pl', polish: 'pl', ukrainisch: 'uk', ukrainian: 'uk', russisch: 'ru',
  russian: 'ru', franzoesisch: 'fr', french: 'fr', spanisch: 'es', spanish: 'es', italienisch: 'it', italian: 'it', griechisch: 'el',
  greek: 'el', kurdisch: 'ku', kurdish: 'ku', persisch: 'fa', farsi: 'fa', dari: 'prs', albanisch: 'sq', serbisch: 'sr', kroatisch: 'hr',
  bosnisch: 'bs', tigrinya: 'ti', somali: 'so', paschtu: 'ps', romanes: 'rom', gebaerdensprache: 'gsg', vietnamesisch: 'vi', portugiesisch: 'pt',
};

/** `de, Türkisch, AR` -> ['de', 'tr', 'ar'] */
export function languages(value: string): string[] {
  return list(value).map((entry) => {
    const key = plainKey(entry);
    if (LANGUAGE_NAMES[key]) return LANGUAGE_NAMES[key];
    if (/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(entry)) return entry.includes('-') ? entry : entry.toLowerCase();
    throw new CellError(`"${entry}" is not a language: write tags such as "de, tr, ar" or names such as "Deutsch, Türkisch"`);
  });
}

const KINDS: Record<string, string> = {
  kita: 'daycare', kindertagesstaette: 'daycare', kindergarten: 'daycare', daycare: 'daycare', tageseinrichtung: 'daycare',
  schule: 'school', grundschule: 'school', school: 'school',
  familienzentrum: 'family-centre', family_centre: 'family-centre', familycentre: 'family-centre',
  beratung: 'counselling', beratungsstelle: 'counselling', counselling: 'counselling',
  jugendhilfe: 'youth-welfare', jugendamt: 'youth-welfare', youth_welfare: 'youth-welfare',
  verein: 'association', traeger: 'association', association: 'association',
  wohnen: 'housing', wohnungsbau: 'housing', wohnungsgesellschaft: 'housing', housing: 'housing',
  gesundheit: 'health', arztpraxis: 'health', health: 'health',
  amt: 'public-office', behoerde: 'public-office', stadt: 'public-office', public_office: 'public-office',
  sonstige: 'other', sonstiges: 'other', andere: 'other', other: 'other',
};

export function partnerKind(value: string): string {
  const kind = KINDS[plainKey(value).replace(/-/g, '_')] ?? KINDS[plainKey(value).replace(/[-_]/g, '')];
  if (!kind) throw new CellError(`"${value}" is not a kind this tool knows: write Kita, Schule, Familienzentrum, Beratungsstelle, Jugendhilfe, Verein, Wohnen, Gesundheit, Amt or Sonstige`);
  return kind;
}

const AUDIENCES: Record<string, string> = {
  kinder: 'children', children: 'children', kind: 'children',
  eltern: 'parents', parents: 'parents', muetter: 'parents', vaeter: 'parents',
  familien: 'families', families: 'families', familie: 'families',
  fachkraefte: 'professionals', professionals: 'professionals', fachleute: 'professionals', personal: 'professionals',
};

export function audience(value: string): string[] {
  return list(value).map((entry) => {
    const found = AUDIENCES[plainKey(entry)];
    if (!found) throw new CellError(`"${entry}" is not an audience: write Kinder, Eltern, Familien or Fachkräfte`);
    return found;
  });
}

const DAYS: Array<[Weekday, string[]]> = [
  ['mo', ['mo', 'mon', 'montag', 'monday', 'montags']],
  ['tu', ['di', 'tu', 'tue', 'dienstag', 'tuesday', 'dienstags']],
  ['we', ['mi', 'we', 'wed', 'mittwoch', 'wednesday', 'mittwochs']],
  ['th', ['do', 'th', 'thu', 'donnerstag', 'thursday', 'donnerstags']],
  ['fr', ['fr', 'fri', 'freitag', 'friday', 'freitags']],
  ['sa', ['sa', 'sat', 'samstag', 'saturday', 'samstags', 'sonnabend']],
  ['su', ['so', 'su', 'sun', 'sonntag', 'sunday', 'sonntags']],
];
const DAY_ORDER: Weekday[] = DAYS.map(([code]) => code);

export function weekday(value: string): Weekday {
  const key = plainKey(value).replace(/\.$/, '');
  const found = DAYS.find(([, names]) => names.includes(key));
  if (!found) throw new CellError(`"${value}" is not a weekday: write Mo, Di, Mi, Do, Fr, Sa or So`);
  return found[0];
}

/** `Mo, Mi`, `Mo-Fr`, `Di und Do` -> weekday codes. */
function weekdays(value: string): Weekday[] {
  const days: Weekday[] = [];
  const tidy = value.replace(/\s*(?:-|–|\bbis\b)\s*/gi, '-');
  for (const part of tidy.split(/,|\/|\+|\s+und\s+|\s+and\s+|\s+/i).map((p) => p.trim()).filter(Boolean)) {
    const range = /^(.+?)-(.+)$/.exec(part);
    if (range) {
      const from = DAY_ORDER.indexOf(weekday(range[1]));
      const to = DAY_ORDER.indexOf(weekday(range[2]));
      for (let i = from; ; i = (i + 1) % 7) {
        days.push(DAY_ORDER[i]);
        if (i === to) break;
      }
    } else days.push(weekday(part));
  }
  return days;
}

export interface WeeklyHours {
  day: Weekday;
  opens: string;
  closes: string;
}

/**
 * A weekly schedule in one cell: `Di 09:00-11:00; Do 15:00-17:00`, `Mo-Fr 8-12 Uhr`,
 * `Mo, Mi 14:30 bis 16:00`. Entries are separated by `;` or line breaks.
 */
export function weekly(value: string): WeeklyHours[] {
  const hours: WeeklyHours[] = [];
  for (const entry of value.split(/[;\n]+/).map((e) => e.trim()).filter(Boolean)) {
    const match = /^([^\d]+?)\s*:?\s*(\d{1,2}(?:[:.]\d{2})?)\s*(?:uhr\s*)?(?:-|–|bis)\s*(\d{1,2}(?:[:.]\d{2})?)\s*(?:uhr)?$/i.exec(entry);
    if (!match) throw new CellError(`"${entry}" is not a weekly time: write e.g. "Di 09:00-11:00; Do 15:00-17:00"`);
    const opens = time(match[2]);
    const closes = time(match[3]);
    if (closes <= opens) throw new CellError(`"${entry}" ends before it starts`);
    for (const day of weekdays(match[1])) hours.push({ day, opens, closes });
  }
  return hours;
}

/** `Di, Do` (weekly) or `1. Mo`, `letzter Fr`, `-1fr` (monthly) -> `['tu', 'th']`, `['1mo', '-1fr']`. */
export function byDay(value: string): string[] {
  return list(value).map((entry) => {
    const compact = entry.trim().toLowerCase();
    if (/^-?[1-5]?(mo|tu|we|th|fr|sa|su)$/.test(compact)) return compact;
    const match = /^(?:(-?[1-5])\.?|(letzte[rnms]?|last))?\s*(.+)$/i.exec(entry.trim());
    if (!match) throw new CellError(`"${entry}" is not a weekday`);
    const position = match[2] ? '-1' : (match[1] ?? '');
    return `${position}${weekday(match[3])}`;
  });
}

const FREQUENCIES: Record<string, 'daily' | 'weekly' | 'monthly' | ''> = {
  taeglich: 'daily', daily: 'daily', jeden_tag: 'daily',
  woechentlich: 'weekly', weekly: 'weekly', jede_woche: 'weekly',
  monatlich: 'monthly', monthly: 'monthly', jeden_monat: 'monthly',
  nein: '', keine: '', einmalig: '', no: '', none: '', once: '',
};

export function frequency(value: string): 'daily' | 'weekly' | 'monthly' | '' {
  const found = FREQUENCIES[plainKey(value).replace(/\s+/g, '_')];
  if (found === undefined) throw new CellError(`"${value}" is not a repetition: write täglich, wöchentlich or monatlich (or leave it empty)`);
  return found;
}

const STATUSES: Record<string, string> = {
  findet_statt: 'scheduled', geplant: 'scheduled', scheduled: 'scheduled', ja: 'scheduled',
  abgesagt: 'cancelled', faellt_aus: 'cancelled', entfaellt: 'cancelled', cancelled: 'cancelled', canceled: 'cancelled',
  verschoben: 'postponed', postponed: 'postponed',
};

export function status(value: string): string {
  const found = STATUSES[plainKey(value).replace(/\s+/g, '_')];
  if (!found) throw new CellError(`"${value}" is not a status: write "findet statt", "abgesagt" or "verschoben"`);
  return found;
}

/** Lower case, umlauts as ae/oe/ue, ß as ss, accents dropped: for matching words people type. */
export function plainKey(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
}

/** "Kita Sonnenblume" -> "kita-sonnenblume": a suggestion for an id. */
export function slugify(value: string): string {
  return plainKey(value)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}
