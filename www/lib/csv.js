// CSV files to download: a chart's table and the rows with problems, as spreadsheets open
// them, with the line that says where the numbers come from; and the rows of a file that had
// problems, cut out of it as the reader read them.

/**
 * The labels written before the source line and for synthetic data, as the charts draw them
 * (src/i18n.rs: Text::Source, Text::SampleData).
 */
const SOURCE = { en: 'Source:', vi: 'Nguồn:', km: 'ប្រភព៖' };
const SAMPLE = { en: 'SAMPLE DATA — not real figures', vi: 'DỮ LIỆU MẪU — không phải số liệu thật', km: 'ទិន្នន័យគំរូ — មិនមែនជាតួលេខពិត' };

/** One CSV field: quoted when it must be; one a spreadsheet would run as a formula, neutralised. */
export function csvField(value) {
  let s = String(value ?? '');
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * A CSV file's text from `body` (the header and the rows, CRLF-ended): first a UTF-8 byte order
 * mark, without which Excel on Windows reads UTF-8 as the machine's code page and shows
 * Vietnamese and Khmer as mojibake (LibreOffice and every CSV reader skip it); last, after an
 * empty line, the synthetic-data label when `sample`, and the source line in the first column.
 * At the end, not the start: a line before the header (`# Source: …`) becomes Excel's header
 * row, which breaks its column detection and every column's name; a last "Source: …" row is
 * how chart tools' downloads (Datawrapper's among them) carry the credit, and both Excel and
 * LibreOffice open it as one more row, under the table.
 */
export function csvFile(body, { source, sample, lang } = {}) {
  const notes = [];
  if (sample) notes.push(SAMPLE[lang] || SAMPLE.en);
  if (source && String(source).trim()) notes.push(`${SOURCE[lang] || SOURCE.en} ${source}`);
  const tail = notes.length ? `\r\n${notes.map(csvField).join('\r\n')}\r\n` : '';
  return `\uFEFF${body}${tail}`;
}

/**
 * The table of `chart` (a `RepatriaChart`) as a CSV file to download: a byte order mark, the
 * table, then the synthetic-data label (sample data: by the chart's option, or a file that says
 * so of itself) and the line the chart cites its sources in, in its language (see `csvFile`).
 */
export function chartCsv(chart) {
  const o = chart.options();
  return csvFile(chart.tableCsv(), { lang: o.lang, sample: o.sample || chart.report()?.sample, source: chart.sourceLine() });
}

/** At most this many rows with problems are kept for the download (a file can have millions). */
export const PROBLEM_ROWS_MAX = 10000;

/** A sheet cell as text: an Excel date serial as `YYYY-MM-DD`, a formula with its `=`. */
function sheetCellText(c) {
  if (c === null || c === undefined) return '';
  if (typeof c !== 'object') return String(c);
  if ('date' in c) {
    const d = new Date(Math.round((c.date - 25569) * 864e5));
    return Number.isNaN(d.getTime()) ? String(c.date) : d.toISOString().slice(0, c.date % 1 ? 19 : 10).replace('T', ' ');
  }
  return `=${c.formula ?? ''}`;
}

/**
 * The header and the rows on `lines` of sheet rows (`[{row, cells}]`, as the xlsx module gives
 * them): the header is the first row that is not empty and does not start with `#`, as the
 * reader takes it (src/read/sheet.rs).
 */
export function sheetProblemRows(rows, lines) {
  const out = { columns: [], rows: [], cut: false };
  let header = true;
  for (const r of rows) {
    const want = lines.has(r.row);
    if (!header && !want) continue;
    const cells = (r.cells || []).map(sheetCellText);
    if (header) {
      const first = cells.find((t) => t !== '');
      if (first === undefined || first.startsWith('#')) continue;
      out.columns = cells;
      header = false;
    }
    if (want) {
      if (out.rows.length === PROBLEM_ROWS_MAX) { out.cut = true; break; }
      out.rows.push({ line: r.row, cells });
    }
  }
  return out;
}

