// Type declarations for repatria's JavaScript API (lib/repatria.js).

/**
 * Every chart and map kind. Of a table of published figures, each draws the record's view for
 * it: `matrix` the coverage grid (which seasons and teams have a figure), the maps the
 * record's map, `identified` the seasons.
 */
export type ChartKind = 'seasons' | 'cumulative' | 'provinces' | 'teams' | 'matrix' | 'identified' | 'map' | 'bubbles' | 'sites';
/** English, Vietnamese or Khmer. */
export type Lang = 'en' | 'vi' | 'km';
/** Light or dark. */
export type ThemeName = 'light' | 'dark';
/** How the bars of the `seasons` chart are stacked. */
export type Grouping = 'none' | 'team' | 'region';
/** Dry seasons (September to August) or calendar years, for `seasons` and `cumulative`. */
export type TimeAxis = 'season' | 'year';
/** How a choropleth's classes are cut. */
export type Classification = 'quantiles' | 'naturalBreaks';
/** A dry season, `2024-2025` (or a year, `2024`, on the year axis). */
export type SeasonName = `${number}-${number}` | `${number}`;
/** The eleven search teams ("đội K"), by military region 5, 7 and 9. */
export type TeamCode = 'K51' | 'K52' | 'K53' | 'K70' | 'K71' | 'K72' | 'K73' | 'K90' | 'K91' | 'K92' | 'K93';
/** A Cambodian province, by its ISO 3166-2:KH code. */
export type ProvinceCode =
  | 'KH-1' | 'KH-2' | 'KH-3' | 'KH-4' | 'KH-5' | 'KH-6' | 'KH-7' | 'KH-8' | 'KH-9' | 'KH-10'
  | 'KH-11' | 'KH-12' | 'KH-13' | 'KH-14' | 'KH-15' | 'KH-16' | 'KH-17' | 'KH-18' | 'KH-19' | 'KH-20'
  | 'KH-21' | 'KH-22' | 'KH-23' | 'KH-24' | 'KH-25';

/** Which records to count: empty lists keep everything. */
export interface Filter {
  seasons?: SeasonName[];
  teams?: TeamCode[];
  provinces?: ProvinceCode[];
}

/** Everything a chart can be asked for; every field is optional and has a default. */
export interface ChartOptions {
  /** The chart kind (default `seasons`). */
  chart?: ChartKind;
  /** Language of every built-in string and name (default `en`). */
  lang?: Lang;
  /** Default `light`. */
  theme?: ThemeName;
  /** Title; the chart's own title when absent or null. */
  title?: string | null;
  /** A line under the title. */
  subtitle?: string | null;
  /** Where the numbers come from, shown as "Source: …". */
  source?: string | null;
  /** Width in CSS pixels for SVG output (a canvas takes its own size). Default 640. */
  width?: number;
  /**
   * Height in CSS pixels. On a canvas that the chart added to an element, a number fixes the
   * canvas's height and `null` lets it follow the width again. Default: automatic.
   */
  height?: number | null;
  /** Which records to count. */
  filter?: Filter;
  /** Stacking of the `seasons` chart (default `none`). */
  group?: Grouping;
  /** Default `season`. */
  time?: TimeAxis;
  /** Number of classes of the choropleth, 2 to 9 (default 5). */
  classes?: number;
  /** Default `quantiles`. */
  classification?: Classification;
  /** Marks the chart as drawn from made-up sample data. */
  sample?: boolean;
  /** Writes Khmer digits when the language is Khmer. */
  khmerDigits?: boolean;
}

/** The options as the chart holds them (every field present). */
export interface ResolvedChartOptions {
  chart: ChartKind;
  lang: Lang;
  theme: ThemeName;
  title: string | null;
  subtitle: string | null;
  source: string | null;
  width: number;
  height: number;
  filter: Required<Filter>;
  group: Grouping;
  time: TimeAxis;
  classes: number;
  classification: Classification;
  sample: boolean;
  khmerDigits: boolean;
}

/** One cell of a table: a label, a count, or null for no data. */
export type TableCell = string | number | null;

/** The numbers a chart shows, in the reader's language. */
export interface Table {
  columns: string[];
  rows: TableCell[][];
}

/** What drawing yields besides the picture. */
export interface Rendered {
  /** The title as drawn (the canvas's accessible name). */
  title: string;
  /** A plain-language description, for alt text. */
  description: string;
  table: Table;
}

/** What a mark stands for. */
export type MarkTarget =
  | { kind: 'season'; season: string }
  | { kind: 'year'; year: number }
  | { kind: 'team'; team: string }
  | { kind: 'province'; province: string }
  | { kind: 'cell'; team: string; season: string }
  | { kind: 'find'; record: number };

