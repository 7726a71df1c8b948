// The keyboard on a chart: with the canvas focused, the arrows, Home and End walk through the
// marks (on maps, through the places drawn), each shown with its tooltip, a focus ring and
// said to screen readers; Enter or Space sends `select` for it; Escape hides the tooltip.
import { sameTarget } from './tooltip.js';

const MAP_KINDS = new Set(['map', 'bubbles', 'sites']);
const MOVES = ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End'];

/** Keyboard navigation of one chart (the arguments are as `Pointer`'s). */
export class Keyboard {
  #chart;
  #tooltip;
  #drawn;
  #marks = null;
  #index = -1;

  constructor({ chart, tooltip, on, drawn }) {
    this.#chart = chart;
    this.#tooltip = tooltip;
    this.#drawn = drawn;
    const c = chart.canvas;
    if (!c.hasAttribute('tabindex')) {
      c.tabIndex = 0;
      c.dataset.repatriaTabindex = 'added';
    }
    on(c, 'keydown', (e) => this.#key(e));
    on(c, 'blur', () => tooltip.hide());
  }

  /** The marks the keyboard walks through: the chart's marks, or on maps one per place hit. */
  #keyMarks() {
    if (this.#marks) return this.#marks;
    let marks = this.#chart.marks();
    if (!marks.length && MAP_KINDS.has(this.#chart.options().chart)) marks = this.#sampleMap();
    this.#marks = marks;
    return marks;
  }

  /** Maps declare no marks: find each place by probing a grid of points. */
  #sampleMap() {
    const w = this.#chart.canvas.clientWidth;
    const h = this.#chart.canvas.clientHeight;
    const step = Math.max(10, Math.ceil(Math.sqrt((w * h) / 700)));
    const found = new Map();
    for (let y = step / 2; y < h; y += step) {
      for (let x = step / 2; x < w; x += step) {
        const m = this.#chart.hit(x, y);
        if (!m) continue;
        const key = JSON.stringify(m.target);
        const f = found.get(key);
        if (f) { f.sx += x; f.sy += y; f.n++; } else found.set(key, { m, sx: x, sy: y, n: 1 });
      }
    }
    return [...found.values()]
      .map(({ m, sx, sy, n }) => {
        const cx = sx / n;
        const cy = sy / n;
        return { ...m, x0: cx - 5, y0: cy - 5, x1: cx + 5, y1: cy + 5 };
      })
      .sort((a, b) => Math.round(a.y0 / 40) - Math.round(b.y0 / 40) || a.x0 - b.x0);
  }

  #key(e) {
    if (!this.#drawn()) return;
    if (e.key === 'Escape') { this.#tooltip.hide(); return; }
    const select = e.key === 'Enter' || e.key === ' ';
    if (!select && !MOVES.includes(e.key)) return;
    let marks;
    try { marks = this.#keyMarks(); } catch { return; }
    const n = marks.length;
    if (!n) return;
    let i = this.#index >= n ? -1 : this.#index;
    if (select) {
      if (i < 0) return;
      e.preventDefault();
      this.#chart.dispatchEvent(new CustomEvent('select', { detail: { mark: marks[i], shiftKey: e.shiftKey } }));
      return;
    }
    e.preventDefault();
    if (e.key === 'Home') i = 0;
    else if (e.key === 'End') i = n - 1;
    else if (e.key === 'ArrowRight' || e.key === 'ArrowDown') i = i < 0 ? 0 : (i + 1) % n;
    else i = i < 0 ? n - 1 : (i - 1 + n) % n;
    this.#index = i;
    this.#focus(marks[i]);
    this.#tooltip.announce(marks[i]);
    this.#chart.dispatchEvent(new CustomEvent('hover', { detail: marks[i] }));
  }

  /** Rings mark `m` and shows its tooltip above it. */
  #focus(m) {
    const r = this.#chart.canvas.getBoundingClientRect();
    this.#tooltip.ring(m);
    this.#tooltip.show(m, { x: r.left + (m.x0 + m.x1) / 2, y: r.top + Math.min(m.y0, m.y1) }, this);
  }

  /** After a redraw: the marks are found again, and the one shown stays shown if still drawn. */
  redrawn() {
    this.#marks = null;
    const shown = this.#tooltip.shown;
    if (!shown || shown.by !== this) {
      this.#tooltip.unring();
      return;
    }
    let marks = [];
    try { marks = this.#keyMarks(); } catch { marks = []; }
    const i = marks.findIndex((m) => sameTarget(m, shown.mark));
    if (i < 0) {
      this.#tooltip.hide();
      return;
    }
    this.#index = i;
    this.#focus(marks[i]);
  }

  dispose() {
    const c = this.#chart.canvas;
    if (c.dataset.repatriaTabindex === 'added') {
      c.removeAttribute('tabindex');
      delete c.dataset.repatriaTabindex;
    }
  }
}
