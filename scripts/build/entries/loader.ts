/**
 * loader.js: the smallest thing a partner can paste. It loads only the elements that the page uses,
 * when it uses them: those in the page now, and those that a CMS or script adds later. Each element's
 * module (its `define.ts`) is a chunk beside this file; shared code is in shared chunks; texts of other
 * languages load when an element needs them.
 */
import { elements } from 'infamilie:elements';
import { setScriptDefaultFeed } from '../../../packages/widgets/src/core/config.ts';

setScriptDefaultFeed(new URL('../../feed/feed.json', import.meta.url).href);

const requested = new Set<string>();

function want(tag: string): void {
  const load = elements[tag];
  if (!load || requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  load().catch((error: Error) => {
    // A failed chunk (offline, a deploy in between) may be tried again when the element appears again.
    requested.delete(tag);
    console.warn(`INFamilie widgets: <${tag}> could not be loaded (${error.message}).`);
  });
}

function scan(root: Element | Document): void {
  if (root instanceof Element) want(root.localName);
  // `:not(:defined)` lists only custom elements that nobody defined yet: cheap on large pages.
  for (const element of root.querySelectorAll(':not(:defined)')) want(element.localName);
}

scan(document);
new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
}).observe(document.documentElement, { childList: true, subtree: true });
