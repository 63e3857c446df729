/** Registers `<infamilie-badge>`. */
import { defineElements } from '../core/define.ts';
import { InfamilieBadge } from './badge.ts';

defineElements({ 'infamilie-badge': InfamilieBadge });

declare global {
  interface HTMLElementTagNameMap {
    'infamilie-badge': InfamilieBadge;
  }
}
