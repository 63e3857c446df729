/**
 * A small inline icon set (24 x 24, stroked with currentColor): the categories' icons named in the
 * feed, and the few the elements need themselves. Inline SVG needs no request and no font, follows
 * the text colour and forced colours, and is hidden from assistive technology (the text says it).
 */
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

const paths: Record<string, SVGTemplateResult> = {
  // categories
  language: svg`<path d="M4 5h11a2 2 0 0 1 2 2v6a2 2 0 0 1-2 2H9l-4 3v-3H4a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2z"/><path d="M19 9h1a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2h-1v3l-4-3h-3"/><path d="M6 9h7M6 12h4"/>`,
  childcare: svg`<circle cx="12" cy="6" r="3"/><path d="M7 21v-5l-2-3 3-3h8l3 3-2 3v5"/><path d="M10 21v-4h4v4"/>`,
  parents: svg`<circle cx="8" cy="6" r="2.5"/><circle cx="16" cy="6" r="2.5"/><path d="M3 21v-6a4 4 0 0 1 4-4h2a4 4 0 0 1 3 1.4A4 4 0 0 1 15 11h2a4 4 0 0 1 4 4v6"/>`,
  qualification: svg`<path d="M2 9l10-5 10 5-10 5z"/><path d="M6 11v5c0 1.7 2.7 3 6 3s6-1.3 6-3v-5"/><path d="M22 9v6"/>`,
  leisure: svg`<circle cx="12" cy="12" r="4"/><path d="M12 2v2M12 20v2M2 12h2M20 12h2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4"/>`,
  counselling: svg`<path d="M3 5h12v8H8l-4 3v-3H3z"/><path d="M15 9h6v8h-1v3l-4-3h-5v-2"/>`,
  meals: svg`<path d="M3 12h18a9 9 0 0 1-18 0z"/><path d="M8 8c0-2 2-2 2-4M12 8c0-2 2-2 2-4"/><path d="M7 21h10"/>`,
  playground: svg`<path d="M4 21V5l4-2 4 2v16"/><path d="M4 11h8M12 9l8 11"/><path d="M17 21h5"/>`,
  health: svg`<path d="M12 21s-8-5.2-8-11a4.5 4.5 0 0 1 8-2.8A4.5 4.5 0 0 1 20 10c0 5.8-8 11-8 11z"/><path d="M12 10v5M9.5 12.5h5"/>`,
  'early-help': svg`<path d="M2 14h4l3 2h4a2 2 0 0 1 0 4H8"/><path d="M13 18l6-3a2 2 0 0 1 2 3l-7 4H2"/><circle cx="14" cy="7" r="4"/>`,
  other: svg`<circle cx="12" cy="12" r="9"/><circle cx="12" cy="12" r="1.5"/>`,
  // interface
  phone: svg`<path d="M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A17 17 0 0 1 3 5a2 2 0 0 1 2-2z"/>`,
  mail: svg`<rect x="3" y="5" width="18" height="14" rx="2"/><path d="M3 7l9 6 9-6"/>`,
  link: svg`<path d="M14 4h6v6M20 4l-9 9"/><path d="M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5"/>`,
  pin: svg`<path d="M12 22s7-6.2 7-12a7 7 0 0 0-14 0c0 5.8 7 12 7 12z"/><circle cx="12" cy="10" r="2.5"/>`,
  clock: svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 2"/>`,
  calendar: svg`<rect x="3" y="5" width="18" height="16" rx="2"/><path d="M3 10h18M8 3v4M16 3v4"/>`,
  euro: svg`<path d="M18 6.5A7 7 0 1 0 18 17.5"/><path d="M4 10h9M4 14h9"/>`,
  ages: svg`<circle cx="9" cy="7" r="3"/><path d="M3 21v-3a5 5 0 0 1 5-5h2a5 5 0 0 1 5 5v3"/><circle cx="18" cy="10" r="2"/><path d="M17 21v-4h4v4"/>`,
  globe: svg`<circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3c3 3.5 3 14.5 0 18M12 3c-3 3.5-3 14.5 0 18"/>`,
  wheelchair: svg`<circle cx="10" cy="4" r="2"/><path d="M10 7v6h6l2 6"/><path d="M7 11a6 6 0 1 0 8.5 7"/>`,
  search: svg`<circle cx="11" cy="11" r="7"/><path d="M20 20l-4-4"/>`,
  close: svg`<path d="M6 6l12 12M18 6L6 18"/>`,
  prev: svg`<path d="M15 5l-7 7 7 7"/>`,
  next: svg`<path d="M9 5l7 7-7 7"/>`,
  plus: svg`<path d="M12 5v14M5 12h14"/>`,
  minus: svg`<path d="M5 12h14"/>`,
  list: svg`<path d="M9 6h12M9 12h12M9 18h12"/><path d="M4 6h.01M4 12h.01M4 18h.01"/>`,
  download: svg`<path d="M12 4v11M7 10l5 5 5-5"/><path d="M4 20h16"/>`,
  check: svg`<path d="M5 12l5 5 9-10"/>`,
  info: svg`<circle cx="12" cy="12" r="9"/><path d="M12 11v6M12 7.5h.01"/>`,
};

/** The names of the category icons a feed may use. */
export const CATEGORY_ICONS = ['language', 'childcare', 'parents', 'qualification', 'leisure', 'counselling', 'meals', 'playground', 'health', 'early-help'] as const;

export function hasIcon(name: string | undefined): boolean {
  return !!name && Object.prototype.hasOwnProperty.call(paths, name);
}

/** An icon by name; an unknown name draws the neutral `other` icon. */
export function icon(name: string | undefined, className = 'icon'): TemplateResult {
  const shape = name && hasIcon(name) ? paths[name] : paths.other;
  return html`<svg class=${className} viewBox="0 0 24 24" aria-hidden="true" focusable="false">${shape}</svg>`;
}
