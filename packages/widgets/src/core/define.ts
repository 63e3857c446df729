/**
 * Registration that tolerates other copies: two versions of the bundle on one page must not throw.
 */
import { VERSION } from './version.ts';

const VERSION_KEY = Symbol.for('infamilie.version');

type Versioned = CustomElementConstructor & { [VERSION_KEY]?: string };

let warned = false;

/**
 * Defines each tag unless something already did. When another copy got there first, that copy's
 * elements stay and one warning per copy names both versions; nothing throws into the host page.
 * @returns the tags that this copy's classes now serve.
 */
export function defineElements(elements: Record<string, CustomElementConstructor>, registry: CustomElementRegistry | undefined = globalThis.customElements): string[] {
  if (!registry) return [];
  const defined: string[] = [];
  const taken: { tag: string; version: string }[] = [];
  for (const [tag, element] of Object.entries(elements)) {
    const existing = registry.get(tag) as Versioned | undefined;
    if (existing === element) {
      defined.push(tag);
      continue;
    }
    if (existing) {
      taken.push({ tag, version: existing[VERSION_KEY] ?? 'an unknown version' });
      continue;
    }
    try {
      (element as Versioned)[VERSION_KEY] = VERSION;
      registry.define(tag, element);
      defined.push(tag);
    } catch (error) {
      taken.push({ tag, version: `(${(error as Error).message})` });
    }
  }
  if (taken.length && !warned) {
    warned = true;
    const { tag, version } = taken[0];
    console.warn(
      `INFamilie widgets ${VERSION}: <${tag}>${taken.length > 1 ? ` and ${taken.length - 1} more` : ''} already defined by INFamilie widgets ${version}; this copy leaves the existing elements as they are.`,
    );
  }
  return defined;
}
