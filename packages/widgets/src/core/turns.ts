/**
 * Work that many elements would otherwise do in one go, taken in turns: one piece per task.
 *
 * When the feed arrives, every element on the page is ready at the same moment; rendering them all in
 * the promise's continuation makes one long task (the offers, a month, a map: hundreds of milliseconds on
 * a cheap phone) in which the page cannot answer a tap. In turns, the browser can handle input and paint
 * between two elements. Tasks are posted through a MessageChannel, which background tabs do not throttle
 * (timers there fire at most once a second).
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
    setTimeout(next, 0);
    return;
  }
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = next;
  }
  channel.port2.postMessage(undefined);
}

function next(): void {
  const piece = waiting[0];
  try {
    piece?.();
  } finally {
    waiting.shift();
    if (waiting.length) post();
  }
}
