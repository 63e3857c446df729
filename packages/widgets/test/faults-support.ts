/**
 * Helpers for the fault tests: feed documents on the test server that fail in one way and can be
 * repaired (scripts/test-support/feed-faults.mjs), and a watch over what a host page would notice.
 */
import { waitUntil } from '@open-wc/testing';
import type { FeedInput } from '@infamilie/feed';
import { miniFeed } from '../../feed/test/fixtures.ts';

let named = 0;

/**
 * A fresh document name on the test server. Without an extension: the test runner's server sends
 * `cache-control: max-age=31536000` for every path with one, and the fault routes set their own.
 */
export function docName(label: string): string {
  return `faults-${label}-${Date.now()}-${named++}`;
}

/** Stores `body` as /__feed/doc/NAME, served with the given faults (status, type, delay, trickle, cors). */
export async function putDoc(name: string, body: unknown, options: Record<string, string | number> = {}): Promise<void> {
  const query = new URLSearchParams(Object.entries(options).map(([key, value]) => [key, String(value)])).toString();
  const response = await fetch(`/__feed/doc/${name}${query ? `?${query}` : ''}`, { method: 'PUT', body: typeof body === 'string' ? body : JSON.stringify(body) });
  if (!response.ok) throw new Error(`could not store ${name}: ${response.status}`);
}

/** How many times the server was asked for `path` (any origin, any method). */
export async function hits(path: string): Promise<number> {
  return (await fetch(`/__feed/hits?path=${encodeURIComponent(path)}`)).json();
}

/** The fixture feed with every offer current, so that every offer shows. */
export function goodFeed(): FeedInput {
  const doc = miniFeed();
  for (const offer of doc.offers!) delete offer.validTo;
  return doc;
}

export interface Watch {
  /** `error` events and unhandled rejections that reached the page. */
  hostErrors: string[];
  /** console.warn messages. */
  warnings: string[];
  /** infamilie-error and infamilie-load events that reached the document. */
  errors: CustomEvent[];
  loads: CustomEvent[];
  /** Warnings that name `url`. */
  warningsAbout(url: string): string[];
  /** Waits a moment for late rejections, then stops watching. */
  stop(): Promise<void>;
}

/** Watches the page as a host page would: errors, unhandled rejections, console warnings, INFamilie events. */
export function watchPage(): Watch {
  const original = console.warn;
  const watch: Watch = {
    hostErrors: [],
    warnings: [],
    errors: [],
    loads: [],
    warningsAbout: (url) => watch.warnings.filter((message) => message.includes(url)),
    async stop() {
      await new Promise((resolve) => setTimeout(resolve, 50));
      console.warn = original;
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onRejection);
      document.removeEventListener('infamilie-error', onFeedError);
      document.removeEventListener('infamilie-load', onLoad);
    },
  };
  const onError = (event: ErrorEvent) => watch.hostErrors.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => watch.hostErrors.push(`unhandledrejection: ${(event.reason as Error)?.message ?? event.reason}`);
  const onFeedError = (event: Event) => watch.errors.push(event as CustomEvent);
  const onLoad = (event: Event) => watch.loads.push(event as CustomEvent);
  console.warn = (...args: unknown[]) => watch.warnings.push(args.map(String).join(' '));
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  document.addEventListener('infamilie-error', onFeedError);
  document.addEventListener('infamilie-load', onLoad);
  return watch;
}

/** Runs `test` with the page watched, and stops watching however it ends. */
export async function watching(test: (watch: Watch) => Promise<void>): Promise<void> {
  const watch = watchPage();
  try {
    await test(watch);
  } finally {
    await watch.stop();
  }
}

/** The element's error notice, once it shows. */
export async function errorNotice(element: HTMLElement, timeout = 5000): Promise<HTMLElement> {
  await waitUntil(() => element.shadowRoot?.querySelector('[role="alert"]'), `<${element.localName}> shows no error message`, { timeout });
  return element.shadowRoot!.querySelector<HTMLElement>('[role="alert"]')!;
}

/**
 * Resolves once requests fail: Chromium fires `offline` a moment before its network emulation drops
 * requests (and `online` a moment before they go through again).
 */
export async function requestsFail(timeout = 2000): Promise<void> {
  const until = performance.now() + timeout;
  while (await fetch(`/__feed/hits?path=probe&t=${Math.random()}`, { cache: 'no-store' }).then(() => true, () => false)) {
    if (performance.now() > until) throw new Error('requests still get through');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Resolves at the next `type` event on window. */
export function nextWindowEvent(type: 'online' | 'offline'): Promise<void> {
  return new Promise((resolve) => addEventListener(type, () => resolve(), { once: true }));
}
