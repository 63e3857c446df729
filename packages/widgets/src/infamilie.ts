/**
 * Every INFamilie element, registered (for npm users). A page names its feed with
 * `<meta name="infamilie-feed">` or the `feed` attribute; the CDN's entries (scripts/build/entries)
 * also set the feed published beside the script as the default.
 */
import './offer-card/define.ts';
import './offers/define.ts';
import './badge/define.ts';
import './map/define.ts';
import './calendar/define.ts';

export * from './index.ts';
