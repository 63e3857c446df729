/** In-page helpers shared by the benchmark pages (bundled with each of them). */

/** A macrotask: every microtask queued before it (Lit's updates, Preact's re-renders) has run. */
export const yieldTask = (): Promise<void> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });

export const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Lets every pending microtask run (Lit's updates, Preact's debounced re-renders) without giving the
 * browser a task boundary, where it could slip in a whole frame (style, layout, paint) and blur the
 * split between rendering and layout. What would only be drawn in a later task or frame is caught by
 * `late` in `compare`.
 */
export async function microtasks(): Promise<void> {
  for (let i = 0; i < 8; i++) await Promise.resolve();
}

/** Forces style and layout of the whole document, as the browser must before it paints. */
export function layout(box: Element): void {
  box.getBoundingClientRect();
  void (document.documentElement as HTMLElement).offsetHeight;
}

/** A quiet start for a run: two frames and a collected heap (Chromium runs with --expose-gc). */
export async function quiet(): Promise<void> {
  await frame();
  (globalThis as { gc?: () => void }).gc?.();
  await frame();
  await yieldTask();
}

/** A fresh, sized host for one run, replacing whatever the previous run left. */
export function host(width: number, height?: number): HTMLElement {
  const box = document.createElement('div');
  box.style.inlineSize = `${width}px`;
  if (height) box.style.blockSize = `${height}px`;
  document.body.replaceChildren(box);
  return box;
}

/** Spins for 30 ms; returns when it started (the profile finds the first sample in this function). */
function benchCalibration(): number {
  const start = performance.now();
  while (performance.now() - start < 30);
  return start;
}

/** One side's runs: total, until rendered (script and DOM, and any layout it forced), then style and layout. */
export interface Measured {
  samples: number[];
  render: number[];
  layout: number[];
  counts: Record<string, number>;
}

export interface Contender<Data> {
  name: string;
  /** Creates a fresh instance in `box`; resolves when it is rendered (laid out is forced after). */
  render(box: HTMLElement, data: Data): Promise<void> | void;
  /** Removes the instance (outside the timing). */
  destroy(box: HTMLElement): void;
  /** What was drawn, for the report (counted after the timing). */
  count(box: HTMLElement): Record<string, number>;
}

/**
 * Runs each contender `warmup + runs` times, fresh instance each run, in rounds whose order is
 * shuffled (seeded), so that neither always runs first, after the other, or on a warmer heap.
 */
export async function compare<Data>(
  contenders: Contender<Data>[],
  prepare: (name: string) => Data,
  options: { runs: number; warmup: number; seed: number; width: number; height?: number; profile?: boolean },
): Promise<Record<string, Measured>> {
  let state = options.seed >>> 0 || 1;
  const random = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  // For a CPU profile of the timed parts only: the timed windows, and a spin whose first sample ties
  // the profile's clock to performance.now().
  const profiled: { windows: [number, number][]; calibration?: number } = { windows: [] };
  (globalThis as { benchProfiled?: typeof profiled }).benchProfiled = profiled;
  if (options.profile) profiled.calibration = benchCalibration();
  const out: Record<string, Measured> = {};
  for (const c of contenders) out[c.name] = { samples: [], render: [], layout: [], counts: {} };
  for (let round = 0; round < options.warmup + options.runs; round++) {
    const order = [...contenders];
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const contender of order) {
      const data = prepare(contender.name);
      const box = host(options.width, options.height);
      await quiet();
      const start = performance.now();
      await contender.render(box, data);
      await microtasks();
      const rendered = performance.now();
      layout(box);
      const end = performance.now();
      if (round >= options.warmup) {
        profiled.windows.push([start, end]);
        out[contender.name].samples.push(end - start);
        out[contender.name].render.push(rendered - start);
        out[contender.name].layout.push(end - rendered);
      }
      // What was drawn when the clock stopped, and whether anything was still drawn a frame later
      // (which would make the figure too good): `late` counts the runs where it was.
      const measured = JSON.stringify(contender.count(box));
      await frame();
      await yieldTask();
      const after = contender.count(box);
      out[contender.name].counts = { ...after, late: (out[contender.name].counts.late ?? 0) + (JSON.stringify(after) === measured ? 0 : 1) };
      contender.destroy(box);
    }
  }
  document.body.replaceChildren();
  return out;
}
