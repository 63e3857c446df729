/** The feed published beside the bundle: `<cdn>/feed/feed.json` for `<cdn>/infamilie/<version>/infamilie.js`. */
import { setScriptDefaultFeed } from '../../../packages/widgets/src/core/config.ts';

setScriptDefaultFeed(new URL('../../feed/feed.json', import.meta.url).href);
