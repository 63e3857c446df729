// The demo's language switch sets `lang` on every widget of the page; the page's own text stays German.
// Partner sites do the same, or set <html lang> when the whole page is translated.
const widgets = () => [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('infamilie-'));

for (const select of document.querySelectorAll<HTMLSelectElement>('select[data-language-switch]')) {
  select.addEventListener('change', () => widgets().forEach((widget) => widget.setAttribute('lang', select.value)));
}
