/**
 * The map's viewport and the gestures that move it: drag and pinch (pointer events), wheel, arrow and
 * +/- keys, animated steps (none when the reader prefers reduced motion). Moves are applied once per
 * animation frame and cost no render: `onApply` moves the layers and markers. Only when the scale has
 * changed and the gesture has come to rest does `onRender` ask the element to render again, where
 * markers regroup and labels find their places.
 */
import { clampView, fitBounds, interpolateView, panBy, sameView, zoomAt, type Bounds, type Point, type ViewLimits, type Viewport } from './projection.ts';

export interface MapViewCallbacks {
  /** The scale changed and the gesture is over: markers and labels need a new render. */
  onRender(): void;
  /** The view moved: shift and scale the layers, move the markers. */
  onApply(): void;
}

/** How far one arrow key press moves the map, in pixels. */
export const PAN_STEP = 80;
/** The zoom factor of one button press or +/- key press. */
export const ZOOM_STEP = 2;
const ANIMATION_MS = 220;
const DRAG_THRESHOLD = 4;
/** A zoom gesture counts as over this long after its last step. */
const SETTLE_MS = 180;

export class MapView {
  view?: Viewport;
  limits?: ViewLimits;
  /** The scale the markers were last grouped at. */
  renderedScale = 0;
  /** Whether the reader has moved the map (then a resize keeps their view instead of fitting again). */
  moved = false;

  private pointers = new Map<number, Point>();
  private dragStart?: Point;
  private dragging = false;
  private suppressClick = false;
  private frame = 0;
  private animation = 0;
  private animating = false;
  private lastWheel = -Infinity;
  private settleTimer?: ReturnType<typeof setTimeout>;
  private pendingWheel?: { factor: number; at: Point };

  constructor(private readonly callbacks: MapViewCallbacks) {}

  /** Sets the view at once (first show, resize, reduced motion). */
  set(view: Viewport, limits?: ViewLimits): void {
    cancelAnimationFrame(this.animation);
    this.animating = false;
    if (limits) this.limits = limits;
    this.view = clampView(view, this.limits);
    this.schedule();
  }

  /** Fits bounds into the current size, animated unless the reader prefers reduced motion. */
  fit(bounds: Bounds, padding = 32): void {
    if (!this.view) return;
    this.animateTo(fitBounds(bounds, this.view.width, this.view.height, padding, this.limits?.maxScale));
  }

  zoom(factor: number, at?: Point): void {
    if (!this.view) return;
    this.moved = true;
    const point = at ?? [this.view.width / 2, this.view.height / 2];
    this.animateTo(zoomAt(this.view, factor, point, this.limits));
  }

  pan(dx: number, dy: number): void {
    if (!this.view) return;
    this.moved = true;
    this.update(panBy(this.view, dx, dy, this.limits));
  }

  animateTo(target: Viewport): void {
    const from = this.view;
    cancelAnimationFrame(this.animation);
    const goal = clampView(target, this.limits);
    if (!from || sameView(from, goal) || prefersReducedMotion()) {
      this.animating = false;
      this.update(goal);
      return;
    }
    const start = performance.now();
    this.animating = true;
    const step = (now: number) => {
      const t = Math.min(1, (now - start) / ANIMATION_MS);
      const eased = 1 - (1 - t) ** 3;
      if (t >= 1) this.animating = false;
      this.update(t >= 1 ? goal : interpolateView(from, goal, eased));
      if (t < 1) this.animation = requestAnimationFrame(step);
    };
    this.animation = requestAnimationFrame(step);
  }

  /** Whether the zoom buttons can still act. */
  get canZoomIn(): boolean {
    return !!this.view && !!this.limits && this.view.scale < this.limits.maxScale * 0.999;
  }

  get canZoomOut(): boolean {
    return !!this.view && !!this.limits && this.view.scale > this.limits.minScale * 1.001;
  }

  /** A click that ends a drag is not a choice. */
  consumeClick(): boolean {
    const suppressed = this.suppressClick;
    this.suppressClick = false;
    return suppressed;
  }

  disconnect(): void {
    cancelAnimationFrame(this.frame);
    cancelAnimationFrame(this.animation);
    clearTimeout(this.settleTimer);
    this.animating = false;
    this.frame = 0;
    this.pointers.clear();
  }

