/** Registers `<infamilie-offer-card>`. */
import { defineElements } from '../core/define.ts';
import { InfamilieOfferCard } from './offer-card.ts';

defineElements({ 'infamilie-offer-card': InfamilieOfferCard });

declare global {
  interface HTMLElementTagNameMap {
    'infamilie-offer-card': InfamilieOfferCard;
  }
}
