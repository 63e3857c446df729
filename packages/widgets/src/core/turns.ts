/**
 * Work that many elements would otherwise do in one go, taken in turns: one piece per task.
 *
 * When the feed arrives, every element on the page is ready at the same moment; rendering them all in
 * the promise's continuation makes one long task (the offers, a month, a map: hundreds of milliseconds on
 * a cheap phone) in which the page cannot answer a tap. In turns, the browser can handle input and paint
 * between two elements (and an element's render, a microtask, is done before the next turn).
 *
 * Tasks are messages to a MessageChannel, which background tabs do not hold back as they do timers. The
 * feed reader slices its work the same way (packages/feed/src/tasks.ts); importing that module here would
 * put it, and with it the reader and zod, into the first download of the CDN bundle.
 */
const waiting: Array<() => void> = [];
let channel: MessageChannel | undefined;

/** Runs `piece` in a task of its own, after the pieces queued before it. */
export function inTurn(piece: () => void): void {
  waiting.push(piece);
  if (waiting.length === 1) post();
}

function post(): void {
  if (typeof MessageChannel !== 'function') {
    setTimeout(takeTurn, 0);
    return;
  }
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = takeTurn;
  }
  channel.port2.postMessage(undefined);
}

function takeTurn(): void {
  try {
    waiting[0]?.();
  } catch (error) {
    console.warn(`INFamilie widgets: ${(error as Error)?.message ?? error}`);
  } finally {
    waiting.shift();
    if (waiting.length) post();
  }
}
