/**
 * What the elements' filter controls share: the network's life phases, how a `filters` attribute
 * names the controls an element shows, and the controls and their styles.
 */
import type { Category, LocalizedText } from '@infamilie/feed';
import { msg, str } from '@lit/localize';
import { css, html, type TemplateResult } from 'lit';
import { icon } from './icons.ts';

/** The network's life phases, in years: the age choices of every element's filters. */
export const LIFE_PHASES = [
  { id: '0-2', min: 0, max: 2 },
  { id: '2-4', min: 2, max: 4 },
  { id: '4-6', min: 4, max: 6 },
  { id: '6-10', min: 6, max: 10 },
] as const;

export type LifePhase = (typeof LIFE_PHASES)[number];

export function lifePhase(id: string | null | undefined): LifePhase | undefined {
  return LIFE_PHASES.find((phase) => phase.id === id);
}

/** Which of an element's controls a `filters` attribute asks for: absent none, present but empty (or `all`) every one. */
export function requestedControls<T extends string>(attribute: string | null | undefined, available: readonly T[]): T[] {
  if (attribute === null || attribute === undefined) return [];
  const wanted = attribute.split(/[\s,]+/).filter(Boolean);
  if (!wanted.length || wanted.includes('all') || wanted.includes('true')) return [...available];
  return available.filter((control) => wanted.includes(control));
}

/** A select among the feed's categories, "all" first. */
export function categorySelect(categories: readonly Category[], chosen: string, name: (text: LocalizedText) => string, onChange: (event: Event) => void): TemplateResult {
  return html`<label class="field">
    <span>${msg('Kategorie')}</span>
    <select name="category" @change=${onChange}>
      <option value="" ?selected=${!chosen}>${msg('Alle Kategorien')}</option>
      ${categories.map((c) => html`<option value=${c.id} ?selected=${chosen === c.id}>${name(c.name)}</option>`)}
    </select>
  </label>`;
}

/** A select among the life phases, "all ages" first. */
export function phaseSelect(chosen: string, onChange: (event: Event) => void): TemplateResult {
  return html`<label class="field">
    <span>${msg('Alter des Kindes')}</span>
    <select name="phase" @change=${onChange}>
      <option value="" ?selected=${!chosen}>${msg('Alle Altersstufen')}</option>
      ${LIFE_PHASES.map((p) => html`<option value=${p.id} ?selected=${chosen === p.id}>${msg(str`${p.min} bis ${p.max} Jahre`)}</option>`)}
    </select>
  </label>`;
}

export function resetButton(onClick: () => void): TemplateResult {
  return html`<button class="button reset" type="button" @click=${onClick}>${icon('close')}${msg('Filter zurücksetzen')}</button>`;
}

/** The search landmark around an element's controls; it never submits. */
export function filterForm(label: string, controls: unknown): TemplateResult {
  return html`<form class="filters" part="filters" role="search" aria-label=${label} @submit=${(event: Event) => event.preventDefault()}>${controls}</form>`;
}

export const filterStyles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75em var(--_space);
    padding: calc(var(--_space) * 0.75);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .field {
    display: grid;
    gap: 0.25em;
    flex: 1 1 12em;
    font-weight: 600;
  }
  .field select,
  .field input {
    min-block-size: 44px;
    inline-size: 100%;
    padding-inline: 0.6em;
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    font-weight: 400;
  }
  .filters-skeleton {
    min-block-size: 4.5em;
  }
`;
