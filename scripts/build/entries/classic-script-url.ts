/**
 * For infamilie.iife.js (a classic script), which has no `import.meta.url`: the URL of the script
 * element that is running now, so that the default feed is still the one published beside the script
 * (`../../feed/feed.json`).
 * `document.currentScript` is only set while the script first runs, which is when this is read.
 */
export const classicScriptUrl: string = (document.currentScript as HTMLScriptElement | null)?.src || document.baseURI;
