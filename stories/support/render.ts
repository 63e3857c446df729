/**
 * How a story becomes an element on the canvas, a snippet in the docs and a row of controls, all from
 * the manifest: args named like an attribute are set as that attribute (what a webmaster types), args
 * named like a CSS custom property go into the element's `style`, event args listen to the event,
 * and the remaining public fields (such as `data`) are set as properties.
 */
import type { Args, StoryContext, WebComponentsRenderer } from '@storybook/web-components';
import type { ArgTypesEnhancer, StrictArgTypes } from 'storybook/internal/types';
import { attribute, element, eventArgName, literalOptions, propertyOnly } from './manifest.ts';

/** What a partner's page puts inside each element: shown before the script runs and when the feed fails. */
const FALLBACK: Record<string, { href: string; text: string }> = {
  'infamilie-offers': { href: 'https://infamilie.example/angebote', text: 'Angebote des Netzwerks INFamilie' },
  'infamilie-calendar': { href: 'https://infamilie.example/termine', text: 'Termine des Netzwerks INFamilie' },
  'infamilie-map': { href: 'https://infamilie.example/quartiere', text: 'Die Quartiere des Netzwerks INFamilie' },
};
const DEFAULT_FALLBACK = { href: 'https://infamilie.example/', text: 'Netzwerk INFamilie' };

/** The script tag of the snippet, as partners paste it (README: "For partner webmasters"). */
export const SCRIPT_TAG = '<script type="module" src="https://CDN/infamilie/1/infamilie.js"></script>';

/** A story's `parameters.infamilie`: how it renders, and what the story test checks. */
export interface StoryOptions {
  /** Leave out the fallback link inside the element. */
  fallback?: boolean;
  /** The state the element stays in: `settled` (default: loaded or failed) or `loading`. */
  state?: 'settled' | 'loading';
  /** A selector that must match in the element's shadow root once it is in that state. */
  shows?: string;
  /** Console errors the story causes on purpose (substrings), such as the 404 of a missing feed. */
  allowConsole?: string[];
  /** The viewport the test opens the story in (default: phone), matching the story's `globals.viewport`. */
  viewport?: 'phone' | 'desktop';
}

function isSet(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '' && value !== false;
}

/** The element of a story, configured by its args. Used as the project's `render`. */
export function renderElement(args: Args, context: StoryContext<Args>): HTMLElement {
  const tag = context.component as string;
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(args)) {
    if (name.startsWith('--')) {
      if (isSet(value)) el.style.setProperty(name, String(value));
    } else if (attribute(tag, name)) {
      if (value === true) el.setAttribute(name, '');
      else if (isSet(value)) el.setAttribute(name, String(value));
    } else if (typeof value === 'function') {
      const event = element(tag).events?.find((e) => eventArgName(e.name) === name);
      if (event) el.addEventListener(event.name, value as EventListener);
    } else if (propertyOnly(tag, name) && value !== undefined) {
      (el as unknown as Record<string, unknown>)[name] = value;
    }
  }
  if ((context.parameters.infamilie as StoryOptions | undefined)?.fallback !== false) {
    const { href, text } = FALLBACK[tag] ?? DEFAULT_FALLBACK;
    const link = document.createElement('a');
    link.href = href;
    link.textContent = text;
    el.append(link);
  }
  return el;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The HTML a webmaster pastes for a story: the script, then the element with its attributes. */
export function snippet(args: Args, context: StoryContext<Args>): string {
  const tag = context.component as string;
  const attributes: string[] = [];
  const style: string[] = [];
  for (const [name, value] of Object.entries(args)) {
    if (name.startsWith('--') && isSet(value)) style.push(`${name}: ${value}`);
    else if (attribute(tag, name) && isSet(value)) attributes.push(value === true ? name : `${name}="${escapeAttribute(String(value))}"`);
  }
  if (style.length) attributes.push(`style="${escapeAttribute(style.join('; '))}"`);
  const open = `<${tag}${attributes.length ? ` ${attributes.join(' ')}` : ''}>`;
  const fallback = (context.parameters.infamilie as StoryOptions | undefined)?.fallback !== false ? FALLBACK[tag] ?? DEFAULT_FALLBACK : undefined;
  const body = fallback ? `\n  <a href="${escapeAttribute(fallback.href)}">${escapeText(fallback.text)}</a>\n` : '';
  return `${SCRIPT_TAG}\n\n${open}${body}</${tag}>`;
}

/**
 * Controls from the manifest's types: a select for unions of string literals, a checkbox for booleans,
 * a number field for numbers, text for the rest; colour pickers for the colour custom properties.
 * A property that mirrors an attribute gets no second control, and object properties (`data`) none.
 */
export const controlsFromManifest: ArgTypesEnhancer<WebComponentsRenderer> = (context) => {
  const tag = context.component as string | undefined;
  const argTypes = context.argTypes;
  if (!tag || !tag.startsWith('infamilie-')) return argTypes;
  const enhanced: StrictArgTypes = {};
  for (const [name, argType] of Object.entries(argTypes)) {
    const category = argType.table?.category;
    const type = argType.table?.type?.summary;
    let control: unknown = argType.control;
    if (control === undefined) {
      if (category === 'attributes') {
        const options = literalOptions(type);
        if (options) {
          enhanced[name] = { ...argType, control: { type: 'select' }, options };
          continue;
        }
        control = type === 'boolean' ? { type: 'boolean' } : type === 'number' ? { type: 'number' } : { type: 'text' };
      } else if (category === 'properties') {
        control = false;
      } else if (category === 'css custom properties') {
        control = name.includes('-color-') ? { type: 'color' } : { type: 'text' };
      } else if (category === 'slots' || category === 'css shadow parts' || category === 'events') {
        control = false;
      }
    }
    enhanced[name] = control === undefined ? argType : { ...argType, control: control as never };
  }
  return enhanced;
};
