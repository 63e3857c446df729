/** Registers `<infamilie-map>` and the offer cards it shows. */
import { defineElements } from '../core/define.ts';
import { dependencies, InfamilieMap } from './map.ts';

defineElements({ 'infamilie-map': InfamilieMap, ...dependencies });

declare global {
  interface HTMLElementTagNameMap {
    'infamilie-map': InfamilieMap;
  }
}
