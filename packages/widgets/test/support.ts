/** Helpers for the element tests: feeds served by the test server, waiting for elements, reading their text. */
import { parseFeed, type Feed, type FeedInput } from '@infamilie/feed';
import { waitUntil } from '@open-wc/testing';

let served = 0;

/** Serves a feed document from the test server and returns its URL. */
export async function serveFeed(doc: unknown): Promise<string> {
  const url = `/__feed/doc/t${Date.now()}-${served++}.json`;
  await fetch(url, { method: 'PUT', body: typeof doc === 'string' ? doc : JSON.stringify(doc) });
  return url;
}

/** A parsed feed, for elements given `data` directly. */
export function parsed(doc: FeedInput): Feed {
  return parseFeed(doc).feed;
}

/** Waits until the element and the elements inside it have left the loading state. */
export async function settled(element: HTMLElement): Promise<void> {
  await (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  await waitUntil(() => {
    const root = element.shadowRoot?.querySelector('.root');
    return root && root.getAttribute('aria-busy') !== 'true' && !root.querySelector(':scope > .visually-hidden[role="status"]');
  }, `${element.localName} did not finish loading`, { timeout: 5000 });
  for (const inner of deepQueryAll(element, '*')) {
    if (inner.localName.startsWith('infamilie-') && inner !== element) await settled(inner as HTMLElement);
  }
  await (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
}

/** `querySelectorAll` through open shadow roots. */
export function deepQueryAll<T extends Element = Element>(root: Element | ShadowRoot | Document, selector: string): T[] {
  const found: T[] = [];
  const visit = (node: Element | ShadowRoot | Document) => {
    found.push(...(node.querySelectorAll(selector) as unknown as T[]));
    for (const element of node.querySelectorAll('*')) if (element.shadowRoot) visit(element.shadowRoot);
  };
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  else visit(root);
  return [...new Set(found)];
}

export function deepQuery<T extends Element = Element>(root: Element | ShadowRoot | Document, selector: string): T | undefined {
  return deepQueryAll<T>(root, selector)[0];
}

/** The text a reader sees, through shadow roots, with whitespace collapsed. */
export function visibleText(element: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof HTMLElement && (node.hidden || node.classList.contains('visually-hidden') || getComputedStyle(node).display === 'none')) return;
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element && node.shadowRoot) node.shadowRoot.childNodes.forEach(walk);
    else if (node instanceof HTMLSlotElement) node.assignedNodes({ flatten: true }).forEach(walk);
    else node.childNodes.forEach(walk);
  };
  walk(element);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Strings that must stay inert text wherever a feed puts them. */
export const HOSTILE_STRINGS = [
  '<img src=x onerror="window.__pwned=1">',
  '"><script>window.__pwned=1</script>',
  '<svg onload="window.__pwned=1"></svg>',
  "'); window.__pwned=1; ('",
  '{{constructor.constructor("window.__pwned=1")()}}',
  '\u202Egnp.exe',
];

export const UNSAFE_URLS = ['javascript:window.__pwned=1', ' javascript:window.__pwned=1', 'data:text/html,<script>window.__pwned=1</script>', 'vbscript:msgbox(1)', 'JaVaScRiPt:window.__pwned=1'];
