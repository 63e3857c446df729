/**
 * The sample partners: fictional institutions at real addresses on their quarter's streets. Names are
 * invented or generic on purpose; nothing here describes a real daycare, school or service. Phone
 * numbers use the unassigned-looking block +49 231 9999xxx, mail and web addresses `.example` domains.
 */
import { ACCESS, type T8 } from './text.ts';

export type PartnerKind = 'daycare' | 'school' | 'family-centre' | 'counselling' | 'youth-welfare' | 'association' | 'housing' | 'health' | 'public-office' | 'other';

export interface PartnerSpec {
  id: string;
  name: string;
  kind: PartnerKind;
  quarter: string;
  anchor?: boolean;
  steering?: boolean;
  /** Street in normal spelling and house number, as in the city's address register. */
  street: string;
  number: string;
  postalCode: string;
  /** Last three digits of the phone number +49 231 9999xxx. */
  phone: string;
  /** Web domain without `.example`; mail goes to info@ that domain. */
  domain: string;
  languages: string[];
  wheelchair: boolean;
  access: T8;
  memberSince: string;
}

export const PARTNERS: PartnerSpec[] = [
  // Brunnenstraßen- und Hannibalviertel (since 2011)
  { id: 'kita-regenbogen', name: 'Kita Regenbogen', kind: 'daycare', quarter: 'brunnenstrassenviertel', anchor: true, steering: true, street: 'Brunnenstraße', number: '20', postalCode: '44145', phone: '101', domain: 'kita-regenbogen', languages: ['de', 'tr', 'ar', 'bg'], wheelchair: true, access: ACCESS.stepFree, memberSince: '2011-11-15' },
  { id: 'grundschule-am-brunnen', name: 'Grundschule am Brunnen', kind: 'school', quarter: 'brunnenstrassenviertel', anchor: true, steering: true, street: 'Kleine Kielstraße', number: '9', postalCode: '44145', phone: '102', domain: 'grundschule-am-brunnen', languages: ['de', 'tr', 'ar', 'ro', 'bg'], wheelchair: true, access: ACCESS.lift, memberSince: '2011-11-15' },
  { id: 'familienzentrum-nordlicht', name: 'Familienzentrum Nordlicht', kind: 'family-centre', quarter: 'brunnenstrassenviertel', anchor: true, steering: true, street: 'Holsteiner Straße', number: '12', postalCode: '44145', phone: '103', domain: 'familienzentrum-nordlicht', languages: ['de', 'tr', 'ar', 'ro', 'bg'], wheelchair: true, access: ACCESS.stepFree, memberSince: '2012-02-01' },
  { id: 'beratungsstelle-kompass', name: 'Beratungsstelle Kompass – Erziehungs- und Familienberatung', kind: 'counselling', quarter: 'brunnenstrassenviertel', street: 'Missundestraße', number: '56', postalCode: '44145', phone: '104', domain: 'beratung-kompass', languages: ['de', 'tr', 'ar', 'pl'], wheelchair: false, access: ACCESS.upstairs, memberSince: '2013-05-06' },
  { id: 'verein-wasserspiel', name: 'Kinder- und Nachbarschaftsverein Wasserspiel e. V.', kind: 'association', quarter: 'brunnenstrassenviertel', street: 'Flensburger Straße', number: '7', postalCode: '44145', phone: '105', domain: 'verein-wasserspiel', languages: ['de', 'tr', 'ar'], wheelchair: false, access: ACCESS.ramp, memberSince: '2015-09-01' },

  // Libellenviertel (since 2014)
  { id: 'grundschule-loewenzahn', name: 'Grundschule Löwenzahn', kind: 'school', quarter: 'libellenviertel', anchor: true, steering: true, street: 'Burgholzstraße', number: '114', postalCode: '44145', phone: '201', domain: 'grundschule-loewenzahn', languages: ['de', 'tr', 'ar', 'bg'], wheelchair: true, access: ACCESS.lift, memberSince: '2014-03-01' },
  { id: 'familienzentrum-pusteblume', name: 'Familienzentrum Pusteblume', kind: 'family-centre', quarter: 'libellenviertel', anchor: true, steering: true, street: 'Eberstraße', number: '13', postalCode: '44145', phone: '202', domain: 'familienzentrum-pusteblume', languages: ['de', 'tr', 'ar', 'bg', 'uk'], wheelchair: true, access: ACCESS.stepFree, memberSince: '2014-03-01' },
  { id: 'kita-sternschnuppe', name: 'Kita Sternschnuppe', kind: 'daycare', quarter: 'libellenviertel', street: 'Haydnstraße', number: '44', postalCode: '44145', phone: '203', domain: 'kita-sternschnuppe', languages: ['de', 'tr', 'ar'], wheelchair: true, access: ACCESS.stepFree, memberSince: '2015-01-12' },
  { id: 'kindergesundheit-nord', name: 'Praxisgemeinschaft Kindergesundheit Nord', kind: 'health', quarter: 'libellenviertel', steering: true, street: 'Münsterstraße', number: '142', postalCode: '44145', phone: '204', domain: 'kindergesundheit-nord', languages: ['de', 'ar', 'tr', 'en'], wheelchair: true, access: ACCESS.lift, memberSince: '2016-06-20' },
  { id: 'jugendhilfe-stadtteilbuero-nord', name: 'Jugendhilfe-Stadtteilbüro Nord', kind: 'youth-welfare', quarter: 'libellenviertel', steering: true, street: 'Scheffelstraße', number: '20', postalCode: '44145', phone: '205', domain: 'jugendhilfe-nord', languages: ['de', 'tr', 'ar', 'ro', 'bg', 'pl', 'uk'], wheelchair: false, access: ACCESS.ramp, memberSince: '2014-03-01' },

  // Märchensiedlung (since 2014)
  { id: 'kita-sieben-zwerge', name: 'Kita Sieben Zwerge', kind: 'daycare', quarter: 'maerchensiedlung', anchor: true, steering: true, street: 'Schneewittchenweg', number: '7', postalCode: '44339', phone: '301', domain: 'kita-sieben-zwerge', languages: ['de', 'tr', 'pl'], wheelchair: true, access: ACCESS.stepFree, memberSince: '2014-09-01' },
  { id: 'grundschule-maerchenwald', name: 'Grundschule Märchenwald', kind: 'school', quarter: 'maerchensiedlung', steering: true, street: 'Dornröschenweg', number: '22', postalCode: '44339', phone: '302', domain: 'grundschule-maerchenwald', languages: ['de', 'tr', 'ar', 'ro'], wheelchair: true, access: ACCESS.lift, memberSince: '2014-09-01' },
  { id: 'familienzentrum-rotkaeppchen', name: 'Familienzentrum Rotkäppchen', kind: 'family-centre', quarter: 'maerchensiedlung', anchor: true, steering: true, street: 'Rotkäppchenweg', number: '12', postalCode: '44339', phone: '303', domain: 'familienzentrum-rotkaeppchen', languages: ['de', 'tr', 'ar', 'ro', 'pl', 'uk'], wheelchair: true, access: ACCESS.stepFree, memberSince: '2014-10-15' },
  { id: 'quartierswohnen-nord', name: 'Quartierswohnen Nord eG', kind: 'housing', quarter: 'maerchensiedlung', steering: true, street: 'Märchenweg', number: '15', postalCode: '44339', phone: '304', domain: 'quartierswohnen-nord', languages: ['de', 'tr', 'pl'], wheelchair: true, access: ACCESS.stepFree, memberSince: '2016-04-01' },

  // Unionviertel (since 2016)
  { id: 'kita-kleine-welt', name: 'Kita Kleine Welt', kind: 'daycare', quarter: 'unionviertel', anchor: true, steering: true, street: 'Adlerstraße', number: '44', postalCode: '44137', phone: '401', domain: 'kita-kleine-welt', languages: ['de', 'tr', 'ar', 'pl', 'ro'], wheelchair: true, access: ACCESS.stepFree, memberSince: '2016-09-01' },
  { id: 'grundschule-lindenblatt', name: 'Grundschule Lindenblatt', kind: 'school', quarter: 'unionviertel', anchor: true, steering: true, street: 'Heinrichstraße', number: '30', postalCode: '44137', phone: '402', domain: 'grundschule-lindenblatt', languages: ['de', 'tr', 'ar', 'pl', 'bg'], wheelchair: false, access: ACCESS.ramp, memberSince: '2016-09-01' },
  { id: 'kulturwerkstatt-union', name: 'Kulturwerkstatt Union e. V.', kind: 'association', quarter: 'unionviertel', steering: true, street: 'Ofenstraße', number: '9', postalCode: '44147', phone: '403', domain: 'kulturwerkstatt-union', languages: ['de', 'en', 'tr', 'uk'], wheelchair: true, access: ACCESS.stepFree, memberSince: '2017-02-01' },
  { id: 'erziehungsberatung-west', name: 'Erziehungs- und Familienberatung West', kind: 'counselling', quarter: 'unionviertel', street: 'Rheinische Straße', number: '98', postalCode: '44137', phone: '404', domain: 'beratung-west', languages: ['de', 'tr', 'ar', 'uk'], wheelchair: true, access: ACCESS.lift, memberSince: '2018-01-15' },

  // Westerfilde / Bodelschwingh (since 2017)
  { id: 'kita-schlossgarten', name: 'Kita Schlossgarten', kind: 'daycare', quarter: 'westerfilde-bodelschwingh', anchor: true, steering: true, street: 'Am Schlosspark', number: '20', postalCode: '44357', phone: '501', domain: 'kita-schlossgarten', languages: ['de', 'tr', 'ro'], wheelchair: true, access: ACCESS.stepFree, memberSince: '2017-05-01' },
  { id: 'familienzentrum-kuekennest', name: 'Familienzentrum Kükennest', kind: 'family-centre', quarter: 'westerfilde-bodelschwingh', anchor: true, steering: true, street: 'Westerfilder Straße', number: '56', postalCode: '44357', phone: '502', domain: 'familienzentrum-kuekennest', languages: ['de', 'tr', 'ar', 'ro', 'bg'], wheelchair: true, access: ACCESS.stepFree, memberSince: '2017-05-01' },
  { id: 'grundschule-sonnenhuegel', name: 'Grundschule Sonnenhügel', kind: 'school', quarter: 'westerfilde-bodelschwingh', steering: true, street: 'Bodelschwingher Straße', number: '150', postalCode: '44357', phone: '503', domain: 'grundschule-sonnenhuegel', languages: ['de', 'tr', 'ar'], wheelchair: true, access: ACCESS.lift, memberSince: '2017-08-28' },
  { id: 'sozialberatung-brueckenschlag', name: 'Schuldner- und Sozialberatung Brückenschlag', kind: 'counselling', quarter: 'westerfilde-bodelschwingh', street: 'Mosselde', number: '60', postalCode: '44357', phone: '504', domain: 'brueckenschlag-beratung', languages: ['de', 'tr', 'ar', 'ro', 'bg', 'pl'], wheelchair: false, access: ACCESS.upstairs, memberSince: '2019-03-01' },

  // Clarenberg und Hörder Neumarkt (since 2018)
  { id: 'kita-phoenixkueken', name: 'Kita Phoenixküken', kind: 'daycare', quarter: 'clarenberg-hoerder-neumarkt', anchor: true, steering: true, street: 'Clarenberg', number: '9', postalCode: '44263', phone: '601', domain: 'kita-phoenixkueken', languages: ['de', 'tr', 'ar', 'bg'], wheelchair: true, access: ACCESS.stepFree, memberSince: '2018-04-09' },
  { id: 'hochofen-grundschule', name: 'Hochofen-Grundschule', kind: 'school', quarter: 'clarenberg-hoerder-neumarkt', anchor: true, steering: true, street: 'Hochofenstraße', number: '24', postalCode: '44263', phone: '602', domain: 'hochofen-grundschule', languages: ['de', 'tr', 'ar'], wheelchair: true, access: ACCESS.lift, memberSince: '2018-04-09' },
  { id: 'nachbarschaftswerkstatt-neumarkt', name: 'Nachbarschaftswerkstatt Neumarkt e. V.', kind: 'association', quarter: 'clarenberg-hoerder-neumarkt', street: 'Hörder Neumarkt', number: '6', postalCode: '44263', phone: '603', domain: 'nachbarschaftswerkstatt-neumarkt', languages: ['de', 'tr', 'pl'], wheelchair: true, access: ACCESS.stepFree, memberSince: '2018-10-01' },
  { id: 'willkommensbuero-familien-sued', name: 'Willkommensbüro für Familien Süd', kind: 'public-office', quarter: 'clarenberg-hoerder-neumarkt', steering: true, street: 'Gildenstraße', number: '21', postalCode: '44263', phone: '604', domain: 'willkommensbuero-sued', languages: ['de', 'tr', 'ar', 'bg', 'ro', 'uk', 'pl'], wheelchair: true, access: ACCESS.lift, memberSince: '2018-04-09' },
  { id: 'hebammenpraxis-seeblick', name: 'Hebammenpraxis Seeblick', kind: 'health', quarter: 'clarenberg-hoerder-neumarkt', street: 'Am Oelpfad', number: '26', postalCode: '44263', phone: '605', domain: 'hebammen-seeblick', languages: ['de', 'en', 'tr', 'ar', 'uk'], wheelchair: false, access: ACCESS.ramp, memberSince: '2020-01-20' },
];
