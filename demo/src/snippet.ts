// snippet.html: webmasters pick an element and its settings, see it live, and copy the code to paste.
// Pinned snippets carry the SRI hash from the CDN's integrity.json; a page can also try a snippet in a
// blank frame, with a tampered hash too, to see that the browser then refuses the script.
import { loadFeed, localize, type Feed } from '../../packages/feed/src/index.ts';

type Field = 'quarter' | 'category' | 'partner' | 'offer' | 'lang' | 'variant';
interface ElementChoice {
  tag: string;
  label: string;
  fields: Field[];
  /** The attribute the "variant" control sets, and its values. */
  variant?: { attribute: string; values: string[] };
  fallback: string;
}

const ELEMENTS: ElementChoice[] = [
  { tag: 'infamilie-offers', label: 'Angebote (Liste)', fields: ['quarter', 'category', 'lang', 'variant'], variant: { attribute: 'variant', values: ['full', 'compact'] }, fallback: 'Angebote des Netzwerks INFamilie' },
  { tag: 'infamilie-calendar', label: 'Termine (Kalender)', fields: ['quarter', 'category', 'lang', 'variant'], variant: { attribute: 'view', values: ['list', 'month'] }, fallback: 'Termine des Netzwerks INFamilie' },
  { tag: 'infamilie-map', label: 'Karte der Quartiere', fields: ['quarter', 'lang'], fallback: 'Die Quartiere des Netzwerks INFamilie' },
  { tag: 'infamilie-offer-card', label: 'Ein Angebot (Karte)', fields: ['offer', 'lang', 'variant'], variant: { attribute: 'variant', values: ['full', 'compact'] }, fallback: 'Dieses Angebot beim Netzwerk INFamilie' },
  { tag: 'infamilie-badge', label: 'Plakette „Mitglied“', fields: ['partner', 'lang', 'variant'], variant: { attribute: 'variant', values: ['full', 'compact', 'icon'] }, fallback: 'Mitglied im Netzwerk INFamilie' },
];
const LANGUAGES: Array<[string, string]> = [['', 'wie die Seite'], ['de', 'Deutsch'], ['en', 'English'], ['tr', 'Türkçe'], ['ar', 'العربية'], ['uk', 'Українська'], ['bg', 'Български'], ['ro', 'Română'], ['pl', 'Polski']];

const form = document.querySelector<HTMLFormElement>('[data-snippet-form]')!;
const preview = document.querySelector<HTMLElement>('[data-snippet-preview]')!;
const code = document.querySelector<HTMLElement>('[data-snippet-code]')!;
const status = document.querySelector<HTMLElement>('[data-snippet-status]')!;
const frame = document.querySelector<HTMLIFrameElement>('[data-snippet-frame]')!;
const frameStatus = document.querySelector<HTMLElement>('[data-snippet-frame-status]')!;
const control = (name: string) => form.elements.namedItem(name) as HTMLSelectElement | RadioNodeList;
const valueOf = (name: string) => (control(name) as HTMLSelectElement).value;

/** The CDN this demo is deployed with: dist/demo's sibling dist/cdn. */
const cdn = new URL('../cdn/', location.href).href;
let version = '';
let integrity: Record<string, string> | undefined;
let networkUrl = 'https://infamilie.example/';

function fill(select: HTMLSelectElement, options: Array<[string, string]>): void {
  select.replaceChildren(...options.map(([value, label]) => new Option(label, value)));
}

function choice(): ElementChoice {
  return ELEMENTS.find((element) => element.tag === valueOf('element')) ?? ELEMENTS[0];
}

