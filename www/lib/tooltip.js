// A chart's tooltip: a small box of text that follows the pointer or the keyboard's mark, the
// keyboard's focus ring, and a live region that says a mark to screen readers. Strings from data
// are only ever written as text.

const COLOURS = {
  light: { bg: '#ffffff', fg: '#1a1a1a', muted: '#4d4d4d', border: '#b8b8b8', focus: '#0b62d6' },
  dark: { bg: '#1f2328', fg: '#f0f0f0', muted: '#c4c9cf', border: '#5a6068', focus: '#6cb4ff' },
};

/** Sets inline style properties (CSS names). */
export function setStyle(el, style) {
  for (const [k, v] of Object.entries(style)) el.style.setProperty(k, v);
}

const HIDDEN = {
  position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)',
  'clip-path': 'inset(50%)', 'white-space': 'nowrap', margin: '-1px', padding: '0', border: '0',
};

let tipCount = 0;

/** The tooltip, focus ring and live region of one canvas, made when first needed. */
export class Tooltip {
  #canvas;
  #options;
  #tip = null;
  #ring = null;
  #live = null;
  /** What is shown: `{mark, by}` (`by` is whoever showed it), or null. */
  shown = null;

  /** `options()` gives the chart's current options (for its theme and language). */
  constructor(canvas, options) {
    this.#canvas = canvas;
    this.#options = options;
  }

  #colours() {
    try { return COLOURS[this.#options().theme] || COLOURS.light; } catch { return COLOURS.light; }
  }

  #tipEl() {
    if (!this.#tip) {
      const tip = document.createElement('div');
      tip.id = `repatria-tip-${++tipCount}`;
      tip.setAttribute('role', 'tooltip');
      tip.className = 'repatria-tooltip';
      tip.setAttribute('part', 'tooltip');
      setStyle(tip, {
        position: 'fixed', 'z-index': '2147483000', 'pointer-events': 'none', 'max-width': '280px',
        padding: '6px 9px', 'border-radius': '4px', 'border-width': '1px', 'border-style': 'solid',
        'box-shadow': '0 2px 8px rgba(0,0,0,.25)', font: '13px/1.35 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Khmer",Arial,sans-serif',
        'text-align': 'start', left: '0', top: '0', visibility: 'hidden',
      });
      this.#canvas.after(tip);
      this.#tip = tip;
    }
    return this.#tip;
  }

  /** Shows mark `m`'s tooltip near viewport point `at`, on behalf of `by`. */
  show(m, at, by) {
    const tip = this.#tipEl();
    const t = this.#colours();
    setStyle(tip, { background: t.bg, color: t.fg, 'border-color': t.border });
    const title = document.createElement('strong');
    title.textContent = m.title;
    const parts = [title];
    for (const line of m.lines || []) {
      const div = document.createElement('div');
      div.textContent = line;
      div.style.color = t.muted;
      parts.push(div);
    }
    tip.replaceChildren(...parts);
    try { tip.lang = this.#options().lang; } catch { /* keep the last */ }
    tip.style.visibility = 'visible';
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    let x = at.x + 12;
    let y = at.y - h - 10;
    if (x + w > innerWidth - 4) x = Math.max(4, at.x - w - 12);
    if (y < 4) y = Math.min(innerHeight - h - 4, at.y + 16);
    tip.style.left = `${Math.round(x)}px`;
    tip.style.top = `${Math.round(y)}px`;
    this.#canvas.setAttribute('aria-describedby', tip.id);
    this.shown = { mark: m, by };
  }

  /** Draws the focus ring around mark `m` (CSS pixels of the canvas). */
  ring(m) {
    if (!this.#ring) {
      this.#ring = document.createElement('div');
      this.#ring.className = 'repatria-focus';
      this.#ring.setAttribute('aria-hidden', 'true');
      setStyle(this.#ring, { position: 'fixed', 'pointer-events': 'none', 'z-index': '2147482999', 'border-radius': '2px', 'box-sizing': 'border-box' });
      this.#canvas.after(this.#ring);
    }
    const r = this.#canvas.getBoundingClientRect();
    setStyle(this.#ring, {
      left: `${Math.round(r.left + m.x0 - 3)}px`, top: `${Math.round(r.top + m.y0 - 3)}px`,
      width: `${Math.round(m.x1 - m.x0 + 6)}px`, height: `${Math.round(m.y1 - m.y0 + 6)}px`,
      border: `2px solid ${this.#colours().focus}`, visibility: 'visible',
    });
  }

  /** Hides the focus ring. */
  unring() {
    if (this.#ring) this.#ring.style.visibility = 'hidden';
  }

  /** Says a mark to screen readers. */
  announce(m) {
    if (!this.#live) {
      this.#live = document.createElement('div');
      this.#live.setAttribute('aria-live', 'polite');
      this.#live.className = 'repatria-live';
      setStyle(this.#live, HIDDEN);
      this.#canvas.after(this.#live);
    }
    this.#live.textContent = [m.title, ...(m.lines || [])].join('. ');
  }

  /** Hides the tooltip and the ring. */
  hide() {
    this.shown = null;
    if (this.#tip) this.#tip.style.visibility = 'hidden';
    if (this.#ring) this.#ring.style.visibility = 'hidden';
    if (this.#tip && this.#canvas.getAttribute('aria-describedby') === this.#tip.id) this.#canvas.removeAttribute('aria-describedby');
  }

  /** Removes what it added to the page. */
  dispose() {
    this.hide();
    for (const el of [this.#tip, this.#ring, this.#live]) if (el) el.remove();
    this.#tip = this.#ring = this.#live = null;
  }
}

/** Whether two marks stand for the same thing. */
export function sameTarget(a, b) {
  return JSON.stringify(a.target) === JSON.stringify(b.target);
}
