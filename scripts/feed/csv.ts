/**
 * The office's spreadsheets: CSV as Excel, LibreOffice or Google Sheets write it (comma or semicolon,
 * UTF-8 with or without BOM, quoted cells with line breaks), read with papaparse. Headers may be
 * English or German ("Hausnummer", "PLZ", "Titel_tr"); README.md lists every column.
 */
import Papa from 'papaparse';
import { readInput } from './input.ts';
import { closest, type Finding, type Severity } from './messages.ts';

export interface ColumnDef {
  /** The canonical header, e.g. `house_number` or, for texts, `title` (written `title_de`, `title_tr`, ...). */
  key: string;
  /** Other headers that mean the same (normalised: lower case, umlauts as ae/oe/ue, ß as ss, `_` between words). */
  aliases?: string[];
  /** A text in several languages: `title_de`, `title_en`, ...; `title` alone is German. */
  multilingual?: boolean;
  /** The file cannot be imported without this column. */
  required?: boolean;
}

export interface Cell {
  value: string;
  /** The header as written in the file. */
  header: string;
  /** Excel's column letter: A, B, ..., AA. */
  letter: string;
}

export interface CsvRow {
  /** The row number as Excel shows it: the header is row 1. */
  number: number;
  cells: Map<string, Cell>;
  /** Multilingual columns: key -> language -> cell. */
  texts: Map<string, Map<string, Cell>>;
}

export interface CsvTable {
  file: string;
  rows: CsvRow[];
  delimiter: string;
  /** Problems with the file as a whole (unknown or missing columns), as findings. */
  findings: Finding[];
  /** A required column is missing: nothing from this file can be imported. */
  fatal: boolean;
}

/** `Titel (TR)` -> `titel_tr`, `E-Mail` -> `e_mail`, `Straße` -> `strasse`. */
export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The delimiter of the header line: the most frequent of `;`, `,` and tab outside quotes (Excel in Germany writes `;`). */
export function detectDelimiter(text: string): string {
  const counts = new Map([[';', 0], [',', 0], ['\t', 0]]);
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best = ',';
  let most = 0;
  for (const [delimiter, count] of counts) if (count > most) [best, most] = [delimiter, count];
  return best;
}

const LANGUAGE_SUFFIX = /^[a-z]{2,3}(_[a-z0-9]{2,8})?$/;

/** Reads a CSV file and maps its headers to the columns of `defs`. @throws {InputError} when it cannot be read. */
export async function readCsv(source: string, defs: readonly ColumnDef[], options: { timeout?: number } = {}): Promise<CsvTable> {
  const input = await readInput(source, { timeout: options.timeout, allowLegacyEncoding: true });
  const file = input.name;
  const findings: Finding[] = [];
  const note = (severity: Severity, code: string, line: number, where: string, message: string) => findings.push({ severity, code, file, line, path: [], where, message });
  if (input.decodedAs) {
    note('warning', 'encoding', 1, '', 'the file is not UTF-8, so it was read as Windows-1252 (Excel\'s "CSV (Trennzeichen-getrennt)"). Check umlauts in the result; to be safe, save as "CSV UTF-8"');
  }
  const delimiter = detectDelimiter(input.text);
  const parsed = Papa.parse<string[]>(input.text, { delimiter, header: false, skipEmptyLines: false, dynamicTyping: false });
  for (const error of parsed.errors.filter((e) => e.type === 'Quotes')) {
    note('error', 'csv-syntax', (error.row ?? 0) + 1, `row ${(error.row ?? 0) + 1}`, 'a quoted cell is not closed (a double quote " is missing); everything after it may be read wrongly');
  }
  const [headerRow = [], ...records] = parsed.data;
  const columns: Array<{ key: string; lang?: string; header: string; letter: string } | undefined> = [];
  const aliasTable = new Map<string, ColumnDef>();
  for (const def of defs) for (const name of [def.key, ...(def.aliases ?? [])]) aliasTable.set(normalizeHeader(name), def);
  headerRow.forEach((rawHeader, index) => {
    const header = rawHeader.trim();
    const letter = columnLetter(index);
    if (!header) {
      columns.push(undefined);
      return;
    }
    const name = normalizeHeader(header);
    const plain = aliasTable.get(name);
    if (plain) {
      columns.push({ key: plain.key, header, letter, ...(plain.multilingual ? { lang: 'de' } : {}) });
      return;
    }
    for (let at = name.indexOf('_'); at > 0; at = name.indexOf('_', at + 1)) {
      const base = aliasTable.get(name.slice(0, at));
      const suffix = name.slice(at + 1);
      if (base?.multilingual && LANGUAGE_SUFFIX.test(suffix)) {
        const [language, region] = suffix.split('_');
        columns.push({ key: base.key, header, letter, lang: region ? `${language}-${region.length === 2 ? region.toUpperCase() : region}` : language });
        return;
      }
    }
    columns.push(undefined);
    const known = defs.flatMap((d) => [d.key, ...(d.aliases ?? [])].map((n) => (d.multilingual ? `${normalizeHeader(n)}_de` : normalizeHeader(n))));
    const guess = closest(name, known);
    note('warning', 'unknown-column', 1, `column ${letter} "${header}"`, `is not a column this tool knows, so it is ignored${guess ? ` (did you mean "${guess}"?)` : ''}. README.md lists the columns`);
  });
  for (const def of defs.filter((d) => d.required)) {
    if (!columns.some((c) => c?.key === def.key)) {
      note('error', 'missing-column', 1, 'header (row 1)', `has no column "${def.multilingual ? `${def.key}_de` : def.key}"${def.aliases?.length ? ` (or "${def.aliases[0]}")` : ''}, which every row needs. Nothing from this file is imported`);
    }
  }
  const rows: CsvRow[] = [];
  records.forEach((record, i) => {
    if (record.every((cell) => cell.trim() === '')) return;
    const row: CsvRow = { number: i + 2, cells: new Map(), texts: new Map() };
    record.forEach((raw, index) => {
      const column = columns[index];
      const value = raw.trim();
      if (!column || value === '') return;
      const cell = { value, header: column.header, letter: column.letter };
      if (column.lang) {
        let texts = row.texts.get(column.key);
        if (!texts) row.texts.set(column.key, (texts = new Map()));
        texts.set(column.lang, cell);
      } else row.cells.set(column.key, cell);
    });
    if (record.length > headerRow.length && record.slice(headerRow.length).some((cell) => cell.trim() !== '')) {
      note('warning', 'extra-cells', row.number, `row ${row.number}`, `has more cells than the header has columns; the cells after column ${columnLetter(headerRow.length - 1)} are ignored (a ${delimiter === ';' ? 'semicolon' : 'comma'} inside a cell that is not in "double quotes"?)`);
    }
    rows.push(row);
  });
  return { file, rows, delimiter, findings, fatal: findings.some((f) => f.code === 'missing-column') };
}