function attributes(): Array<[string, string]> {
  const element = choice();
  const result: Array<[string, string]> = [];
  for (const field of element.fields) {
    const value = valueOf(field);
    if (!value) continue;
    if (field === 'variant' && element.variant) {
      if (value !== element.variant.values[0]) result.push([element.variant.attribute, value]);
    } else result.push([field, value]);
  }
  return result;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The script tag: pinned with SRI (when integrity.json is there), or the major version's alias. */
function scriptTag(tamper = false): string {
  const classic = valueOf('script') === 'classic';
  const file = classic ? 'infamilie.iife.js' : 'infamilie.js';
  const type = classic ? '' : ' type="module"';
  if (valueOf('pin') === 'pinned' && integrity?.[file]) {
    const hash = tamper ? `sha384-${'A'.repeat(64)}` : integrity[file];
    return `<script${type} src="${cdn}infamilie/${version}/${file}" integrity="${hash}" crossorigin="anonymous"></script>`;
  }
  return `<script${type} src="${cdn}infamilie/${version.split('.')[0]}/${file}"></script>`;
}

function snippet(tamper = false): string {
  const element = choice();
  const attrs = attributes()
    .map(([name, value]) => ` ${name}="${escape(value)}"`)
    .join('');
  return `${scriptTag(tamper)}\n\n<${element.tag}${attrs}>\n  <a href="${escape(networkUrl)}">${element.fallback}</a>\n</${element.tag}>`;
}

function update(): void {
  const element = choice();
  for (const label of form.querySelectorAll<HTMLElement>('[data-field]')) label.hidden = !element.fields.includes(label.dataset.field as Field);
  const variant = control('variant') as HTMLSelectElement;
  if (element.variant && variant.dataset.for !== element.tag) {
    fill(variant, element.variant.values.map((value) => [value, value]));
    variant.dataset.for = element.tag;
  }
  const live = document.createElement(element.tag);
  for (const [name, value] of attributes()) live.setAttribute(name, value);
  preview.replaceChildren(live);
  code.textContent = snippet();
  status.textContent = '';
}

/** Runs the snippet in a blank document; `tamper` changes the hash as a wrong copy would. */
function tryInFrame(tamper: boolean): void {
  frameStatus.textContent = 'Wird geladen …';
  frame.srcdoc = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Test</title></head><body>${snippet(tamper)}</body></html>`;
  frame.addEventListener(
    'load',
    () => {
      const started = Date.now();
      const check = () => {
        const defined = frame.contentWindow?.customElements.get(choice().tag);
        if (defined) frameStatus.textContent = 'Das Skript wurde geprüft und ausgeführt: Das Element ist da.';
        else if (Date.now() - started < 4000) setTimeout(check, 100);
        else
          frameStatus.textContent = tamper
            ? 'Der Browser hat das Skript nicht ausgeführt: Der Hash passt nicht zur Datei. Es bleibt der Inhalt zwischen den Tags.'
            : 'Das Skript wurde nicht ausgeführt. Ist das CDN erreichbar?';
      };
      check();
    },
    { once: true },
  );
}

async function start(): Promise<void> {
  fill(control('element') as HTMLSelectElement, ELEMENTS.map((element) => [element.tag, element.label]));
  fill(control('lang') as HTMLSelectElement, LANGUAGES);
  const feedUrl = document.querySelector<HTMLMetaElement>('meta[name="infamilie-feed"]')?.content ?? 'feed.json';
  let feed: Feed | undefined;
  try {
    feed = (await loadFeed(feedUrl)).feed;
  } catch (error) {
    status.textContent = `Das Feed ist nicht erreichbar (${(error as Error).message}).`;
  }
  const de = (text: Parameters<typeof localize>[0]) => localize(text, 'de');
  if (feed) {
    networkUrl = feed.network.url ?? networkUrl;
    fill(control('quarter') as HTMLSelectElement, [['', 'alle Quartiere'], ...feed.quarters.map((q): [string, string] => [q.id, de(q.name)])]);
    fill(control('category') as HTMLSelectElement, [['', 'alle Kategorien'], ...feed.categories.map((c): [string, string] => [c.id, de(c.name)])]);
    fill(control('partner') as HTMLSelectElement, [['', 'das Netzwerk'], ...feed.partners.map((p): [string, string] => [p.id, de(p.name)])]);
    fill(control('offer') as HTMLSelectElement, feed.offers.map((o): [string, string] => [o.id, de(o.title)]));
  }
  // The version is the one this page runs; its integrity.json exists only in the built demo.
  const badge = (await customElements.whenDefined('infamilie-badge')) as unknown as Record<symbol, string | undefined>;
  version = badge[Symbol.for('infamilie.version')] ?? '0.0.0';
  try {
    const response = await fetch(`${cdn}infamilie/${version}/integrity.json`);
    if (!response.ok) throw new Error(String(response.status));
    integrity = ((await response.json()) as { files: Record<string, string> }).files;
  } catch {
    const pinned = form.querySelector<HTMLInputElement>('input[name="pin"][value="pinned"]')!;
    pinned.disabled = true;
    (form.querySelector<HTMLInputElement>('input[name="pin"][value="alias"]')!).checked = true;
    status.textContent = 'Feste Versionen mit SRI-Hash gibt es im gebauten Demo (pnpm build, dann pnpm preview).';
  }
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  document.querySelector('[data-snippet-copy]')!.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.textContent ?? '');
      status.textContent = 'Kopiert. Fügen Sie den Code in ein HTML-Feld Ihres CMS ein.';
    } catch {
      getSelection()?.selectAllChildren(code);
      status.textContent = 'Markiert: Kopieren Sie mit Strg+C (Mac: ⌘+C).';
    }
  });
  document.querySelector('[data-snippet-try]')!.addEventListener('click', () => tryInFrame(false));
  document.querySelector('[data-snippet-tamper]')!.addEventListener('click', () => tryInFrame(true));
  update();
  document.body.dataset.snippetReady = '';
}

void start();
