// The pointer on a chart: the tooltip of the mark under a mouse, a pen or a finger, and the
// `select` event of a click or tap on a mark.
import { sameTarget } from './tooltip.js';

/**
 * Pointer events of one chart. `chart` is the RepatriaChart (its canvas, `hit`, events);
 * `tooltip` its Tooltip, or null for no tooltips; `on(target, type, fn, options)` adds a
 * listener the chart removes when disposed; `drawn()` whether the chart has drawn.
 */
export class Pointer {
  #chart;
  #tooltip;
  #drawn;
  /** Where the tooltip was last shown: canvas CSS pixels and the viewport point. */
  #last = null;
  #frame = 0;

  constructor({ chart, tooltip, on, drawn }) {
    this.#chart = chart;
    this.#tooltip = tooltip;
    this.#drawn = drawn;
    const c = chart.canvas;
    if (tooltip) {
      on(c, 'pointermove', (e) => this.#point(e));
      on(c, 'pointerdown', (e) => { if (e.pointerType !== 'mouse') this.#point(e, true); });
      on(c, 'pointerleave', (e) => { if (e.pointerType === 'mouse') tooltip.hide(); });
      on(document, 'pointerdown', (e) => { if (e.target !== c && !e.composedPath().includes(c)) tooltip.hide(); }, true);
    }
    on(c, 'click', (e) => this.#click(e));
  }

  /** The mark under viewport point (x, y), or null. */
  #hitAt(clientX, clientY) {
    const r = this.#chart.canvas.getBoundingClientRect();
    const x = clientX - r.left;
    const y = clientY - r.top;
    try {
      return { x, y, mark: this.#chart.hit(x, y) };
    } catch {
      return { x, y, mark: null };
    }
  }

  #point(e, tap = false) {
    if (!this.#drawn()) return;
    cancelAnimationFrame(this.#frame);
    const show = () => {
      if (this.#chart.disposed) return;
      const { x, y, mark } = this.#hitAt(e.clientX, e.clientY);
      if (mark) {
        this.#last = { x, y, client: { x: e.clientX, y: e.clientY } };
        this.#tooltip.show(mark, this.#last.client, this);
        if (tap) this.#tooltip.announce(mark);
      } else {
        this.#tooltip.hide();
      }
      this.#chart.dispatchEvent(new CustomEvent('hover', { detail: mark }));
    };
    if (tap) show(); else this.#frame = requestAnimationFrame(show);
  }

  #click(e) {
    if (!this.#drawn()) return;
    const { mark } = this.#hitAt(e.clientX, e.clientY);
    if (mark) this.#chart.dispatchEvent(new CustomEvent('select', { detail: { mark, shiftKey: e.shiftKey } }));
  }

  /** After a redraw: the tooltip it showed stays if the same mark is still under that point. */
  redrawn() {
    const shown = this.#tooltip?.shown;
    if (!shown || shown.by !== this || !this.#last) return;
    let mark = null;
    try { mark = this.#chart.hit(this.#last.x, this.#last.y); } catch { mark = null; }
    if (mark && sameTarget(mark, shown.mark)) this.#tooltip.show(mark, this.#last.client, this);
    else this.#tooltip.hide();
  }

  dispose() {
    cancelAnimationFrame(this.#frame);
  }
}
