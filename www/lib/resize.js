// What makes a chart redraw by itself: its element resized (after `delay` ms without another
// resize, then at the next frame), or the device pixel ratio changed (zoom, another screen).

/** Watches `element` (if given) and the device pixel ratio, and calls `redraw` after either. */
export class ResizeWatch {
  #redraw;
  #delay;
  #observer = null;
  #query = null;
  #timer = 0;
  #frame = 0;
  #stopped = false;

  constructor(element, delay, redraw) {
    this.#redraw = redraw;
    this.#delay = delay;
    if (element && typeof ResizeObserver !== 'undefined') {
      this.#observer = new ResizeObserver(() => this.#schedule(this.#delay));
      this.#observer.observe(element);
    }
    this.#watchRatio();
  }

  #watchRatio() {
    if (typeof matchMedia !== 'function') return;
    this.#unwatchRatio();
    const query = matchMedia(`(resolution: ${devicePixelRatio}dppx)`);
    const fn = () => { this.#watchRatio(); this.#schedule(0); };
    query.addEventListener('change', fn);
    this.#query = { query, fn };
  }

  #unwatchRatio() {
    if (this.#query) this.#query.query.removeEventListener('change', this.#query.fn);
    this.#query = null;
  }

  #schedule(delay) {
    if (this.#stopped) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      cancelAnimationFrame(this.#frame);
      this.#frame = requestAnimationFrame(() => this.#redraw());
    }, delay);
  }

  /** Stops watching; nothing is redrawn afterwards. */
  stop() {
    this.#stopped = true;
    this.#observer?.disconnect();
    this.#observer = null;
    this.#unwatchRatio();
    clearTimeout(this.#timer);
    cancelAnimationFrame(this.#frame);
  }
}
