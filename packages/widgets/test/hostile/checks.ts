/**
 * What the hostile suite asserts about a rendered element: no payload ran, no markup but our own,
 * no link but http(s), mailto, tel (and blob for the .ics download), no style carrying feed text,
 * and the payloads shown as text. Each check returns the problems it found, so that a failure names
 * the element, the attribute and the payload instead of a bare `false`.
 */
import { deepQueryAll } from '../support.ts';

declare global {
  interface Window {
    __pwned?: (id: number) => void;
  }
}

/** Records every payload that runs, every uncaught error and every unhandled rejection. */
export class Trap {
  readonly fired = new Set<number>();
  readonly errors: string[] = [];
  private readonly onError = (event: ErrorEvent) => this.errors.push(`error: ${event.message}`);
  private readonly onRejection = (event: PromiseRejectionEvent) => this.errors.push(`unhandled rejection: ${String((event.reason as Error)?.stack ?? event.reason)}`);

  constructor() {
    window.__pwned = (id: number) => {
      this.fired.add(Number(id));
    };
    window.addEventListener('error', this.onError);
    window.addEventListener('unhandledrejection', this.onRejection);
  }

  stop(): void {
    window.removeEventListener('error', this.onError);
    window.removeEventListener('unhandledrejection', this.onRejection);
  }
}

