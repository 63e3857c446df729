/**
 * In the page: <infamilie-calendar view="month"> against FullCalendar's dayGridMonth, one month of the
 * same occurrences, fresh instance each run (see ../compare.ts).
 */
import '../../../packages/widgets/src/calendar/define.ts';
import { parseFeed } from '@infamilie/feed';
import { Calendar, type EventInput } from '@fullcalendar/core';
import dayGridPlugin from '@fullcalendar/daygrid';
import { compare, type Contender } from './shared.ts';

type OurCalendar = HTMLElement & { data: unknown; updateComplete: Promise<boolean> };

export interface CalendarData {
  feedText: string;
  events: EventInput[];
  month: string;
  perDay: number;
}

const instances = new WeakMap<HTMLElement, Calendar>();

function contenders(input: CalendarData): Contender<unknown>[] {
  return [
    {
      name: 'ours',
      async render(box, feed) {
        const el = document.createElement('infamilie-calendar') as OurCalendar;
        el.setAttribute('view', 'month');
        el.setAttribute('month', input.month);
        el.data = feed;
        box.append(el);
        while (!(await el.updateComplete));
      },
      destroy(box) {
        box.replaceChildren();
      },
      count(box) {
        const root = box.querySelector('infamilie-calendar')!.shadowRoot!;
        return { cells: root.querySelectorAll('[role="gridcell"]').length, events: root.querySelectorAll('.chip').length, more: root.querySelectorAll('.more').length };
      },
    },
    {
      name: 'FullCalendar',
      render(box, events) {
        const calendar = new Calendar(box, {
          plugins: [dayGridPlugin],
          initialView: 'dayGridMonth',
          initialDate: `${input.month}-01`,
          firstDay: 1,
          timeZone: 'local',
          dayMaxEvents: input.perDay,
          events: events as EventInput[],
        });
        instances.set(box, calendar);
        calendar.render();
      },
      destroy(box) {
        instances.get(box)?.destroy();
        box.replaceChildren();
      },
      count(box) {
        // FullCalendar renders every event and hides those past dayMaxEvents: count what is visible.
        const visible = [...box.querySelectorAll('.fc-daygrid-event')].filter((el) => el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions)).length;
        return { cells: box.querySelectorAll('.fc-daygrid-day').length, events: visible, inDom: box.querySelectorAll('.fc-daygrid-event').length, more: box.querySelectorAll('.fc-daygrid-more-link').length };
      },
    },
  ];
}

(globalThis as unknown as { calendarVs: unknown }).calendarVs = {
  run(input: CalendarData, options: { runs: number; warmup: number; seed: number; width: number; only?: string; profile?: boolean }) {
    // Each run gets data nothing was derived from yet: our feed freshly parsed (its occurrences are
    // expanded inside the timing), FullCalendar's event objects freshly copied (it parses them inside).
    const prepare = (name: string) => (name === 'ours' ? parseFeed(input.feedText).feed : input.events.map((event) => ({ ...event })));
    return compare(contenders(input).filter((c) => !options.only || c.name === options.only), prepare, options);
  },
};
