// lazy.html: an element that appears after the page loaded, as a CMS's "load more" would add it.
// loader.js notices it and loads the calendar's module only now.
const button = document.querySelector<HTMLButtonElement>('[data-add-calendar]');
const slot = document.querySelector('[data-calendar-slot]');
button?.addEventListener('click', () => {
  const calendar = document.createElement('infamilie-calendar');
  calendar.setAttribute('quarter', 'unionviertel');
  calendar.setAttribute('days', '60');
  slot?.replaceChildren(calendar);
  button.disabled = true;
});
