/**
 * The entry of the CDN's infamilie.js, the one script partners paste. It registers every element:
 * the offers, the cards and the badge at once; the calendar and the map, which are larger and fewer
 * pages have, with their first element on the page (their code is a chunk beside this file). The feed
 * reader loads the same way, while the feed does (see packages/feed/src/load.ts).
 *
 * The default feed is set first: the elements read their feed URL when they are defined and upgrade.
 */
import './module-feed.ts';
import '../../../packages/widgets/src/offer-card/define.ts';
import '../../../packages/widgets/src/offers/define.ts';
import '../../../packages/widgets/src/badge/define.ts';
import { elements } from 'infamilie:elements';
import { loadOnDemand } from './on-demand.ts';

loadOnDemand(elements);

export { VERSION } from '../../../packages/widgets/src/core/version.ts';
