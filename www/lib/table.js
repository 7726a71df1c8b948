// The table view: the numbers behind a drawing as an HTML table, with the chart's title as its
// caption (for screen readers, and for readers who want the numbers). Text only.

const LOCALES = { en: 'en-GB', vi: 'vi-VN', km: 'km-KH' };
/** Number formats by language, made once (making one takes longer than writing a table). */
const NUMBER_FORMATS = new Map();

/**
 * `rendered.table` (what `draw()` returns) as a `<table>`: a header row, then a row per line
 * whose first cell heads it; numbers are written in `lang`'s style and get the class `n`;
 * an empty cell is a dash.
 */
export function tableElement(rendered, lang = 'en') {
  const locale = LOCALES[lang] || LOCALES.en;
  if (!NUMBER_FORMATS.has(locale)) NUMBER_FORMATS.set(locale, new Intl.NumberFormat(locale));
  const numbers = NUMBER_FORMATS.get(locale);
  const table = document.createElement('table');
  const caption = document.createElement('caption');
  caption.textContent = rendered.title;
  const head = document.createElement('thead');
  const hr = document.createElement('tr');
  for (const c of rendered.table.columns) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = c;
    hr.append(th);
  }
  head.append(hr);
  const body = document.createElement('tbody');
  for (const row of rendered.table.rows) {
    const tr = document.createElement('tr');
    row.forEach((cell, i) => {
      const td = document.createElement(i === 0 ? 'th' : 'td');
      if (i === 0) td.scope = 'row';
      if (typeof cell === 'number') {
        td.textContent = numbers.format(cell);
        td.className = 'n';
      } else {
        td.textContent = cell === null || cell === undefined ? '–' : String(cell);
      }
      tr.append(td);
    });
    body.append(tr);
  }
  table.append(caption, head, body);
  table.lang = LOCALES[lang] ? lang : 'en';
  return table;
}
