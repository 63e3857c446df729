/** A small, valid feed for tests: two quarters, three partners, a few offers and events. */
import type { FeedInput } from '../src/schema.ts';

export function miniFeed(): FeedInput {
  return {
    version: 1,
    generated: '2026-11-01T09:00:00+01:00',
    network: {
      id: 'infamilie',
      name: { de: 'Netzwerk INFamilie', en: 'INFamilie network' },
      url: 'https://infamilie.example/',
      languages: ['de', 'en', 'tr', 'ar'],
      theme: { primary: '#005a9c', onPrimary: '#ffffff' },
    },
    categories: [
      { id: 'language', name: { de: 'Sprachförderung', en: 'Language support', tr: 'Dil desteği' }, icon: 'speech' },
      { id: 'counselling', name: { de: 'Beratung', en: 'Counselling' }, icon: 'counselling' },
      { id: 'leisure', name: 'Freizeit und Kultur' },
    ],
    quarters: [
      {
        id: 'brunnenstrassenviertel',
        name: 'Brunnenstraßen- und Hannibalviertel',
        district: 'Innenstadt-Nord',
        since: 2011,
        geometry: { type: 'Polygon', coordinates: [[[7.46, 51.52], [7.48, 51.52], [7.48, 51.53], [7.46, 51.53], [7.46, 51.52]]] },
      },
      { id: 'maerchensiedlung', name: 'Märchensiedlung', district: 'Eving', since: 2014 },
    ],
    partners: [
      {
        id: 'kita-sonnenblume',
        name: 'Kita Sonnenblume',
        kind: 'daycare',
        anchor: true,
        quarters: ['brunnenstrassenviertel'],
        address: { street: 'Brunnenstraße 12', postalCode: '44145', city: 'Dortmund' },
        geo: [7.4712, 51.5245],
        phone: '+49 231 1234567',
        email: 'kita-sonnenblume@example.org',
      },
      { id: 'grundschule-kleine-kiel', name: 'Grundschule Kleine Kielstraße', kind: 'school', steering: true, quarters: ['brunnenstrassenviertel'] },
      { id: 'familienzentrum-eving', name: 'Familienzentrum Eving', kind: 'family-centre', quarters: ['maerchensiedlung'] },
    ],
    offers: [
      {
        id: 'elterncafe-brunnen',
        title: { de: 'Elterncafé', en: "Parents' café", tr: 'Veli kafesi' },
        summary: { de: 'Kaffee, Austausch und Beratung für Eltern.', en: 'Coffee, talk and advice for parents.' },
        category: 'counselling',
        partner: 'kita-sonnenblume',
        ages: { min: 0, max: 6 },
        audience: 'parents',
        languages: ['de', 'tr', 'ar'],
        cost: { free: true },
        schedule: { weekly: [{ day: 'tu', opens: '09:00', closes: '11:00' }] },
        updated: '2026-09-01',
      },
      {
        id: 'sprachfoerderung-kiel',
        title: 'Sprachförderung am Nachmittag',
        category: 'language',
        partner: 'grundschule-kleine-kiel',
        ages: { min: 6, max: 10 },
        languages: ['de'],
        cost: { free: false, note: '5 € im Monat' },
        registration: { required: true, url: 'https://schule.example/anmeldung' },
      },
      {
        id: 'ferienspiele-eving',
        title: { de: 'Ferienspiele', en: 'Holiday games' },
        category: 'leisure',
        partner: 'familienzentrum-eving',
        ages: { min: 4, max: 10 },
        cost: { free: true },
        validFrom: '2026-07-01',
        validTo: '2026-08-15',
      },
    ],
    events: [
      {
        id: 'stadtteilfest-2026',
        title: 'Stadtteilfest',
        category: 'leisure',
        partner: 'kita-sonnenblume',
        start: '2026-07-18T14:00:00+02:00',
        end: '2026-07-18T18:00:00+02:00',
      },
      {
        id: 'elterncafe-woechentlich',
        title: 'Elterncafé',
        category: 'counselling',
        partner: 'kita-sonnenblume',
        start: '2026-03-03T09:00:00+01:00',
        end: '2026-03-03T11:00:00+01:00',
        recurrence: { freq: 'weekly', byDay: ['tu'], until: '2026-12-22', except: ['2026-04-07'] },
      },
      {
        id: 'laternenumzug',
        title: 'Laternenumzug',
        partner: 'familienzentrum-eving',
        start: '2026-11-11',
        allDay: true,
        status: 'cancelled',
      },
    ],
  };
}
