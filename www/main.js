// The demo page: loads the module, reads the sample CSV and draws the seasons chart.
import init, { Chart } from './pkg/repatria.js';

const canvas = document.getElementById('chart');
const status = document.getElementById('status');
const caption = document.getElementById('chart-description');

function fail(err) {
  status.textContent = String(err && err.message ? err.message : err);
  status.classList.add('error');
}

async function main() {
  await init();
  const source = 'data/sample-seasons.csv';
  const response = await fetch(source);
  if (!response.ok) throw new Error(`${source}: HTTP ${response.status}`);
  const chart = new Chart(canvas, { chart: 'seasons', lang: 'en', sample: true, source: 'made-up sample data (repatria)' });
  chart.loadCsv(source, await response.text());
  const draw = () => {
    const { description } = chart.draw();
    caption.textContent = description;
  };
  draw();
  let pending = 0;
  new ResizeObserver(() => {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(draw);
  }).observe(canvas);
  matchMedia(`(resolution: ${devicePixelRatio}dppx)`).addEventListener('change', draw, { once: true });
  document.documentElement.dataset.ready = 'true';
}

main().catch(fail);
