/**
 * @infamilie/widgets: the element classes, without registering them. Import `@infamilie/widgets/infamilie.js`
 * (all elements) or one element's module (`@infamilie/widgets/offers.js`) to register.
 */
export { InfamilieElement } from './core/element.ts';
export { defineElements } from './core/define.ts';
export { VERSION } from './core/version.ts';
export type { InfamilieLoadDetail, InfamilieErrorDetail, InfamilieSelectDetail, InfamilieLoadEvent, InfamilieErrorEvent, InfamilieSelectEvent, SelectKind } from './core/events.ts';
export { InfamilieOfferCard } from './offer-card/offer-card.ts';
export { InfamilieOffers } from './offers/offers.ts';
export { InfamilieBadge } from './badge/badge.ts';
export { InfamilieMap } from './map/map.ts';
export { InfamilieCalendar } from './calendar/calendar.ts';
