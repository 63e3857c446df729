/**
 * Arbitrary feeds through every element: valid ones, nearly valid ones (valid feeds with random
 * mutations) and garbage, each given as `.data` after the reader (when it reads) and served as JSON.
 * Nothing is thrown into the page (no error event, no unhandled rejection), the page around the
 * elements stays as it was, and every element ends up showing something: its content, its empty state
 * or its error state, never a blank box or an endless skeleton.
 *
 * Deterministic: a fixed seed, printed; to replay another, write it to `fc-seed.txt` beside this file
 * (the browser cannot read the environment; the Node property test takes `FC_SEED`).
 */
import { expect } from '@open-wc/testing';
import { readFile } from '@web/test-runner-commands';
import fc from 'fast-check';
import { isFeedError, parseFeed, type Feed } from '@infamilie/feed';
import { resolveFeedUrl } from '../../src/core/config.ts';
import { serveFeed, visibleText } from '../support.ts';
import { bodyOf, garbageArb, inputOf, nearlyValidFeedArb, seedFrom, validFeedArb } from './arbitraries.ts';
import { inspect, letPayloadsRun, pageSnapshot, Trap } from './checks.ts';
import { exerciseMap, openCards, stage, until, type Source } from './stage.ts';

let seed = seedFrom(undefined);

/** What went wrong for one document through one path, in words; empty when all is well. */
async function throughEveryElement(source: Source, readable: boolean): Promise<string[]> {
  const trap = new Trap();
  const pageBefore = pageSnapshot();
  const problems: string[] = [];
  const logoOrigin = new URL(resolveFeedUrl('url' in source ? source.url : undefined), document.baseURI).origin;
  let page: Awaited<ReturnType<typeof stage>> | undefined;
  try {
    page = await stage(source, { lang: 'de', offerId: 'o0', partnerId: 'p0' });
    const hostBefore = page.container.querySelectorAll('p').length;
    // A reader's first steps: a card opened, an event opened, the map's list and its first entry.
    await openCards(page.offers);
    const chip = page.month.shadowRoot!.querySelector<HTMLElement>('.chip');
    if (chip) {
      chip.click();
      const dialog = page.month.shadowRoot!.querySelector('dialog')!;
      await until(() => dialog.open || page!.month.shadowRoot!.querySelector('[part="error"]'), 'the event did not open');
      dialog.close();
    }
    await exerciseMap(page.map, async () => undefined, 2);
    for (const element of page.all) {
      const root = element.shadowRoot!.querySelector('.root');
      if (root?.getAttribute('aria-busy') !== 'false') problems.push(`<${element.localName}> never finished loading`);
      if (!visibleText(element)) problems.push(`<${element.localName}> is blank`);
      const error = !!element.shadowRoot!.querySelector('[part="error"]');
      // The badge never shows an error: without a feed it links to the network neutrally.
      if (readable && error) problems.push(`<${element.localName}> could not show a feed the reader read: ${visibleText(element).slice(0, 80)}`);
      if (!readable && !error && element.localName !== 'infamilie-badge') problems.push(`<${element.localName}> shows no error for a document that is not a feed`);
      problems.push(...inspect(element, { logoOrigin }));
    }
    if (page.container.querySelectorAll('p').length !== hostBefore) problems.push('the host page changed');
  } finally {
    page?.remove();
    await letPayloadsRun(10);
    trap.stop();
  }
  problems.push(...trap.errors);
  if (trap.fired.size) problems.push(`payloads ran: ${[...trap.fired].join(', ')}`);
  if (pageSnapshot() !== pageBefore) problems.push('the page outside the elements changed');
  return problems;
}

/** Both paths for one document: `.data` when the reader reads it, and the served JSON always. */
async function fuzzOne(doc: unknown): Promise<void> {
  let feed: Feed | undefined;
  try {
    feed = parseFeed(inputOf(doc)).feed;
  } catch (error) {
    // The reader refuses a document only with a FeedError.
    expect(isFeedError(error), `parseFeed threw ${String(error)}`).to.equal(true);
  }
  const problems: string[] = [];
  if (feed) problems.push(...(await throughEveryElement({ data: feed }, true)).map((p) => `.data: ${p}`));
  problems.push(...(await throughEveryElement({ url: await serveFeed(bodyOf(doc)) }, !!feed)).map((p) => `JSON: ${p}`));
  if (problems.length) throw new Error([...new Set(problems)].join('\n'));
}

describe('fuzzing every element with arbitrary feeds', function () {
  this.timeout(120_000);

  before(async () => {
    seed = seedFrom(await readFile({ path: 'fc-seed.txt' }).catch(() => undefined));
    console.log(`fast-check seed: ${seed} (replay another by writing it to packages/widgets/test/hostile/fc-seed.txt)`);
  });

  const runs: [string, fc.Arbitrary<unknown>, number][] = [
    ['valid feeds', validFeedArb, 8],
    ['nearly valid feeds (fields deleted, wrong types, out-of-range numbers, huge arrays, deep nesting, duplicate ids, unknown references)', nearlyValidFeedArb, 12],
    ['garbage (any JSON, any text, huge numbers, feed-shaped junk)', garbageArb, 10],
  ];
  runs.forEach(([name, arbitrary, numRuns], index) => {
    it(`${name}: nothing thrown, the page untouched, never blank`, async () => {
      await fc.assert(fc.asyncProperty(arbitrary, fuzzOne), { seed: seed + index, numRuns, endOnFailure: true, includeErrorInReport: true });
    });
  });
});
