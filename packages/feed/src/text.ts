/**
 * Multilingual text: pick the reader's language, else its base language, else German.
 */
import type { LocalizedText } from './schema.ts';

export const SOURCE_LANGUAGE = 'de';

/** The text for `lang` and the language it is actually in (for the `lang` attribute of what shows it). */
export interface PickedText {
  text: string;
  lang: string;
}

/** Fallback per field: the requested tag, its base language, then German. */
export function pickText(value: LocalizedText | undefined, lang: string): PickedText | undefined {
  if (!value) return undefined;
  for (const tag of fallbackChain(lang)) {
    const text = value[tag];
    if (typeof text === 'string' && text.trim() !== '') return { text, lang: tag };
  }
  // A tag given in other casing ("pt-br") still counts.
  const wanted = lang.toLowerCase();
  for (const [tag, text] of Object.entries(value)) {
    if (tag.toLowerCase() === wanted && text.trim() !== '') return { text, lang: tag };
  }
  return { text: value.de, lang: SOURCE_LANGUAGE };
}

/** Just the string of `pickText`, or '' when there is no text. */
export function localize(value: LocalizedText | undefined, lang: string): string {
  return pickText(value, lang)?.text ?? '';
}

/** `pt-BR` -> [`pt-BR`, `pt`, `de`] */
export function fallbackChain(lang: string): string[] {
  const chain: string[] = [];
  const add = (tag: string) => {
    if (tag && !chain.includes(tag)) chain.push(tag);
  };
  add(lang);
  add(lang.split('-')[0].toLowerCase());
  add(SOURCE_LANGUAGE);
  return chain;
}

/** Every string of a text, for searching in all languages at once. */
export function allTexts(value: LocalizedText | undefined): string[] {
  return value ? Object.values(value) : [];
}
