/**
 * The events every element fires: bubbling and composed, so a host page can listen on `document`.
 */
import type { DroppedItem, FeedErrorKind } from '@infamilie/feed';

export interface InfamilieLoadDetail {
  /** The feed's absolute URL. */
  url: string;
  /** How many items of each kind were read. */
  counts: { categories: number; quarters: number; partners: number; offers: number; events: number };
  /** What the reader left out, and why. */
  dropped: DroppedItem[];
  /** Quarters of a split feed whose part could not be loaded. */
  missingParts: string[];
}

export interface InfamilieErrorDetail {
  url: string;
  kind: FeedErrorKind;
  message: string;
  status?: number;
}

export type SelectKind = 'offer' | 'event' | 'partner' | 'quarter';

export interface InfamilieSelectDetail {
  kind: SelectKind;
  id: string;
  /** For an event: the chosen occurrence's start (ISO date-time), when it recurs. */
  occurrence?: string;
}

export type InfamilieLoadEvent = CustomEvent<InfamilieLoadDetail>;
export type InfamilieErrorEvent = CustomEvent<InfamilieErrorDetail>;
export type InfamilieSelectEvent = CustomEvent<InfamilieSelectDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'infamilie-load': InfamilieLoadEvent;
    'infamilie-error': InfamilieErrorEvent;
    'infamilie-select': InfamilieSelectEvent;
  }
}

export function emit<K extends 'infamilie-load' | 'infamilie-error' | 'infamilie-select'>(
  target: EventTarget,
  type: K,
  detail: HTMLElementEventMap[K]['detail'],
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