/** A region of the drawn chart (CSS pixels) with what it stands for and its tooltip. */
export interface Mark {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  target: MarkTarget;
  /** The tooltip's first line. */
  title: string;
  /** The tooltip's other lines. */
  lines: string[];
}

/** One problem in one cell (or row) of the input. */
export interface Problem {
  /** Line in the file (the header is line 1; JSON: where the object starts; xlsx: the sheet row). */
  line: number;
  /** The column as named in the file (empty for a whole-row problem). */
  column: string;
  /** The value as written (cut to 40 characters). */
  value: string;
  severity: 'error' | 'warning';
  /** What is wrong, and what was expected. */
  message: string;
  /** What would have been accepted, when it can be said. */
  expected: string;
  /** The value the reader would read instead (a province's or team's name), to accept as a `Correction`; absent when none. */
  suggestion?: string;
  /** For an ambiguous value, the values it may mean (`Kampong`: the four Kampong provinces); absent when none. */
  candidates?: string[];
}

/** The report of reading a file: counts, totals and every problem found. */
export interface Report {
  /** The format read. */
  format: 'csv' | 'json' | 'xlsx' | null;
  /** The encoding the text was in; absent when UTF-8. */
  encoding?: 'utf-16le' | 'utf-16be' | 'windows-1258' | 'tcvn3';
  /** The order dates such as 06/11/2025 were read in; absent when day first. */
  date_order?: 'month-first';
  /** Data rows read. */
  rows: number;
  /** Rows accepted as records. */
  accepted: number;
  /** Rows rejected (each with an error saying why). */
  rejected: number;
  /** Rows of another figure kind, not read. */
  skipped: number;
  /** Sets of remains in the accepted rows. */
  remains: number;
  /** Sets identified by name in the accepted rows. */
  identified: number;
  /** Sets by season (`2024-2025` … , `unknown` last). */
  by_season: Record<string, number>;
  /** Sets by province (`KH-1` … `KH-25`, `unknown`). */
  by_province: Record<string, number>;
  /** Sets by team. */
  by_team: Record<string, number>;
  /** Number of errors (including any beyond `problems`). */
  errors: number;
  /** Number of warnings. */
  warnings: number;
  /** The problems, in file order. */
  problems: Problem[];
  /** Problems not listed. */
  problems_omitted: number;
  /** Comment lines before the header, without the `#`. */
  comments: string[];
  /** Whether a comment says the data is made up. */
  sample: boolean;
  /** How each column was understood; `chosen` when its field (or ignoring it) came from `ReadOptions.columns` or `ignore`. */
  columns: { name: string; field: string | null; chosen?: boolean }[];
  /** Kinds of published figure, when the file has a `figure` column. */
  figures: { kind: string; rows: number; read: boolean }[];
  /** The corrections asked for (`ReadOptions.corrections`), each with the rows it changed; absent when none. */
  corrections?: (Correction & { rows: number })[];
  /** A workbook's sheets, by name (read by the JS API from an .xlsx). */
  sheets?: string[];
  /** Where the table was found: absent when the header is the first row read, in one row. */
  layout?: {
    /** The line (sheet row) of the header (of its first row when it has two). */
    header: number;
    /** The second header row (`Tổng | Có tên` under a merged `Số hài cốt`). */
    second_header?: number;
    /** The row numbering the columns under the header, skipped. */
    column_numbers?: number;
    /** Title rows above the header, not read. */
    skipped?: { line: number; text: string }[];
  };
  /** Rows that are totals or subtotals: never counted as records (`rows = accepted + rejected + total_rows`); absent when none. */
  total_rows?: number;
  /** The total rows, each with the sum of the records it covers; absent when none. */
  totals?: {
    line: number;
    label: string;
    kind: 'subtotal' | 'total';
    remains: number | null;
    identified?: number;
    /** Records it covers, and their sums. */
    rows: number;
    sum: number;
    sum_identified: number;
  }[];
}

/** A value read as another: in `column` (as named in the header), every cell that reads `from` is read as `to`. */
export interface Correction {
  column: string;
  from: string;
  to: string;
}

/**
 * One cell of a spreadsheet row: empty, a number, text, a boolean, a date (a serial day number),
 * or a formula whose value the workbook does not hold (an error where the column is read).
 */
export type SheetCell = null | number | string | boolean | { date: number } | { formula: string };
/** One row of a spreadsheet as the xlsx module gives it (`xlsx_to_rows`); `row` counts from 1. */
export interface SheetRow {
  row: number;
  cells: SheetCell[];
}

