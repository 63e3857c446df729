/** Registers `<infamilie-offers>` and the cards it shows. */
import { defineElements } from '../core/define.ts';
import { dependencies, InfamilieOffers } from './offers.ts';

defineElements({ 'infamilie-offers': InfamilieOffers, ...dependencies });

declare global {
  interface HTMLElementTagNameMap {
    'infamilie-offers': InfamilieOffers;
  }
}
