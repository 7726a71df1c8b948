// The iframe embed page: a <repatria-chart> made from the query string, that tells the parent
// page its height the way Datawrapper's embeds do:
//   parent.postMessage({"repatria-height": {"<id>": 512}}, "*")
// The parent sizes the iframe that sent it (see lib/embed-parent.js and the package README).
import { RepatriaChartElement } from './lib/repatria-embed.min.js';

const params = new URLSearchParams(location.search);
const main = document.getElementById('embed');
const lang = ['en', 'vi', 'km'].includes(params.get('lang')) ? params.get('lang') : 'en';
const id = (params.get('id') || `${params.get('src') || 'chart'}-${params.get('chart') || 'seasons'}`).slice(0, 200);
const LINK = { en: 'Get the data', vi: 'Tải dữ liệu', km: 'ទាញយកទិន្នន័យ' };

document.documentElement.lang = lang;
const page = document.documentElement.style;
page.margin = '0';
document.body.style.margin = '0';
document.body.style.fontFamily = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Khmer", Arial, sans-serif';
if (params.get('theme') === 'dark') {
  page.background = '#121417';
  page.color = '#f0f0f0';
  page.colorScheme = 'dark';
} else {
  page.background = 'transparent';
}
main.style.padding = params.has('padding') ? `${Math.min(64, Math.max(0, Number(params.get('padding')) || 0))}px` : '0';

const chart = document.createElement('repatria-chart');
for (const name of RepatriaChartElement.observedAttributes) {
  if (params.has(name)) chart.setAttribute(name, params.get(name));
}
main.append(chart);

// "Get the data": a link to the file shown, when it is a web address, or to `download` (the
// CSV behind a packed file, say); `download=off` for none.
const src = params.get('src');
const link = params.get('download') || src;
if (link && link !== 'off') {
  try {
    const url = new URL(link, location.href);
    if (url.protocol === 'https:' || url.protocol === 'http:') {
      const p = document.createElement('p');
      // In line with the chart's own text, which starts at its padding (frame.rs: 12 px on
      // a narrow chart, 16 px on a wide one).
      p.style.margin = '.25rem 0 0';
      p.style.padding = `0 ${main.clientWidth < 480 ? 12 : 16}px`;
      p.style.fontSize = '.8125rem';
      const a = document.createElement('a');
      a.href = url.href;
      a.textContent = LINK[lang];
      a.target = '_blank';
      a.rel = 'noopener';
      p.append(a);
      main.append(p);
    }
  } catch { /* not a URL: no link */ }
}

// The corrections made when the data was read (values read as others, columns ignored or
// read as a field: what the analyst chose, carried in the packed file's report), listed under
// the chart so that a reader sees the data shown is not the file exactly as it was written.
const CORRECTED = { en: 'Corrected before publishing', vi: 'Đã chỉnh sửa trước khi công bố', km: 'បានកែតម្រូវមុនពេលផ្សាយ' };
const ROWS = { en: 'rows', vi: 'dòng', km: 'ជួរ' };
const IGNORED = { en: 'column ignored', vi: 'cột bỏ qua', km: 'ជួរឈរមិនអើពើ' };
const READ_AS = { en: 'read as', vi: 'đọc là', km: 'អានជា' };
let listed = null;
chart.addEventListener('repatria-draw', () => {
  const r = chart.report();
  const items = [
    ...(r?.corrections || []).map((c) => `${c.column}: “${c.from}” → ${c.to} (${c.rows} ${ROWS[lang]})`),
    ...(r?.columns || []).filter((c) => c.chosen).map((c) => `“${c.name}”: ${c.field ? `${READ_AS[lang]} ${c.field}` : IGNORED[lang]}`),
  ];
  if (listed || !items.length) return;
  listed = document.createElement('details');
  listed.className = 'corrections';
  listed.style.cssText = `margin:.25rem 0 0;padding:0 ${main.clientWidth < 480 ? 12 : 16}px;font-size:.8125rem`;
  const summary = document.createElement('summary');
  summary.textContent = `${CORRECTED[lang]} (${items.length})`;
  const ul = document.createElement('ul');
  ul.style.margin = '.25rem 0';
  for (const text of items) {
    const li = document.createElement('li');
    li.textContent = text;
    ul.append(li);
  }
  listed.append(summary, ul);
  chart.after(listed);
});

// The height, each time it changes.
let sent = -1;
function report() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === sent || window.parent === window) return;
  sent = height;
  window.parent.postMessage({ 'repatria-height': { [id]: height } }, '*');
}
new ResizeObserver(report).observe(document.documentElement);
chart.addEventListener('repatria-draw', report);
chart.addEventListener('repatria-error', report);
// A parent that starts listening late can ask again.
window.addEventListener('message', (event) => {
  if (event.source === window.parent && event.data && event.data['repatria-get-height']) {
    sent = -1;
    report();
  }
});