/** How the reader reads a file (the names are the reader's own). */
export interface ReadOptions {
  /** The format; detected from the content and the file name when absent. */
  format?: 'csv' | 'json' | 'xlsx';
  /** The sheet of a workbook to read (the first when absent). */
  sheet?: string;
  /** The month seasons start in, for seasons derived from dates (default 9, September). */
  season_start_month?: number;
  /**
   * Larger files are refused (default 256 MiB, 268,435,456 bytes): by the JS API before they are
   * copied into the module (a Blob by its size, a response by its Content-Length and as it
   * arrives), and by the module's reader.
   */
  max_bytes?: number;
  /** Files with more data rows are refused (default 5 000 000). */
  max_rows?: number;
  /** Problems listed in the report; more are only counted (default 10 000). */
  max_problems?: number;
  /** Which kind of published figure to read when the file has a `figure` column (the first kind when absent). */
  figure?: string;
  /** Values read as others, for every row with that value (suggestions accepted); listed in `Report.corrections`. */
  corrections?: Correction[];
  /** Columns to ignore, by their names in the header (no field, no warning). */
  ignore?: string[];
  /** Columns read as a field, by their names in the header: `[name, field]`, before the known names. */
  columns?: [string, string][];
  /** The language of the report's problems and of a file error (default `en`). */
  lang?: Lang;
  /**
   * The order of dates such as 06/11/2025; when absent, decided from the file's dates that prove
   * one (15/12/2024 day first, 12/15/2024 month first), else day first, as Vietnam writes dates.
   */
  date_order?: 'day-first' | 'month-first';
}

/** One record given from script; keys are column names in English, Vietnamese or Khmer. */
export type DataRecord = Record<string, string | number | boolean | Date | null | undefined>;

/**
 * Data in any form a chart takes:
 * - a URL (a string with no line break that does not start with `[` or `{`, or a `URL`),
 * - the text of a file (a string with a line break, or starting with `[` or `{` for JSON),
 * - bytes (`Uint8Array`, `ArrayBuffer`), a `Blob` or `File`,
 * - an array of records,
 * - data read once with `loadData()` (shared, not copied),
 * - or an explicit `{url}`, `{text}`, `{bytes}`, `{records}` or `{rows}` (a spreadsheet's rows),
 *   each with an optional `name`.
 * Bytes may be a packed dataset (`repatria pack`, `RepatriaData.toPacked()`), loaded as it is.
 */
export type DataSource =
  | string
  | URL
  | Uint8Array
  | ArrayBuffer
  | Blob
  | readonly DataRecord[]
  | RepatriaData
  | { url: string | URL; name?: string }
  | { text: string; name?: string }
  | { bytes: Uint8Array | ArrayBuffer | Blob; name?: string }
  | { records: readonly DataRecord[]; name?: string }
  | { rows: readonly SheetRow[]; name?: string };

/** How data is read. */
export interface LoadOptions {
  /** The file name used in messages; its extension (`.csv`, `.tsv`, `.json`, `.xlsx`) picks the format. */
  name?: string;
  /** Cancels a fetch. */
  signal?: AbortSignal;
  /** Passed to `fetch` for a URL (headers, credentials…). */
  fetchOptions?: RequestInit;
  /** How the reader reads it (for data that is not packed). */
  read?: ReadOptions;
}

/** What `loadData` takes: how the data is read. */
export interface LoadDataOptions extends LoadOptions {
  /**
   * For packed data read elsewhere (in a worker, say): the rows with problems that
   * `problemRows()` gave there, which the packed records do not carry.
   */
  problemRows?: ProblemRows | null;
}

/** The rows of a file that have problems, as the file has them (`RepatriaData.problemRows()`). */
export interface ProblemRows {
  /** The file's header: its cells as written. */
  columns: string[];
  /** Each row with a problem: the line (sheet row) it starts on, and its own cells (a multi-line record whole). */
  rows: { line: number; cells: string[] }[];
  /** Whether rows were left out (10,000 are kept). */
  cut: boolean;
}

/** What `csvFile` and `problemsCsv` write after the table. */
export interface CsvOptions {
  /** The language of the labels ("Source:", the synthetic-data label). */
  lang?: Lang;
  /** The source line (without "Source:"); `problemsCsv` defaults to the sources the data cites. */
  source?: string | null;
  /** Whether the data is synthetic: a line says so. */
  sample?: boolean;
}

