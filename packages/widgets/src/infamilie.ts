/**
 * Every INFamilie element, registered: the module partners load with one script tag.
 * The bundle looks for the feed published beside it on the CDN unless the page names another.
 */
import { setScriptDefaultFeed } from './core/config.ts';
import './offer-card/define.ts';
import './offers/define.ts';
import './badge/define.ts';
import './map/define.ts';
import './calendar/define.ts';

setScriptDefaultFeed(new URL('../../feed/feed.json', import.meta.url).href);

export * from './index.ts';
