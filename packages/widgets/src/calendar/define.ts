/** Registers `<infamilie-calendar>`. */
import { defineElements } from '../core/define.ts';
import { InfamilieCalendar } from './calendar.ts';

defineElements({ 'infamilie-calendar': InfamilieCalendar });

declare global {
  interface HTMLElementTagNameMap {
    'infamilie-calendar': InfamilieCalendar;
  }
}
