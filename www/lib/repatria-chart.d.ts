// Type declarations for <repatria-chart> (lib/repatria-chart.js). Importing the module defines
// the element.
import type { DataSource, PNGOptions, RepatriaChart, Report, Table } from './repatria.js';

/** What the element is doing. */
export type RepatriaChartState = 'idle' | 'loading' | 'ready' | 'error';

/**
 * `<repatria-chart src chart lang title subtitle source theme width height group time classes
 * classification sample khmer-digits seasons teams provinces name tooltips table>`.
 */
export declare class RepatriaChartElement extends HTMLElement {
  static readonly observedAttributes: string[];
  /** The chart, once the module is loaded. */
  readonly chart: RepatriaChart | null;
  readonly state: RepatriaChartState;
  /** The error shown when `state` is `error`. */
  readonly error: Error | null;
  /** Resolves when the latest update is drawn (true) or has failed (false); never rejects. */
  readonly updateComplete: Promise<boolean>;
  /** Data given from script, shown instead of `src`. */
  data: DataSource | undefined;
  /** Shows data given from script; resolves to the report of reading, rejects with the error shown. */
  setData(source: DataSource): Promise<Report | null>;
  report(): Report | null;
  description(): string;
  table(): Table;
  toSVG(width?: number, height?: number): string;
  toPNG(options?: PNGOptions): Promise<Blob>;
  connectedCallback(): void;
  disconnectedCallback(): void;
  attributeChangedCallback(name: string, before: string | null, after: string | null): void;

  addEventListener<K extends keyof RepatriaChartElementEventMap>(type: K, listener: (this: RepatriaChartElement, ev: RepatriaChartElementEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof RepatriaChartElementEventMap>(type: K, listener: (this: RepatriaChartElement, ev: RepatriaChartElementEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

/** The events the element sends (they bubble and cross shadow roots). */
export interface RepatriaChartElementEventMap extends HTMLElementEventMap {
  'repatria-draw': CustomEvent<{ title: string; description: string }>;
  'repatria-error': CustomEvent<{ message: string }>;
}

/** Defines the element under another name too (it is defined as `repatria-chart` on import). */
export declare function defineRepatriaChart(name?: string): CustomElementConstructor;

declare global {
  interface HTMLElementTagNameMap {
    'repatria-chart': RepatriaChartElement;
  }
}
