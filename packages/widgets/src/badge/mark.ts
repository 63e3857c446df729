import { html, type TemplateResult } from 'lit';

/** The built-in network mark: a roof over an adult and a child, for feeds without a logo. */
export function networkMark(): TemplateResult {
  return html`<svg class="mark" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
    <rect width="48" height="48" rx="10" fill="var(--_primary)" />
    <path d="M8 22L24 9l16 13" fill="none" stroke="var(--_on-primary)" stroke-width="3.5" stroke-linecap="round" stroke-linejoin="round" />
    <circle cx="19" cy="23" r="3.6" fill="var(--_on-primary)" />
    <path d="M13 39v-6a6 6 0 0 1 12 0v6z" fill="var(--_on-primary)" />
    <circle cx="31" cy="28" r="2.8" fill="var(--_accent)" />
    <path d="M26.5 39v-3.5a4.5 4.5 0 0 1 9 0V39z" fill="var(--_accent)" />
  </svg>`;
}
