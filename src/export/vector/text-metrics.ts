// Text measurement without a browser: the advance widths of Helvetica (the PDF base font jsPDF
// draws with) for Latin-1, in thousandths of an em, as jsPDF reports them. Liberation Sans, Arial
// and Helvetica share these metrics, so a line wrapped here fits in the SVG (font stack below, which
// Debian's fonts-liberation provides to rsvg) and in the PDF alike. Characters outside Latin-1
// (emoji, CJK) are counted as one em: wider than most glyphs, so wrapped lines never overflow.

/** The font stack of every vector export: metric-compatible faces, then any sans-serif. */
export const FONT_FAMILY = "'Liberation Sans', Arial, Helvetica, sans-serif"

const FIRST = 32
// prettier-ignore
const REGULAR = [280,280,350,550,550,890,660,190,330,330,390,580,280,330,280,280,550,550,550,550,550,550,550,550,550,550,280,280,580,580,580,550,1010,660,660,720,720,660,610,780,720,280,500,660,550,830,720,780,660,780,720,660,610,720,660,940,660,660,610,280,280,280,470,550,330,550,550,500,550,550,280,550,550,220,220,500,220,830,550,550,550,550,330,500,280,550,500,720,500,500,500,330,260,330,580,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,530,330,550,550,550,550,530,550,330,730,370,550,580,530,730,330,400,580,530,530,330,550,530,280,330,530,360,550,530,530,530,610,660,660,660,660,660,660,1000,720,660,660,660,660,280,280,280,280,530,720,780,780,780,780,780,530,780,720,720,720,720,530,530,610,550,550,550,550,550,550,890,500,550,550,550,550,280,280,280,280,530,550,550,550,550,550,550,580,610,550,550,550,550,530,530,500]
// prettier-ignore
const BOLD = [280,330,470,550,550,890,720,240,330,330,390,580,280,330,280,280,550,550,550,550,550,550,550,550,550,550,330,330,580,580,580,610,970,720,720,720,720,660,610,780,720,280,550,720,610,830,720,780,660,780,720,660,610,720,660,940,660,660,610,330,280,330,580,550,330,550,610,550,610,550,330,610,610,280,280,550,280,890,610,610,610,610,390,550,330,610,550,780,550,550,500,390,280,390,580,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,560,330,550,550,550,550,560,550,330,730,370,550,580,560,730,330,400,580,560,560,330,610,550,280,330,560,360,550,560,560,560,610,720,720,720,720,720,720,1000,720,660,660,660,660,280,280,280,280,560,720,780,780,780,780,780,560,780,720,720,720,720,560,560,610,550,550,550,550,550,550,890,550,550,550,550,550,280,280,280,280,560,610,610,610,610,610,610,580,610,610,610,610,610,560,560,550]
/** Typographic punctuation outside Latin-1 that maps into the PDF font's encoding. */
const EXTRA: Readonly<Record<string, number>> = {
  '\u20ac': 530,
  '\u2013': 550,
  '\u2014': 1000,
  '\u201e': 330,
  '\u201c': 330,
  '\u201d': 330,
  '\u2018': 220,
  '\u2019': 220,
  '\u2026': 1000,
  '\u2022': 350,
  '\u2212': 580,
}

function charWidth(ch: string, bold: boolean): number {
  const code = ch.codePointAt(0) ?? 0
  const table = bold ? BOLD : REGULAR
  const known = code >= FIRST && code < FIRST + table.length ? (table[code - FIRST] ?? 0) : 0
  if (known > 0) return known
  return EXTRA[ch] ?? 1000
}

export interface FontSpec {
  readonly size: number
  readonly bold?: boolean
}

/** Width of one line of text at a font size, in the same unit as the size. */
export function textWidth(text: string, font: FontSpec): number {
  let units = 0
  for (const ch of text) units += charWidth(ch, font.bold === true)
  return (units * font.size) / 1000
}

/** Shortens a line to fit `width`, ending it with an ellipsis. */
export function ellipsize(text: string, width: number, font: FontSpec): string {
  if (textWidth(text, font) <= width) return text
  const chars = [...text]
  while (chars.length > 0 && textWidth(`${chars.join('').trimEnd()}…`, font) > width) chars.pop()
  return chars.length === 0 ? '' : `${chars.join('').trimEnd()}…`
}

/**
 * Greedy word wrap into at most `maxLines` lines of at most `width`; a word longer than a line is
 * broken, and text that does not fit ends with an ellipsis. Line breaks in the text are kept.
 */
export function wrapText(
  text: string,
  width: number,
  font: FontSpec,
  maxLines = Infinity,
): string[] {
  const lines: string[] = []
  const paragraphs = text.replace(/\r\n?/g, '\n').split('\n')
  let truncated = false
  outer: for (const paragraph of paragraphs) {
    let line = ''
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line === '' ? word : `${line} ${word}`
      if (textWidth(candidate, font) <= width) {
        line = candidate
        continue
      }
      if (line !== '') {
        if (lines.length + 1 >= maxLines) {
          truncated = true
          lines.push(line)
          break outer
        }
        lines.push(line)
      }
      // A word wider than a whole line is cut into pieces that fit.
      let rest = word
      while (textWidth(rest, font) > width) {
        const chars = [...rest]
        let cut = chars.length - 1
        while (cut > 1 && textWidth(chars.slice(0, cut).join(''), font) > width) cut -= 1
        if (lines.length + 1 >= maxLines) {
          truncated = true
          lines.push(chars.slice(0, cut).join(''))
          break outer
        }
        lines.push(chars.slice(0, cut).join(''))
        rest = chars.slice(cut).join('')
      }
      line = rest
    }
    if (lines.length >= maxLines) {
      truncated = true
      break
    }
    if (line !== '') lines.push(line)
  }
  if (truncated || lines.length > maxLines) {
    const kept = lines.slice(0, maxLines)
    const last = kept.length - 1
    if (last >= 0) kept[last] = ellipsize(`${kept[last]}…`, width, font)
    return kept
  }
  return lines
}
