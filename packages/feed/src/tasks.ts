/**
 * Yielding to the page between pieces of long work, so that a phone can answer a tap or paint in
 * between. A message to oneself comes back as a new task at once; timers would do, but browsers hold
 * back timers in background tabs (to once a second), which would stretch a feed's reading there.
 */

/** Resolves in a new task. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof MessageChannel !== 'function') {
      setTimeout(resolve, 0);
      return;
    }
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(undefined);
  });
}

/** How long one slice of work may run before it yields. */
export const SLICE_MS = 8;

/**
 * Runs the steps of a generator to its end, in slices of about `SLICE_MS`, each in a task of its own,
 * the first one too: the caller's task (the one that ran the reader's code or got the response) does
 * not grow by a slice. A generator's steps should be small (one item of a feed).
 */
export async function inSlices<T>(steps: Generator<unknown, T, void>): Promise<T> {
  for (;;) {
    await nextTask();
    const until = performance.now() + SLICE_MS;
    let step = steps.next();
    while (!step.done && performance.now() < until) step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the steps of a generator to its end at once. */
export function allAtOnce<T>(steps: Generator<unknown, T, void>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}
