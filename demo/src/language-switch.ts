// The demo's language switch sets `lang` on every widget of the page; the page's own text stays German.
// Partner sites do the same, or set <html lang> when the whole page is translated.
const languages: [string, string][] = [
  ['de', 'Deutsch'],
  ['en', 'English'],
  ['tr', 'Türkçe'],
  ['ar', 'العربية'],
  ['uk', 'Українська'],
  ['bg', 'Български'],
  ['ro', 'Română'],
  ['pl', 'Polski'],
];

const widgets = () => [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('infamilie-'));

for (const container of document.querySelectorAll('[data-language-switch]')) {
  const label = document.createElement('label');
  label.textContent = 'Sprache der Elemente / Language of the widgets: ';
  const select = document.createElement('select');
  for (const [tag, name] of languages) {
    const option = new Option(name, tag);
    option.lang = tag;
    select.append(option);
  }
  select.addEventListener('change', () => widgets().forEach((widget) => widget.setAttribute('lang', select.value)));
  label.append(select);
  container.append(label);
}
