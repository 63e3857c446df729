/**
 * Custom properties set through the CSSOM, never through a `style` attribute.
 *
 * Under a strict Content-Security-Policy (`style-src 'self'`) the browser refuses `style` attributes,
 * which Lit's `styleMap` writes on first render; `style.setProperty` is not affected. Used as an
 * element directive: `<div ${cssProperties({'--_category': color})}>`.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

type Properties = Readonly<Record<string, string | undefined>>;

class CssPropertiesDirective extends Directive {
  private applied = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssProperties() belongs on an element: <div ${cssProperties({...})}>');
  }

  render(_properties: Properties): unknown {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Properties]): unknown {
    const style = (part.element as HTMLElement).style;
    const next = new Set<string>();
    for (const [name, value] of Object.entries(properties)) {
      if (!value) continue;
      style.setProperty(name, value);
      next.add(name);
    }
    for (const name of this.applied) if (!next.has(name)) style.removeProperty(name);
    this.applied = next;
    return noChange;
  }
}

export const cssProperties = directive(CssPropertiesDirective);
