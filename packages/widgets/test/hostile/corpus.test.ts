/**
 * The corpus itself: large and varied enough, and alive. Parsed as HTML in a throwaway same-origin frame
 * (never in an element), many payloads run and report their number: proof that the flag the other tests
 * watch would be raised if an element ever let one through. The same for links: the spellings of
 * `javascript:` that Chromium still follows are exactly the ones a naive prefix check misses.
 */
import { expect } from '@open-wc/testing';
import { ALL_PAYLOADS, corpusSummary, LONG_PAYLOADS, TEXT_PAYLOADS, URL_PAYLOADS } from './payloads.ts';

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A same-origin frame whose `__pwned` records into `fired`. */
async function sandbox(fired: Set<number>): Promise<{ frame: HTMLIFrameElement; win: Window & { __pwned?: (id: number) => void }; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.setProperty('inline-size', '800px');
  frame.style.setProperty('block-size', '600px');
  document.body.append(frame);
  await settle(0);
  const win = frame.contentWindow! as Window & { __pwned?: (id: number) => void };
  win.__pwned = (id: number) => fired.add(Number(id));
  return { frame, win, doc: frame.contentDocument! };
}

describe('the hostile corpus', function () {
  this.timeout(60_000);

  it('holds hundreds of payloads of every family, each with its own number', () => {
    const summary = corpusSummary();
    console.log(`corpus: ${ALL_PAYLOADS.length} payloads ${JSON.stringify(summary)}`);
    expect(ALL_PAYLOADS.length).to.be.at.least(300);
    for (const family of ['tag', 'handler', 'template', 'css', 'bidi', 'invisible', 'control', 'surrogate', 'encoded', 'polyglot', 'long', 'url', 'contact']) {
      expect(summary[family], family).to.be.at.least(1);
    }
    expect(new Set(ALL_PAYLOADS.map((p) => p.id)).size).to.equal(ALL_PAYLOADS.length);
    for (const payload of ALL_PAYLOADS) expect(payload.value, `#${payload.id}`).to.include(payload.marker);
    for (const payload of LONG_PAYLOADS) expect(payload.value.length, payload.family).to.be.at.least(100_000);
  });

  it('is alive: parsed as HTML, the payloads run and report their numbers', async () => {
    const fired = new Set<number>();
    const { frame, doc } = await sandbox(fired);
    const html = TEXT_PAYLOADS.filter((p) => !p.family.startsWith('long:'));
    // In batches, so that one payload's markup does not swallow the next ones.
    for (let i = 0; i < html.length; i += 20) {
      const box = doc.createElement('div');
      box.innerHTML = html.slice(i, i + 20).map((p) => `<div>${p.value}</div>`).join('');
      doc.body.append(box);
      for (const target of box.querySelectorAll<HTMLElement>('[autofocus], [tabindex]')) target.focus();
      await settle(30);
    }
    await settle(500);
    frame.remove();
    const families = new Set(html.filter((p) => fired.has(p.id)).map((p) => p.family.split(':')[1].split(' after ')[0]));
    console.log(`payloads that ran when parsed as HTML: ${fired.size} of ${html.length}; vectors: ${[...families].sort().join(', ')}`);
    expect(fired.size).to.be.at.least(150);
    for (const vector of ['img-onerror', 'details-ontoggle', 'iframe-srcdoc', 'input-autofocus', 'mxss-svg-p', 'noscript-title', 'onfocus']) expect([...families], vector).to.include(vector);
  });

  it('is alive as links: the spellings of javascript: that Chromium reads as such, and one followed', async () => {
    const fired = new Set<number>();
    const { frame, doc } = await sandbox(fired);
    const scripts = URL_PAYLOADS.filter((p) => p.family.startsWith('url:javascript:'));
    const link = doc.createElement('a');
    doc.body.append(link);
    const spellings = new Set<string>();
    for (const payload of scripts) {
      link.setAttribute('href', payload.value);
      if (link.protocol === 'javascript:') spellings.add(payload.family.split(':')[2]);
    }
    console.log(`javascript: spellings that a link reads as javascript: ${[...spellings].join(', ')}`);
    // What URL parsers drop (leading spaces and controls, tabs and newlines anywhere) and scheme case.
    expect([...spellings]).to.have.members(['plain', 'upper', 'mixed', 'leading-space', 'leading-tab-newline', 'leading-nul', 'leading-control', 'tab-inside', 'newline-inside', 'cr-inside']);
    const followed = scripts.find((p) => p.family === 'url:javascript:tab-inside')!;
    link.setAttribute('href', followed.value);
    link.click();
    for (let i = 0; i < 100 && !fired.has(followed.id); i++) await settle(10);
    frame.remove();
    expect([...fired]).to.include(followed.id);
  });
});
