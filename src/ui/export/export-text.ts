// The Export dialog's sentences and labels, whole phrases with their numbers as arguments, so a
// translation catalogue can take them over as they are.

import { formatBytes } from '../../domain/format'

const number = (n: number) => n.toLocaleString('en')
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

export const EXPORT_TEXT = {
  formats: {
    png: { name: 'PNG', hint: 'Picture for slides and documents' },
    svg: { name: 'SVG', hint: 'Vector, editable in Illustrator or Inkscape' },
    pdf: { name: 'PDF', hint: 'Poster or pages, with a cover and summary' },
    html: { name: 'Interactive HTML', hint: 'One file to e-mail: zoom, click, print' },
    json: { name: 'JSON', hint: 'The whole map, to import again' },
    csv: { name: 'CSV', hint: 'Touchpoints or metrics as a sheet' },
    mermaid: { name: 'Mermaid', hint: 'User journey diagram as text' },
  },
  paper: 'Paper',
  fitPaper: 'Fit',
  layout: 'Layout',
  poster: 'One poster page',
  tiled: 'Tiled pages',
  cover: 'Cover page',
  coverHint: 'Title, personas, curve, top pain points and opportunities, legend',
  summary: 'Summary table',
  summaryHint: 'Every touchpoint with its emotion, pain points and metrics',
  tiledHint: 'Whole phases per sheet, lane labels and phase headers repeated, page numbers',
  paperSize: (paper: string, layout: 'poster' | 'tiled') =>
    layout === 'poster' ? `${paper} landscape, one page for the map` : `${paper} landscape sheets`,
  fitSize: 'One page the size of the map',
  aboutHtml:
    'One self-contained file to send by e-mail: it opens in any browser without a connection. Pan and zoom, click a card for its pain points, opportunities, personas and metrics, see the personas with their emotion curve, print it.',
  aboutMermaid:
    'Mermaid’s user journey: each phase a section, each touchpoint a task scored 1 (very negative) to 5 (delighted), the personas as actors. Everything Mermaid cannot show rides along in “%% trailmap:” comments, so the file imports back into Trailmap unchanged.',
  aboutSvg:
    'Drawn with plain SVG shapes and text (Liberation Sans, Arial or Helvetica): every phase, lane and card is a named group you can edit.',
  progressLabel: 'Export progress',
  cancel: 'Cancel',
  cancelled: 'The export was cancelled; nothing was saved.',
  failed: (message: string) => `The export failed: ${message}`,
  savedPicture: (name: string, width: number, height: number, bytes: number, ms: number) =>
    `Saved ${name}: ${number(width)} × ${number(height)} px, ${formatBytes(bytes)}, in ${seconds(ms)}.`,
  savedPng: (
    name: string,
    width: number,
    height: number,
    scale: number,
    lowered: boolean,
    requested: number,
    bytes: number,
    ms: number,
  ) =>
    lowered
      ? `Saved ${name}: ${number(width)} × ${number(height)} px at ${scale}× (lowered from ${requested}×), ${formatBytes(bytes)}, in ${seconds(ms)}.`
      : `Saved ${name}: ${number(width)} × ${number(height)} px at ${scale}×, ${formatBytes(bytes)}, in ${seconds(ms)}.`,
  savedPdf: (name: string, pages: number, bytes: number, ms: number) =>
    pages === 1
      ? `Saved ${name}: 1 page, ${formatBytes(bytes)}, in ${seconds(ms)}.`
      : `Saved ${name}: ${number(pages)} pages, ${formatBytes(bytes)}, in ${seconds(ms)}.`,
  savedFile: (name: string, bytes: number) => `Saved ${name} (${formatBytes(bytes)}).`,
  savedRows: (name: string, rows: number) =>
    rows === 1 ? `Saved ${name} with 1 row.` : `Saved ${name} with ${number(rows)} rows.`,
  pdfStep: 'Writing the PDF',
} as const
