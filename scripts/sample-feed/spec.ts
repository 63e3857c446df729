/**
 * The shapes the data modules are written in: close to the feed, minus what the generator derives
 * (contact details from the partner, quarters, locations, text of shared phrases).
 */
import type { T2, T8 } from './text.ts';

export type Weekday = 'mo' | 'tu' | 'we' | 'th' | 'fr' | 'sa' | 'su';
export type Audience = 'children' | 'parents' | 'families' | 'professionals';

/** How to sign up; `via` takes the partner's phone, e-mail or a sign-up page on its website. */
export interface RegistrationSpec {
  required: boolean;
  via?: ('phone' | 'email' | 'url')[];
  note?: T8;
}

export interface CostSpec {
  free: boolean;
  note?: T8;
}

export interface OfferSpec {
  id: string;
  partner: string;
  category: string;
  ages: [number, number];
  audience: Audience[];
  languages: string[];
  title: T8;
  summary: T8;
  description?: T2;
  /** [days, opens, closes] */
  weekly?: [Weekday[], string, string][];
  scheduleText?: T8;
  /** Defaults to free. */
  cost?: CostSpec;
  registration?: RegistrationSpec;
  /** Held at another partner's address, optionally under a place name. */
  at?: string;
  place?: T8;
  validFrom?: string;
  validTo?: string;
  updated: string;
}

export interface EventSpec {
  id: string;
  partner: string;
  category: string;
  title: T8;
  description: T2;
  /** `YYYY-MM-DD`; with `from`/`to` times (Berlin wall clock), else an all-day event. */
  date: string;
  from?: string;
  to?: string;
  /** Last day of an all-day event (inclusive), or of a timed event that ends on another day. */
  endDate?: string;
  recurrence?: {
    freq: 'weekly' | 'monthly';
    interval?: number;
    byDay: string[];
    until?: string;
    count?: number;
    except?: string[];
  };
  ages?: [number, number];
  audience?: Audience[];
  languages?: string[];
  cost?: CostSpec;
  registration?: RegistrationSpec;
  status?: 'cancelled' | 'postponed';
  /** Held at another partner's address, optionally under a place name. */
  at?: string;
  place?: T8;
  updated: string;
}
