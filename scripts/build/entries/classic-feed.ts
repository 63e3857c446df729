/** The feed published beside the classic script, `../../feed/feed.json` from its URL. */
import { setScriptDefaultFeed } from '../../../packages/widgets/src/core/config.ts';
import { classicScriptUrl } from './classic-script-url.ts';

setScriptDefaultFeed(new URL('../../feed/feed.json', classicScriptUrl).href);
