// repatria — the JavaScript API for web developers, over the Wasm module.
//
//   import { createChart } from 'repatria';
//   const chart = await createChart(document.querySelector('#chart'), {
//     chart: 'seasons', lang: 'vi', data: 'data/finds.csv',
//   });
//   chart.setOptions({ chart: 'map' });          // redraws, keeps the data
//   await chart.setData([{ season: '2024-2025', province: 'KH-7', remains: 3 }]);
//   const png = await chart.toPNG();              // a Blob, at 2×
//   chart.dispose();                              // listeners, observers and Wasm memory
//
// This file is the entry: the API is written by concern in module.js (loading the module),
// data.js (data sources), chart.js (the chart) with resize.js, tooltip.js, pointer.js and
// keyboard.js (what a reader points at), table.js (the table view) and csv.js (CSV downloads).
// Strings from data are only ever written as text (textContent), never as HTML.

/** Package version (kept in step with package.json by scripts/package.sh). */
export const VERSION = '0.1.0';

/** Every chart and map kind. */
export const CHART_KINDS = /* @__PURE__ */ Object.freeze(['seasons', 'cumulative', 'provinces', 'teams', 'matrix', 'identified', 'map', 'bubbles', 'sites']);
/** The languages. */
export const LANGS = /* @__PURE__ */ Object.freeze(['en', 'vi', 'km']);

export { init, isReady } from './module.js';
export { isPackedSource, loadData, RepatriaData, _prefetch } from './data.js';
export { createChart, RepatriaChart } from './chart.js';
export { tableElement } from './table.js';
export { chartCsv, csvFile, problemsCsv } from './csv.js';
