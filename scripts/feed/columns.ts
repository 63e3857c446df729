/**
 * The columns of the office's three spreadsheets. Headers are matched case-insensitively, with
 * umlauts, ß, spaces and hyphens folded ("Straße" = "strasse", "E-Mail" = "e_mail"). README.md
 * documents the same list; keep them together.
 */
import type { ColumnDef } from './csv.ts';

const location: ColumnDef[] = [
  { key: 'location_name', aliases: ['ort_name', 'veranstaltungsort', 'ort_bezeichnung'], multilingual: true },
  { key: 'location_street', aliases: ['ort_strasse'] },
  { key: 'location_house_number', aliases: ['ort_hausnummer', 'ort_nr'] },
  { key: 'location_postal_code', aliases: ['ort_plz'] },
  { key: 'location_city', aliases: ['ort_stadt'] },
];

/** Who, for whom, what it costs, how to register: the same for offers and events. */
const details: ColumnDef[] = [
  { key: 'category', aliases: ['kategorie', 'bereich'] },
  { key: 'partner', aliases: ['traeger', 'einrichtung', 'anbieter'] },
  { key: 'quarters', aliases: ['quartiere', 'quartier', 'quarter'] },
  { key: 'age_min', aliases: ['alter_von', 'alter_ab', 'ab_alter', 'alter_min'] },
  { key: 'age_max', aliases: ['alter_bis', 'bis_alter', 'alter_max'] },
  { key: 'audience', aliases: ['zielgruppe'] },
  { key: 'languages', aliases: ['sprachen'] },
  { key: 'free', aliases: ['kostenlos', 'kostenfrei', 'gratis'] },
  { key: 'cost_note', aliases: ['kosten', 'kosten_hinweis', 'preis'], multilingual: true },
  { key: 'registration_required', aliases: ['anmeldung', 'anmeldung_noetig', 'anmeldung_erforderlich'] },
  { key: 'registration_url', aliases: ['anmeldung_url', 'anmeldung_link', 'anmeldung_webseite'] },
  { key: 'registration_email', aliases: ['anmeldung_email', 'anmeldung_e_mail', 'anmeldung_mail'] },
  { key: 'registration_phone', aliases: ['anmeldung_telefon', 'anmeldung_tel'] },
  { key: 'registration_note', aliases: ['anmeldung_hinweis'], multilingual: true },
  ...location,
  { key: 'url', aliases: ['webseite', 'website', 'link', 'internet'] },
  { key: 'updated', aliases: ['geprueft_am', 'geprueft', 'aktualisiert', 'stand'] },
];

export const PARTNER_COLUMNS: ColumnDef[] = [
  { key: 'id', aliases: ['kennung', 'kuerzel'], required: true },
  { key: 'name', aliases: ['einrichtung', 'bezeichnung'], multilingual: true, required: true },
  { key: 'kind', aliases: ['art', 'typ'] },
  { key: 'street', aliases: ['strasse', 'str'] },
  { key: 'house_number', aliases: ['hausnummer', 'hausnr', 'nr'] },
  { key: 'postal_code', aliases: ['plz', 'postleitzahl'] },
  { key: 'city', aliases: ['ort', 'stadt'] },
  { key: 'quarters', aliases: ['quartiere', 'quartier', 'quarter'] },
  { key: 'anchor', aliases: ['ankerstandort', 'anker'] },
  { key: 'steering', aliases: ['steuerungsgruppe', 'steuerung', 'lenkungsgruppe'] },
  { key: 'languages', aliases: ['sprachen'] },
  { key: 'phone', aliases: ['telefon', 'tel'] },
  { key: 'email', aliases: ['e_mail', 'mail'] },
  { key: 'url', aliases: ['webseite', 'website', 'internet', 'homepage'] },
  { key: 'wheelchair', aliases: ['rollstuhlgerecht', 'barrierefrei', 'rollstuhl'] },
  { key: 'accessibility_notes', aliases: ['barrierefreiheit', 'barrierefreiheit_hinweis'], multilingual: true },
  { key: 'member_since', aliases: ['mitglied_seit'] },
  { key: 'lon', aliases: ['laengengrad', 'longitude'] },
  { key: 'lat', aliases: ['breitengrad', 'latitude'] },
];

export const OFFER_COLUMNS: ColumnDef[] = [
  { key: 'id', aliases: ['kennung', 'kuerzel'], required: true },
  { key: 'title', aliases: ['titel'], multilingual: true, required: true },
  { key: 'summary', aliases: ['kurzbeschreibung', 'kurztext', 'zusammenfassung'], multilingual: true },
  { key: 'description', aliases: ['beschreibung'], multilingual: true },
  ...details,
  { key: 'schedule', aliases: ['zeiten', 'wochenzeiten', 'wann'] },
  { key: 'schedule_text', aliases: ['zeiten_text', 'zeiten_hinweis'], multilingual: true },
  { key: 'wheelchair', aliases: ['rollstuhlgerecht', 'barrierefrei', 'rollstuhl'] },
  { key: 'accessibility_notes', aliases: ['barrierefreiheit', 'barrierefreiheit_hinweis'], multilingual: true },
  { key: 'valid_from', aliases: ['gueltig_ab'] },
  { key: 'valid_to', aliases: ['gueltig_bis'] },
];

export const EVENT_COLUMNS: ColumnDef[] = [
  { key: 'id', aliases: ['kennung', 'kuerzel'], required: true },
  { key: 'title', aliases: ['titel'], multilingual: true, required: true },
  { key: 'description', aliases: ['beschreibung'], multilingual: true },
  ...details,
  { key: 'start_date', aliases: ['datum', 'beginn_datum', 'startdatum'], required: true },
  { key: 'start_time', aliases: ['beginn', 'uhrzeit', 'startzeit', 'von', 'beginn_uhrzeit'] },
  { key: 'end_date', aliases: ['ende_datum', 'enddatum'] },
  { key: 'end_time', aliases: ['ende', 'endzeit', 'bis', 'ende_uhrzeit'] },
  { key: 'all_day', aliases: ['ganztaegig', 'ganztags'] },
  { key: 'freq', aliases: ['repeat', 'wiederholung', 'wiederholen', 'recurrence'] },
  { key: 'interval', aliases: ['intervall', 'alle'] },
  { key: 'by_day', aliases: ['wochentage', 'an_tagen', 'tage'] },
  { key: 'until', aliases: ['wiederholung_bis', 'wiederholen_bis', 'bis_zum'] },
  { key: 'count', aliases: ['anzahl', 'wiederholung_anzahl'] },
  { key: 'except', aliases: ['ausser', 'ausser_am', 'ausnahmen', 'nicht_am'] },
  { key: 'status', aliases: ['zustand'] },
];
