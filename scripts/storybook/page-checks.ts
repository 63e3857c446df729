/**
 * Code that runs inside a story's page, installed as `window.__storyChecks`. Plain JavaScript in a
 * string: functions handed to puppeteer are serialised, and tsx's compiled output (with its helpers)
 * would not survive that.
 */
export const PAGE_CHECKS = String.raw`
(() => {
  const isElement = (node) => node.localName && node.localName.startsWith('infamilie-');
  /** Every INFamilie element under root, through shadow roots. */
  const all = (root) => {
    const found = [];
    const visit = (node) => {
      for (const child of node.querySelectorAll('*')) {
        if (isElement(child)) found.push(child);
        if (child.shadowRoot) visit(child.shadowRoot);
      }
    };
    if (root) visit(root);
    return found;
  };
  const canvas = () => document.querySelector('#storybook-docs .sbdocs') || document.querySelector('#storybook-root');
  /** The element is done: loaded (content or error) and its texts' language is there. */
  const settled = (el) => {
    const root = el.shadowRoot && el.shadowRoot.querySelector('.root');
    return !!root && root.getAttribute('aria-busy') !== 'true' && !root.querySelector(':scope > .visually-hidden[role="status"]');
  };
  const busy = (el) => {
    const root = el.shadowRoot && el.shadowRoot.querySelector('.root');
    return !!root && root.getAttribute('aria-busy') === 'true';
  };
  const deepQuery = (root, selector) => {
    if (root.querySelector(selector)) return true;
    for (const child of root.querySelectorAll('*')) if (child.shadowRoot && deepQuery(child.shadowRoot, selector)) return true;
    return false;
  };
  window.__storyChecks = {
    /** Storybook has shown the story (or its error), and the story published what it expects. */
    shown(id, docs) {
      const body = document.body.classList;
      if (body.contains('sb-show-errordisplay')) return 'error';
      if (docs) return document.querySelector('#storybook-docs .sbdocs-content') ? 'docs' : false;
      const story = window.__infamilieStory;
      return body.contains('sb-show-main') && story && story.id === id ? 'story' : false;
    },
    errorText() {
      const display = document.querySelector('.sb-errordisplay');
      return display ? display.innerText.slice(0, 2000) : '';
    },
    /** In a story: every element settled (or, for a loading story, still loading). In docs: every element rendered. */
    ready(state, docs) {
      const elements = all(canvas());
      if (docs) return elements.every((el) => el.shadowRoot && el.shadowRoot.querySelector('.root'));
      const top = elements.filter((el) => !isElement(el.getRootNode().host || {}));
      return state === 'loading' ? top.length > 0 && top.every(busy) : elements.every(settled);
    },
    /** What the reader would miss: elements without size or content, and the expected state's mark. */
    inspect(shows) {
      const problems = [];
      const top = all(canvas()).filter((el) => !isElement(el.getRootNode().host || {}));
      for (const el of top) {
        const box = el.getBoundingClientRect();
        const root = el.shadowRoot && el.shadowRoot.querySelector('.root');
        if (!root || !root.children.length) problems.push('<' + el.localName + '> rendered nothing');
        else if (box.width < 1 || box.height < 1) problems.push('<' + el.localName + '> has no size (' + box.width + ' x ' + box.height + ')');
        if (shows && !(el.shadowRoot && deepQuery(el.shadowRoot, shows))) problems.push('<' + el.localName + '> does not show ' + shows);
      }
      return problems;
    },
  };
})();
`;
