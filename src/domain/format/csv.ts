// RFC 4180 CSV, both ways: fields with commas, quotes or line breaks are quoted, quotes doubled.
// The parser accepts CRLF or LF, a UTF-8 BOM, and either comma or semicolon as the separator
// (spreadsheets in many European locales write semicolons); it reports an unclosed quote.

export interface CsvTable {
  rows: string[][]
  separator: ',' | ';'
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`)
  }
}

export function parseCsv(text: string): CsvTable {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text
  const separator = detectSeparator(source)
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let line = 1
  let quoteLine = 0
  for (let i = 0; i < source.length; i++) {
    const char = source[i]
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"'
        i++
      } else if (char === '"') quoted = false
      else {
        if (char === '\n') line++
        field += char
      }
      continue
    }
    if (char === '"' && field === '') {
      quoted = true
      quoteLine = line
    } else if (char === separator) {
      row.push(field)
      field = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      line++
    } else field += char
  }
  if (quoted) throw new CsvSyntaxError(quoteLine, 'a quoted field is never closed')
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return { rows: rows.filter((r) => r.some((cell) => cell.trim() !== '')), separator }
}

/** Commas or semicolons between the first row's fields; those inside quoted fields do not count. */
function detectSeparator(text: string): ',' | ';' {
  let commas = 0
  let semicolons = 0
  let quoted = false
  for (const char of text) {
    if (char === '"') quoted = !quoted
    else if (!quoted && (char === '\n' || char === '\r')) break
    else if (!quoted && char === ',') commas += 1
    else if (!quoted && char === ';') semicolons += 1
  }
  return semicolons > commas ? ';' : ','
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(quoteField).join(',')).join('\r\n') + '\r\n'
}

function quoteField(value: string): string {
  // A leading =, +, - or @ would be run as a formula by spreadsheets: prefix it with a quote.
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value
  return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** A header cell's column by name or synonym: any case, `_` and `-` counting as spaces. */
export function headerColumn<C extends string>(
  synonyms: Readonly<Record<string, C>>,
  name: string,
): C | undefined {
  const key = name.trim().toLowerCase().replace(/[_-]+/g, ' ')
  return Object.hasOwn(synonyms, key) ? synonyms[key] : undefined
}

/**
 * A row's cell for a column, trimmed, without the quote `toCsv` puts before a leading = + - @
 * (spreadsheet formula protection); empty when the sheet has no such column.
 */
export function cellOf<C extends string>(
  columns: readonly (C | undefined)[],
  cells: readonly string[],
  column: C,
): string {
  const index = columns.indexOf(column)
  return index === -1 ? '' : (cells[index] ?? '').trim().replace(/^'(?=[=+\-@])/, '')
}
