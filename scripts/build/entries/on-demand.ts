import { whenNear } from '../../../packages/widgets/src/core/near.ts';

/**
 * Loads an element's code when the page first has that element: now, or when a CMS or a script adds
 * it later (one marked `loading="lazy"`: when a reader comes near it). Used by loader.js for every
 * element, and by infamilie.js for the large ones.
 */
export function loadOnDemand(elements: Record<string, () => Promise<unknown>>): void {
  const requested = new Set<string>();
  let waitingForNetwork = false;

  const want = (tag: string) => {
    const load = elements[tag];
    if (!load || requested.has(tag) || customElements.get(tag)) return;
    requested.add(tag);
    load().catch((error: Error) => {
      // A failed chunk (offline, a deploy in between) is tried again when the page is back online, or
      // when the element appears again (the import helper of the build asks under a fresh URL).
      requested.delete(tag);
      console.warn(`INFamilie widgets: <${tag}> could not be loaded (${error.message}).`);
      if (waitingForNetwork) return;
      waitingForNetwork = true;
      addEventListener(
        'online',
        () => {
          waitingForNetwork = false;
          scan(document);
        },
        { once: true },
      );
    });
  };

  // An element marked `loading="lazy"` has its code loaded when a reader comes near it.
  const lazy = new WeakSet<Element>();
  const wantFor = (element: Element) => {
    if (element.getAttribute('loading') !== 'lazy') return want(element.localName);
    if (lazy.has(element) || !elements[element.localName]) return;
    lazy.add(element);
    whenNear(element, () => {
      lazy.delete(element);
      want(element.localName);
    });
  };

  const scan = (root: Element | Document) => {
    if (root instanceof Element) wantFor(root);
    // `:not(:defined)` lists only custom elements that nobody defined yet: cheap on large pages.
    for (const element of root.querySelectorAll(':not(:defined)')) wantFor(element);
  };

  scan(document);
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  }).observe(document.documentElement, { childList: true, subtree: true });
}