/** What `setData` takes: how the data is read, and chart options to change with it. */
export interface SetDataOptions extends LoadOptions {
  /** Options changed with the data, drawn once with it (as `setOptions` would, then `setData`). */
  options?: ChartOptions;
}

/** What `createChart` takes: the chart's options and how the wrapper behaves. */
export interface CreateChartOptions extends ChartOptions {
  /** Data to show at once. */
  data?: DataSource;
  /** The file name of `data` (picks the format). */
  dataName?: string;
  /** Tooltips on hover and tap (default true). */
  tooltips?: boolean;
  /** Arrow keys walk through the marks when the canvas has focus (default true). */
  keyboard?: boolean;
  /** Redraw when the canvas or its element is resized (default true). */
  resize?: boolean;
  /** Milliseconds a resize waits before redrawing (default 100). */
  resizeDelay?: number;
  /** The height of a canvas the chart adds, from its kind, its width (CSS pixels) and whether it draws the published record. */
  autoHeight?: (kind: ChartKind, width: number, record: boolean) => number;
}

/** What `toPNG` takes. */
export interface PNGOptions {
  /** Device pixels per CSS pixel (default 2). */
  scale?: number;
  /** CSS pixels (default: the canvas's size). */
  width?: number;
  height?: number;
}

/** The events a chart sends. */
export interface RepatriaChartEventMap {
  /** After each drawing. */
  draw: CustomEvent<Rendered>;
  /** The mark under the pointer or chosen with the keyboard (null when none). */
  hover: CustomEvent<Mark | null>;
  /** A mark clicked, tapped, or chosen with Enter or Space while the keyboard is on it. */
  select: CustomEvent<MarkSelection>;
  /** A redraw that nobody called (on resize) failed. */
  error: CustomEvent<Error>;
}

/** What the `select` event says. */
export interface MarkSelection {
  mark: Mark;
  /** Whether Shift was held (to add to a selection rather than replace it, say). */
  shiftKey: boolean;
}

/** The package's version. */
export declare const VERSION: string;
/** Every chart and map kind. */
export declare const CHART_KINDS: readonly ChartKind[];
/** The languages. */
export declare const LANGS: readonly Lang[];

/** Where the `.wasm` file is, for `init`. */
export type WasmInput = string | URL | Request | Response | BufferSource | WebAssembly.Module | Promise<Response>;

/** Which module `init` loads. */
export interface InitOptions {
  /**
   * Load the smaller module that draws packed datasets (`repatria pack`, `.rpk`) and does not
   * read CSV, TSV or JSON itself (a reader is then loaded for such data). Default `false`.
   * `createChart` and `<repatria-chart>` set it when their data is packed.
   */
  packedOnly?: boolean;
  /**
   * The build to load instead, as its wasm-bindgen bindings (a module namespace, or a promise
   * of one), such as the build for speed the project's analyst page loads,
   * `import('./pkg/fast/repatria.js')` (not in the npm package). `packedOnly` is then not looked at.
   */
  bindings?: WasmBindings | Promise<WasmBindings>;
}

/** The wasm-bindgen bindings of one build of the module (`pkg/…/repatria.js`). */
export interface WasmBindings {
  default(input?: { module_or_path: WasmInput }): Promise<unknown>;
  /** Makes a new instance of the module (wasm-bindgen's `--experimental-reset-state-function`). */
  __wbg_reset_state?(): void;
  Chart: unknown;
  Data: unknown;
}

/**
 * Loads the Wasm module, once per page (later calls return the same promise). `input` is
 * where the module's `.wasm` file is; by default `repatria_bg.wasm` beside its bindings.
 * Should the module trap (run out of memory, say), the call that trapped throws
 * "repatria: the module stopped (…) and was restarted", a new instance replaces it, and every
 * chart and dataset made before is made again when next used.
 */
export declare function init(input?: WasmInput, options?: InitOptions): Promise<void>;
/**
 * Whether data (in any form `loadData` takes) is known to be a packed dataset before it is
 * fetched: bytes starting like one, or a URL or file name ending in `.rpk`.
 */
export declare function isPackedSource(source: unknown): boolean;
/** Whether the module is loaded (then `new RepatriaChart()` works synchronously). */
export declare function isReady(): boolean;

