/**
 * Languages: each element renders in its own language, resolved from `lang` attributes.
 *
 * @lit/localize in runtime mode keeps one active locale per page, but a page may hold a Turkish and a
 * German widget side by side. So the message implementation is installed here: it looks the message up
 * in the templates of the locale that the element being rendered uses. `withLocale` sets that locale
 * around the element's synchronous render. Messages are still written with `msg()`/`str` and
 * extracted to XLIFF by lit-localize; the generated locale modules load on demand.
 */
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import { sourceLocale, targetLocales } from '../generated/locale-codes.ts';

export type UiLocale = (typeof targetLocales)[number] | typeof sourceLocale;
export const SOURCE_LOCALE: UiLocale = sourceLocale;
export const UI_LOCALES: readonly UiLocale[] = [sourceLocale, ...targetLocales];

type Templates = Record<string, unknown>;
type RuntimeTemplates = Parameters<typeof runtimeMsg>[0];

const loaders: Record<Exclude<UiLocale, typeof sourceLocale>, () => Promise<{ templates: Templates }>> = {
  en: () => import('../generated/locales/en.ts'),
  tr: () => import('../generated/locales/tr.ts'),
  ar: () => import('../generated/locales/ar.ts'),
  uk: () => import('../generated/locales/uk.ts'),
  bg: () => import('../generated/locales/bg.ts'),
  ro: () => import('../generated/locales/ro.ts'),
  pl: () => import('../generated/locales/pl.ts'),
};

const loaded = new Map<UiLocale, Templates>([[sourceLocale, {}]]);
const loading = new Map<UiLocale, Promise<void>>();
let rendering: UiLocale = sourceLocale;

try {
  _installMsgImplementation(((template: Parameters<typeof runtimeMsg>[1], options: Parameters<typeof runtimeMsg>[2]) =>
    runtimeMsg(loaded.get(rendering) as RuntimeTemplates, template, options)) as never);
} catch {
  // The host application configured @lit/localize itself (npm use); its locale then applies to ours too.
  console.warn('INFamilie widgets: @lit/localize is already configured on this page; the widgets follow its locale.');
}

/** Runs `render` with `msg()` answering in `locale` (which must be loaded, see `loadLocale`). */
export function withLocale<T>(locale: UiLocale, render: () => T): T {
  const previous = rendering;
  rendering = locale;
  try {
    return render();
  } finally {
    rendering = previous;
  }
}

export function isLocaleLoaded(locale: UiLocale): boolean {
  return loaded.has(locale);
}

/** Loads a locale's messages once per page; a failed load falls back to the German source. */
export function loadLocale(locale: UiLocale): Promise<void> {
  if (loaded.has(locale)) return Promise.resolve();
  let promise = loading.get(locale);
  if (!promise) {
    promise = loaders[locale as keyof typeof loaders]()
      .then((module) => void loaded.set(locale, module.templates))
      .catch((error) => {
        console.warn(`INFamilie widgets: the "${locale}" texts could not be loaded (${(error as Error).message}); showing German.`);
        loaded.set(locale, {});
      });
    loading.set(locale, promise);
  }
  return promise;
}

/** The interface language for a BCP 47 tag: `tr-TR` -> `tr`; unsupported languages get German. */
export function uiLocaleFor(lang: string): UiLocale {
  const base = lang.toLowerCase().split('-')[0];
  return (UI_LOCALES as readonly string[]).includes(base) ? (base as UiLocale) : SOURCE_LOCALE;
}

/** Right-to-left scripts among the languages families read. */
const RTL = new Set(['ar', 'fa', 'he', 'ku', 'ps', 'ur', 'yi', 'ckb', 'dv', 'ug']);

export function directionOf(lang: string): 'ltr' | 'rtl' {
  return RTL.has(lang.toLowerCase().split('-')[0]) ? 'rtl' : 'ltr';
}

/**
 * The language an element speaks: its own `lang`, else the nearest ancestor's (across shadow roots),
 * else the document's, else German.
 */
export function resolveLanguage(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return lang.trim();
    const parent: Element | null = node.parentElement;
    node = parent ?? ((node.getRootNode() as ShadowRoot).host ?? null);
  }
  return element.ownerDocument.documentElement.lang || SOURCE_LOCALE;
}

/** Elements to tell when a `lang` attribute changes anywhere in the document. */
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

export function onLanguageChange(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => listeners.forEach((notify) => notify()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => listeners.delete(listener);
}