/** Lets whatever a payload might have set off (image errors, animations, focus, timers) happen. */
export async function letPayloadsRun(ms = 150): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/** Every tag our templates write (icons and the map are SVG); an <img> only as the badge's logo. */
const OUR_TAGS = new Set([
  'div', 'span', 'p', 'a', 'button', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'article', 'section', 'h2', 'br', 'em',
  'form', 'label', 'input', 'select', 'option', 'dialog', 'slot', 'img',
  'svg', 'path', 'circle', 'g', 'text', 'rect', 'symbol',
  'infamilie-offer-card',
]);
const URL_ATTRIBUTES = new Set(['href', 'xlink:href', 'src', 'srcset', 'action', 'formaction', 'data', 'poster', 'background', 'ping', 'cite', 'longdesc', 'manifest', 'codebase', 'srcdoc']);
const LINK_PROTOCOLS = new Set(['https:', 'http:', 'mailto:', 'tel:']);
/** A URL that some parser reads as a script or document: after dropping what URL parsers drop. */
const DANGEROUS = /^(javascript|data|vbscript|file|about|view-source|filesystem):/i;
/** What our own custom properties hold: colours (as the feed's theme allows them) and numbers. */
const SAFE_VALUE = /^(#[0-9a-fA-F]{3,8}|(rgb|rgba|hsl|hsla|hwb|lab|lch|oklab|oklch)\([0-9a-z.,%\s/+-]{1,80}\)|[a-zA-Z]{3,30}|-?[0-9.e-]+)$/;

export interface InspectOptions {
  /** The origin the badge may show a logo from (the feed's). */
  logoOrigin?: string;
}

/** Markup, links and styles inside an element (through its shadow roots and the cards inside). */
export function inspect(host: Element, options: InspectOptions = {}): string[] {
  const problems: string[] = [];
  const where = (element: Element) => `<${element.localName}${element.id ? `#${element.id}` : ''}${element.getAttribute('class') ? `.${element.getAttribute('class')!.trim().split(/\s+/).join('.')}` : ''}> in <${host.localName}>`;
  for (const element of deepQueryAll(host, '*')) {
    const tag = element.localName;
    if (!OUR_TAGS.has(tag)) problems.push(`foreign element ${where(element)}`);
    if (tag === 'img') {
      const src = element.getAttribute('src') ?? '';
      const origin = safeOrigin(src);
      if (!(element.classList.contains('logo') && element.getAttribute('part') === 'logo' && origin && origin === options.logoOrigin)) problems.push(`image ${where(element)}: ${short(src)}`);
    }
    for (const attribute of [...element.attributes]) {
      const name = attribute.name.toLowerCase();
      const value = attribute.value;
      if (name.startsWith('on')) problems.push(`handler ${name} on ${where(element)}: ${short(value)}`);
      else if (name === 'style') problems.push(...styleProblems(element as HTMLElement, where(element)));
      else if (URL_ATTRIBUTES.has(name) || name.endsWith(':href')) problems.push(...urlProblems(element, name, value, where(element)));
    }
  }
  for (const root of shadowRoots(host)) {
    for (const sheet of root.adoptedStyleSheets) {
      const css = [...sheet.cssRules].map((rule) => rule.cssText).join('\n');
      if (css.includes('__pwned')) problems.push(`feed text in a style sheet of <${host.localName}>`);
    }
  }
  return problems;
}

function shadowRoots(host: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const visit = (element: Element) => {
    if (element.shadowRoot) {
      roots.push(element.shadowRoot);
      element.shadowRoot.querySelectorAll('*').forEach(visit);
    }
  };
  visit(host);
  host.querySelectorAll('*').forEach(visit);
  return roots;
}

function urlProblems(element: Element, name: string, value: string, where: string): string[] {
  // What a URL parser reads: leading and trailing C0 controls and spaces go, tabs and newlines anywhere.
  const parsed = value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  if (DANGEROUS.test(parsed)) return [`${name}="${short(value)}" on ${where}`];
  if (name === 'srcdoc') return [`srcdoc on ${where}`];
  let url: URL;
  try {
    url = new URL(value, document.baseURI);
  } catch {
    return [`${name}="${short(value)}" on ${where}: not a URL`];
  }
  if (url.protocol === 'blob:') return element.localName === 'a' && element.hasAttribute('download') ? [] : [`blob ${name} on ${where}`];
  if (!LINK_PROTOCOLS.has(url.protocol)) return [`${name}="${short(value)}" (${url.protocol}) on ${where}`];
  // Phone links are digits, mail links one plain address: nothing else rides along (headers, parameters).
  if (url.protocol === 'tel:' && !/^tel:\+?\d{3,20}$/.test(value)) return [`${name}="${short(value)}" on ${where}`];
  if (url.protocol === 'mailto:' && !/^mailto:[^\s@<>()"',;:\\?&#%]+@[^\s@<>()"',;:\\?&#%]+$/.test(value.replace(/%[0-9A-F]{2}/g, 'x'))) return [`${name}="${short(value)}" on ${where}`];
  if (name !== 'href' || element.localName !== 'a') return element.localName === 'img' && name === 'src' ? [] : [`${name} on ${where}`];
  return [];
}

function styleProblems(element: HTMLElement, where: string): string[] {
  const problems: string[] = [];
  const raw = element.getAttribute('style') ?? '';
  if (/__pwned|url\(|expression|@import|javascript|[<>{}]/i.test(raw)) problems.push(`style="${short(raw)}" on ${where}`);
  for (let i = 0; i < element.style.length; i++) {
    const property = element.style[i];
    const value = element.style.getPropertyValue(property).trim();
    if (!property.startsWith('--_') || !SAFE_VALUE.test(value)) problems.push(`style ${property}: ${short(value)} on ${where}`);
  }
  return problems;
}

function safeOrigin(value: string): string | undefined {
  try {
    const url = new URL(value, document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

function short(value: string): string {
  const visible = JSON.stringify(value.length > 120 ? `${value.slice(0, 120)}…` : value);
  return visible.slice(1, -1);
}

/** Requests since `since` (performance.now()) to anywhere but the given origins. */
export function foreignRequests(since: number, origins: readonly string[]): string[] {
  return performance
    .getEntriesByType('resource')
    .filter((entry) => entry.startTime >= since)
    .map((entry) => entry.name)
    .filter((name) => {
      try {
        return !origins.includes(new URL(name).origin);
      } catch {
        return true;
      }
    })
    .map((name) => `request to ${short(name)}`);
}

/** The markers of `payloads` that `text` does not contain. */
export function missingMarkers(text: string, payloads: readonly { marker: string; id: number }[]): number[] {
  return payloads.filter((payload) => !text.includes(payload.marker)).map((payload) => payload.id);
}

/** The page outside the elements: what `<head>` holds and which nodes `<body>` has. */
export function pageSnapshot(): string {
  const body = [...document.body.childNodes].map((node) => (node instanceof Element ? `<${node.localName} ${[...node.attributes].map((a) => `${a.name}=${a.value}`).join(' ')}>` : `#${node.nodeName}`));
  const head = [...document.head.children].map((node) => node.outerHTML.slice(0, 200));
  return JSON.stringify({
    head,
    body,
    title: document.title,
    base: document.baseURI,
    scripts: document.scripts.length,
    location: location.href,
    htmlAttributes: [...document.documentElement.attributes].map((a) => `${a.name}=${a.value}`),
  });
}

/** The properties an event's .ics file may have: anything else was made from feed text. */
const ICS_PROPERTIES = new Set([
  'BEGIN', 'END', 'VERSION', 'PRODID', 'CALSCALE', 'METHOD', 'NAME', 'X-WR-CALNAME', 'TZID', 'TZOFFSETFROM', 'TZOFFSETTO', 'TZNAME',
  'DTSTART', 'DTEND', 'RRULE', 'EXDATE', 'UID', 'DTSTAMP', 'SUMMARY', 'DESCRIPTION', 'LOCATION', 'GEO', 'URL', 'CATEGORIES', 'ORGANIZER', 'STATUS',
]);

/** Lines of an iCalendar file that feed text made or bent: new properties or components, links that are not web links. */
export function icsProblems(text: string): string[] {
  const problems: string[] = [];
  if (/[^\r]\n|\r(?!\n)/.test(text)) problems.push('ics: a line break that is not CRLF');
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  if (lines.pop() !== '') problems.push('ics: does not end with CRLF');
  for (const line of lines) {
    const name = /^[A-Z-]+/.exec(line)?.[0] ?? '';
    if (!ICS_PROPERTIES.has(name)) problems.push(`ics: unexpected line "${short(line)}"`);
    else if ((name === 'BEGIN' || name === 'END') && !/^(BEGIN|END):(VCALENDAR|VTIMEZONE|DAYLIGHT|STANDARD|VEVENT)$/.test(line)) problems.push(`ics: unexpected component "${short(line)}"`);
    else if (name === 'URL' && !/^URL:https?:\/\/[^\s"<>]+$/i.test(line)) problems.push(`ics: "${short(line)}"`);
    else if (name === 'ORGANIZER' && !/:mailto:[^\s@<>()"',;:\\]+@[^\s@<>()"',;:\\]+$/.test(line)) problems.push(`ics: "${short(line)}"`);
  }
  return problems;
}