/** A dataset read once and shown by any number of charts (shared, not copied). */
export declare class RepatriaData {
  private constructor();
  /** Number of records. */
  readonly records: number;
  /** The report of reading. */
  report(): Report;
  /** The line that cites the data's sources in `lang`, or null when it names none. */
  sourceLine(lang: Lang): string | null;
  /**
   * The rows of the file that have problems, with the file's header and each row's own cells
   * (a sheet row's cells; a multi-line CSV record whole); null when there are none, or for JSON.
   */
  problemRows(): ProblemRows | null;
  /**
   * The records packed with the report of reading them (`repatria pack`'s format, `.rpk`): what
   * an embed shows without reading again, and how a worker hands data it read to a page
   * (`loadData(bytes)` there). Throws in the module that draws packed data only.
   */
  toPacked(): Uint8Array;
  /** Whether `free()` was called. */
  readonly freed: boolean;
  /** Releases this handle's Wasm memory (charts showing the data keep their own reference). */
  free(): void;
}

/** Reads data once, for sharing between charts. Rejects with an `Error` with the reader's message. */
export declare function loadData(source: DataSource, options?: LoadDataOptions): Promise<RepatriaData>;

/**
 * The rows with problems of `data` as a CSV file's text, to download: a UTF-8 byte order mark, a
 * line per problem (line, column, value, severity, problem) followed by its row's own cells under
 * the file's header, then the source line.
 */
export declare function problemsCsv(data: RepatriaData, options?: CsvOptions): string;

/**
 * A CSV file's text from `body` (its header and rows): a UTF-8 byte order mark first (Excel on
 * Windows reads UTF-8 as mojibake without it), and last the synthetic-data label and the source
 * line, each a row of one cell.
 */
export declare function csvFile(body: string, options?: CsvOptions): string;

/**
 * The table of `chart` as a CSV file's text, to download: a UTF-8 byte order mark, the table,
 * then the synthetic-data label (sample data) and the chart's source line, in its language.
 */
export declare function chartCsv(chart: RepatriaChart): string;

/** A chart on a canvas. */
export declare class RepatriaChart extends EventTarget {
  /**
   * Binds a chart to `target`: a `<canvas>` (drawn at its CSS size), another element (a canvas
   * filling its width is added) or a CSS selector. The module must be loaded (`await init()`).
   */
  constructor(target: HTMLCanvasElement | HTMLElement | string, options?: CreateChartOptions);
  /** The canvas drawn on. */
  readonly canvas: HTMLCanvasElement;
  /** Whether `dispose()` was called. */
  readonly disposed: boolean;
  /**
   * Shows new data and redraws; resolves to the report of reading. Rejects with an `Error`
   * (the reader's message) when the data cannot be read; the previous data then stays.
   */
  setData(source: DataSource, options?: SetDataOptions): Promise<Report>;
  /** Changes the named options, keeping the others and the data, and redraws. Throws on an unknown option or bad value, changing nothing. */
  setOptions(patch: ChartOptions): Rendered;
  /** The current options. */
  options(): ResolvedChartOptions;
  /** Draws now; returns the title, description and table. */
  draw(): Rendered;
  /** The report of reading the data shown (null before any data). */
  report(): Report | null;
  /** The title as drawn. */
  title(): string;
  /** A plain-language description (alt text). */
  description(): string;
  /** The numbers behind the last drawing. */
  table(): Table;
  /** The table as CSV (formula-like cells neutralised). */
  tableCsv(): string;
  /** The source line drawn under the chart (without "Source:"): its `source` option, else its data's sources; or null. */
  sourceLine(): string | null;
  /** Every mark a reader can point at, in drawing order (maps have none). */
  marks(): Mark[];
  /** What is under CSS pixel (x, y) of the canvas. */
  hit(x: number, y: number): Mark | null;
  /** The chart as an SVG document, at the canvas's size or `width` × `height`. */
  toSVG(width?: number, height?: number): string;
  /** The chart as a PNG, at 2× by default. */
  toPNG(options?: PNGOptions): Promise<Blob>;
  /** Releases listeners, observers, timers, the tooltip, an added canvas and the Wasm memory. */
  dispose(): void;

  addEventListener<K extends keyof RepatriaChartEventMap>(type: K, listener: (this: RepatriaChart, ev: RepatriaChartEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof RepatriaChartEventMap>(type: K, listener: (this: RepatriaChart, ev: RepatriaChartEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions): void;
}

/**
 * The numbers behind a drawing (`Rendered`, as `draw()` returns it and the `draw` event sends) as
 * an HTML `<table>`, captioned with the title; numbers are written in `lang`'s style and have the
 * class `n`. Text only.
 */
export declare function tableElement(rendered: Rendered, lang?: Lang): HTMLTableElement;

/** Makes a chart in `target`, loading the module (once) and `options.data`, and draws it. */
export declare function createChart(target: HTMLCanvasElement | HTMLElement | string, options?: CreateChartOptions): Promise<RepatriaChart>;
