/**
 * Whether an element's box is narrower than a width in em, followed as the box changes size.
 *
 * The calendar's CSS decides which of grid and agenda shows (a container query on the same width);
 * this only spares building the one that is hidden, which for a busy month is half the rendering
 * time. The width is read once before the first render that needs it (`measure`), then followed a
 * frame after each resize: changing the content within the observer's own frame would raise a
 * "ResizeObserver loop" error in the host page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class NarrowController implements ReactiveController {
  /** Narrower than (or as wide as) `ems` of the element's font size. */
  narrow = false;
  private measured = false;
  private frame = 0;
  private readonly observer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => this.schedule()) : undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly ems: number,
    /** The element whose font size sets the em (the widget's root, which sets its own size). */
    private readonly fontSource: () => Element | null | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer?.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    cancelAnimationFrame(this.frame);
  }

  /** Reads the width now unless it was read before: call before a render that depends on it. */
  measureOnce(): void {
    if (!this.measured) this.measure(false);
  }

  private schedule(): void {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.measure(true));
  }

  private measure(update: boolean): void {
    const width = this.host.getBoundingClientRect().width;
    if (!(width > 0)) return;
    const source = this.fontSource();
    const em = (source && parseFloat(getComputedStyle(source).fontSize)) || 16;
    this.measured = true;
    const narrow = width <= this.ems * em;
    if (narrow !== this.narrow) {
      this.narrow = narrow;
      if (update) this.host.requestUpdate();
    }
  }
}
