/**
 * "Is this element about to be seen?" for elements that wait with their work until a reader scrolls
 * towards them (`loading="lazy"`, as for images and iframes).
 *
 * One IntersectionObserver for the whole page, watching one viewport's height above and below the
 * visible area: an element starts while it is still a screen away, so a reader scrolling at a normal
 * pace finds it drawn. An element that is hidden (`display: none`) waits until it is shown.
 */
const MARGIN = '100% 0px';

const waiting = new Map<Element, Set<() => void>>();
let observer: IntersectionObserver | undefined;

/**
 * Calls `then` once `element` is within a viewport's height of the visible area (at once where the
 * browser has no IntersectionObserver). Returns a function that cancels the wait.
 */
export function whenNear(element: Element, then: () => void): () => void {
  if (typeof IntersectionObserver !== 'function') {
    then();
    return () => undefined;
  }
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const callbacks = waiting.get(entry.target);
        waiting.delete(entry.target);
        observer!.unobserve(entry.target);
        callbacks?.forEach((callback) => callback());
      }
    },
    { rootMargin: MARGIN },
  );
  let callbacks = waiting.get(element);
  if (!callbacks) {
    waiting.set(element, (callbacks = new Set()));
    observer.observe(element);
  }
  const callback = () => then();
  callbacks.add(callback);
  return () => {
    const set = waiting.get(element);
    if (!set?.delete(callback) || set.size) return;
    waiting.delete(element);
    observer?.unobserve(element);
  };
}