  readonly onPointerDown = (event: PointerEvent) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    this.pointers.set(event.pointerId, localPoint(event));
    this.suppressClick = false;
    if (this.pointers.size === 1) {
      this.dragStart = localPoint(event);
      this.dragging = false;
    }
  };

  readonly onPointerMove = (event: PointerEvent) => {
    const previous = this.pointers.get(event.pointerId);
    if (!previous || !this.view) return;
    const current = localPoint(event);
    if (this.pointers.size === 1) {
      if (!this.dragging && this.dragStart && Math.hypot(current[0] - this.dragStart[0], current[1] - this.dragStart[1]) > DRAG_THRESHOLD) {
        this.dragging = true;
        capture(event);
      }
      this.pointers.set(event.pointerId, current);
      if (this.dragging) this.pan(current[0] - previous[0], current[1] - previous[1]);
      return;
    }
    // Two fingers: zoom by the change of their distance about their midpoint, and follow the midpoint.
    const [otherId, other] = [...this.pointers].find(([id]) => id !== event.pointerId)!;
    this.pointers.set(event.pointerId, current);
    this.pointers.set(otherId, other);
    const before = Math.hypot(previous[0] - other[0], previous[1] - other[1]);
    const after = Math.hypot(current[0] - other[0], current[1] - other[1]);
    const midBefore: Point = [(previous[0] + other[0]) / 2, (previous[1] + other[1]) / 2];
    const midAfter: Point = [(current[0] + other[0]) / 2, (current[1] + other[1]) / 2];
    this.dragging = true;
    this.moved = true;
    capture(event);
    const zoomed = before > 0 ? zoomAt(this.view, after / before, midBefore, this.limits) : this.view;
    this.update(panBy(zoomed, midAfter[0] - midBefore[0], midAfter[1] - midBefore[1], this.limits));
  };

  readonly onPointerUp = (event: PointerEvent) => {
    if (!this.pointers.delete(event.pointerId)) return;
    if (this.pointers.size === 0) {
      if (this.dragging) this.suppressClick = true;
      this.dragging = false;
      this.dragStart = undefined;
    } else {
      const [remaining] = this.pointers.values();
      this.dragStart = remaining;
    }
  };

  readonly onWheel = (event: WheelEvent) => {
    if (!this.view || event.deltaY === 0) return;
    event.preventDefault();
    this.moved = true;
    this.lastWheel = performance.now();
    const unit = event.deltaMode === 1 ? 40 : event.deltaMode === 2 ? 400 : 1;
    const factor = Math.exp((-event.deltaY * unit) / 400);
    const at = localPoint(event);
    this.pendingWheel = { factor: (this.pendingWheel?.factor ?? 1) * factor, at };
    cancelAnimationFrame(this.animation);
    this.schedule();
  };

  /** Arrow keys pan, + and - zoom. Returns whether the key was used. */
  handleKey(event: KeyboardEvent): boolean {
    if (event.altKey || event.ctrlKey || event.metaKey) return false;
    const step = event.shiftKey ? PAN_STEP * 3 : PAN_STEP;
    switch (event.key) {
      case 'ArrowLeft':
        this.pan(step, 0);
        return true;
      case 'ArrowRight':
        this.pan(-step, 0);
        return true;
      case 'ArrowUp':
        this.pan(0, step);
        return true;
      case 'ArrowDown':
        this.pan(0, -step);
        return true;
      case '+':
      case '=':
      case 'Add':
        this.zoom(ZOOM_STEP);
        return true;
      case '-':
      case '_':
      case 'Subtract':
        this.zoom(1 / ZOOM_STEP);
        return true;
      default:
        return false;
    }
  }

  private update(view: Viewport): void {
    this.view = view;
    this.schedule();
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => this.flush());
  }

  /** Applies what happened since the last frame: a wheel's accumulated zoom, then the new view. */
  flush(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (this.pendingWheel && this.view) {
      this.view = zoomAt(this.view, this.pendingWheel.factor, this.pendingWheel.at, this.limits);
      this.pendingWheel = undefined;
    }
    if (!this.view) return;
    if (this.view.scale !== this.renderedScale && !this.interacting()) this.callbacks.onRender();
    else {
      this.callbacks.onApply();
      if (this.view.scale !== this.renderedScale) this.settleLater();
    }
  }

  /** A zoom is under way: a wheel turning, two fingers down, an animation running. */
  private interacting(): boolean {
    return this.animating || this.pointers.size > 1 || performance.now() - this.lastWheel < SETTLE_MS;
  }

  private settleLater(): void {
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      this.settleTimer = undefined;
      if (!this.view || this.view.scale === this.renderedScale) return;
      if (this.interacting()) this.settleLater();
      else this.callbacks.onRender();
    }, SETTLE_MS);
  }
}

/** Keeps a drag going outside the map; a pointer the browser no longer tracks is simply not captured. */
function capture(event: PointerEvent): void {
  try {
    (event.currentTarget as Element).setPointerCapture(event.pointerId);
  } catch {
    // not an active pointer (released meanwhile, or synthetic)
  }
}

function localPoint(event: MouseEvent): Point {
  const rect = (event.currentTarget as Element).getBoundingClientRect();
  return [event.clientX - rect.left, event.clientY - rect.top];
}

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