/** The text of a file's bytes, as the reader decodes them: UTF-16 by its byte order mark, else UTF-8. */
function decode(bytes) {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  return new TextDecoder(utf16 || 'utf-8').decode(bytes);
}

/** The delimiter of a header line: the most frequent of `,` `;` and tab outside quotes (src/read/delimited.rs). */
function delimiterOf(header, name) {
  const n = [0, 0, 0];
  let quoted = false;
  for (const ch of header) {
    const i = ',;\t'.indexOf(ch);
    if (ch === '"') quoted = !quoted;
    else if (!quoted && i >= 0) n[i]++;
  }
  const tsv = /\.(tsv|tab)$/i.test(name);
  if (tsv && n[2] > 0) return '\t';
  let best = 0;
  if (n[1] > n[best]) best = 1;
  if (n[2] > n[best]) best = 2;
  if (n[best] === 0) return tsv ? '\t' : ',';
  return ',;\t'[best];
}

/**
 * The end of the record of `text` from `pos` that has a quote (after its line break), not
 * kept: a walk through its characters, as the split below reads them; `lines(n)` is told of
 * the line breaks inside its quotes.
 */
function skipQuoted(text, pos, delim, lines) {
  let inside = 0;
  let start = true;
  let quoted = false;
  for (let i = pos; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const crlf = c === 13 && text.charCodeAt(i + 1) === 10;
    if (quoted) {
      if (c === 34) {
        if (text.charCodeAt(i + 1) === 34) i++;
        else quoted = false;
      } else if (c === 10 || c === 13) {
        inside++;
        if (crlf) i++;
      }
    } else if (c === 34 && start) {
      quoted = true;
    } else if (c === 10 || c === 13) {
      lines(inside);
      return i + (crlf ? 2 : 1);
    }
    start = c === delim && !quoted;
  }
  lines(inside);
  return text.length;
}

/**
 * The header and the whole records that start on `lines` of a CSV or TSV file (`bytes`), split
 * as the reader splits them (src/read/delimited.rs): comment lines and a `sep=` line before the
 * header skipped, a quoted field may hold line breaks (each a line of the file), a record ends
 * at CRLF, LF or CR outside quotes. Each record is taken by its span in the text, from its first
 * line to its last, not by its first line.
 */
