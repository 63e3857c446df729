/**
 * The elements as the Custom Elements Manifest describes them (generated from their JSDoc by
 * scripts/storybook/manifest.ts): Storybook's docs tables, the controls and the story snippets all
 * come from here, so that none of them can drift from the code.
 */
import raw from 'virtual:infamilie-custom-elements';

interface Typed {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
}
export interface Attribute extends Typed {
  fieldName?: string;
}
export interface Member extends Typed {
  kind: 'field' | 'method';
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  attribute?: string;
}
export interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  attributes?: Attribute[];
  members?: Member[];
  events?: Typed[];
  slots?: Typed[];
  cssParts?: Typed[];
  cssProperties?: Typed[];
}
export interface Manifest {
  schemaVersion: string;
  modules: { kind: string; path: string; declarations?: Declaration[]; exports?: unknown[] }[];
}

/**
 * The manifest as the docs should show it: only what a page can use (public fields; private and
 * protected members are implementation), the unnamed slot under a name (Storybook's table leaves out
 * entries without one), and parts as `::part(name)`: Storybook keys its table by name, and a part
 * named like an attribute (`filters`, `subscribe`, `base`) would otherwise replace that attribute.
 */
export function forDocs(manifest: Manifest): Manifest {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) =>
        declaration.customElement && declaration.tagName
          ? {
              ...declaration,
              description: [declaration.summary, declaration.description].filter(Boolean).join('\n\n'),
              members: declaration.members?.filter((m) => m.kind === 'field' && !m.static && (!m.privacy || m.privacy === 'public')),
              slots: declaration.slots?.map((slot) => (slot.name ? slot : { ...slot, name: '(default)' })),
              cssParts: declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` })),
            }
          : declaration,
      ),
    })),
  };
}

export const manifest: Manifest = forDocs(raw);

const elements = new Map<string, Declaration>();
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (declaration.customElement && declaration.tagName) elements.set(declaration.tagName, declaration);
  }
}

/** Every element's tag, from the manifest. */
export const TAGS = [...elements.keys()].sort();

export function element(tag: string): Declaration {
  const declaration = elements.get(tag);
  if (!declaration) throw new Error(`<${tag}> is not in the Custom Elements Manifest; is it registered in a define.ts?`);
  return declaration;
}

export function attribute(tag: string, name: string): Attribute | undefined {
  return element(tag).attributes?.find((a) => a.name === name);
}

/** A public field that has no attribute: set as a property (such as `data`). */
export function propertyOnly(tag: string, name: string): Member | undefined {
  const member = element(tag).members?.find((m) => m.name === name);
  return member && !member.attribute ? member : undefined;
}

/** `onInfamilieLoad` for `infamilie-load`, the arg name Storybook gives an event's action. */
export function eventArgName(event: string): string {
  const camel = event.replace(/[-_:.\s]+(.)?/g, (_match, chr: string | undefined) => (chr ? chr.toUpperCase() : ''));
  return `on${camel.charAt(0).toUpperCase()}${camel.slice(1)}`;
}

/** The values a manifest type allows, when it is a union of string literals (`'grid' | 'list'`). */
export function literalOptions(type: string | undefined): string[] | undefined {
  if (!type) return undefined;
  const parts = type.split('|').map((part) => part.trim()).filter((part) => part !== 'undefined' && part !== 'null');
  if (!parts.length || !parts.every((part) => /^'[^']*'$|^"[^"]*"$/.test(part))) return undefined;
  return parts.map((part) => part.slice(1, -1));
}

/** The arg's default as the manifest states it, without quotes (`'grid'` -> `grid`). */
export function defaultValue(text: string | undefined): string | undefined {
  return text?.replace(/^'(.*)'$|^"(.*)"$/, '$1$2');
}