export function delimitedProblemRows(bytes, name, lines) {
  const out = { columns: [], rows: [], cut: false };
  const text = typeof bytes === 'string' ? bytes.replace(/^\uFEFF/, '') : decode(bytes);
  let last = 0;
  for (const l of lines) last = Math.max(last, l);
  let pos = 0;
  let line = 1;
  let forced = null;
  const lineBreak = /\r\n|\n|\r/g;
  for (;;) {
    lineBreak.lastIndex = pos;
    const m = lineBreak.exec(text);
    const end = m ? m.index : text.length;
    const t = text.slice(pos, end).trim();
    if (t === '' || t.startsWith('#')) {
      // (comment lines)
    } else if (line === 1 && forced === null && t.length === 5 && t.startsWith('sep=')) {
      forced = t[4];
    } else break;
    if (!m) return out;
    pos = end + m[0].length;
    line++;
  }
  lineBreak.lastIndex = pos;
  const firstEnd = lineBreak.exec(text)?.index ?? text.length;
  const delim = forced ?? delimiterOf(text.slice(pos, firstEnd), name);
  const stop = new RegExp(`[${delim === '\t' ? '\\t' : delim}\\r\\n]`, 'g');
  const special = /["\r\n]/g;
  const breakAt = (i) => (text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1);
  let header = true;
  while (pos < text.length && line <= last) {
    const start = line;
    const want = header || lines.has(start);
    // Most records have no quote: their end is the next line break.
    special.lastIndex = pos;
    const s = special.exec(text);
    if (!want) {
      if (!s || s[0] !== '"') pos = s ? s.index + breakAt(s.index) : text.length;
      else pos = skipQuoted(text, pos, delim.charCodeAt(0), (n) => { line += n; });
      line++;
      continue;
    }
    const cells = [];
    for (;;) {
      let cell = '';
      if (text[pos] === '"') {
        // A quoted field: `""` is a quote; line breaks inside are lines of the file.
        let j = pos + 1;
        for (;;) {
          special.lastIndex = j;
          const q = special.exec(text);
          if (!q) { cell += text.slice(j); j = text.length; break; }
          if (q[0] !== '"') { line++; const k = q.index + breakAt(q.index); cell += text.slice(j, k); j = k; continue; }
          cell += text.slice(j, q.index);
          if (text[q.index + 1] === '"') { cell += '"'; j = q.index + 2; continue; }
          j = q.index + 1;
          break;
        }
        pos = j;
      }
      // Unquoted text, or text after a closing quote: part of the same field.
      stop.lastIndex = pos;
      const e = stop.exec(text);
      const j = e ? e.index : text.length;
      cell += text.slice(pos, j);
      cells.push(cell);
      pos = j;
      if (!e) break;
      if (text[j] === delim) { pos = j + 1; continue; }
      pos = j + breakAt(j);
      line++;
      break;
    }
    if (header) out.columns = cells;
    header = false;
    if (lines.has(start)) {
      if (out.rows.length === PROBLEM_ROWS_MAX) { out.cut = true; break; }
      out.rows.push({ line: start, cells });
    }
  }
  return out;
}

/**
 * The rows with problems of a file read from `source` (its bytes or text, or its sheet rows),
 * given the report of reading it: `{columns, rows: [{line, cells}], cut}`, the file's header
 * and each row's own cells (at most `PROBLEM_ROWS_MAX` rows; `cut` says some were left out).
 * Null for a format whose rows are not cut out (JSON).
 */
export function problemRowsOf(source, name, report) {
  if (!source) return null;
  const lines = new Set();
  for (const p of report.problems || []) if (p.line > 0) lines.add(p.line);
  if (!lines.size) return null;
  if (Array.isArray(source)) return sheetProblemRows(source, lines);
  if (report.format && report.format !== 'csv') return null;
  return delimitedProblemRows(source, name || '', lines);
}

/**
 * The rows with problems of `data` (a `RepatriaData`) as a CSV file to download: a line per
 * problem (line, column, value, severity, problem), followed by the cells of its row under the
 * file's own header (a multi-line record whole, a sheet row's cells); then, as `csvFile` writes
 * them, the synthetic-data label when `sample` or the file says it is synthetic, and the source
 * line: `source`, else the sources the data cites, in `lang`.
 */
export function problemsCsv(data, { lang = 'en', source, sample = false } = {}) {
  const report = data.report();
  const rows = data.problemRows();
  const columns = rows?.columns || [];
  const byLine = new Map((rows?.rows || []).map((r) => [r.line, r.cells]));
  const out = [['line', 'column', 'value', 'severity', 'problem', ...columns].map(csvField).join(',')];
  for (const p of report.problems || []) {
    // A row shorter than the header (a sheet leaves out its empty cells at the end) is filled out.
    const cells = byLine.get(p.line) || [];
    const pad = byLine.has(p.line) ? Array(Math.max(0, columns.length - cells.length)).fill('') : [];
    out.push([p.line, p.column, p.value, p.severity, p.message, ...cells, ...pad].map(csvField).join(','));
  }
  if (rows?.cut) out.push('', csvField(`The cells of the first ${PROBLEM_ROWS_MAX} rows with problems only: the others are in the file, on their lines.`));
  return csvFile(`${out.join('\r\n')}\r\n`, { lang, sample: sample || report.sample, source: source ?? data.sourceLine(lang) });
}
