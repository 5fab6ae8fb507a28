// Export and import: the dialogs, their progress and results, the problems of a file that cannot
// be imported, and every word the deliverables (SVG, PDF, HTML viewer) print.
import { formatNumber, pluralFor } from '../format'

const p = pluralFor('en')
const number = (n: number) => formatNumber('en', n)
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const EXPORT_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
})
/** "512 bytes", "1.5 KB", "20.0 MB" (as the file-size limits are worded). */
const bytes = (n: number) =>
  n < 1024
    ? `${n} bytes`
    : n < 1024 * 1024
      ? `${(n / 1024).toFixed(1)} KB`
      : `${(n / (1024 * 1024)).toFixed(1)} MB`

export const exports = {
  dialog: {
    title: 'Export map',
    format: 'Format',
    export: 'Export',
    pictureSize: (width: number, height: number) => `${number(width)} × ${number(height)} px`,
    pictureSizeAt: (width: number, height: number, scale: number) =>
      `${number(width)} × ${number(height)} px at ${scale}×`,
    lowered: (
      requested: number,
      maxSide: number,
      megapixels: number,
      scale: number,
      width: number,
      height: number,
    ) =>
      `This map is too large for ${requested}×: the picture would pass the browser's limit of ${number(maxSide)} px a side or ${megapixels} megapixels, so it is exported at ${scale}× (${number(width)} × ${number(height)} px).`,
  },
  formats: {
    png: { name: 'PNG', hint: 'Picture for slides and documents' },
    svg: { name: 'SVG', hint: 'Vector, editable in Illustrator or Inkscape' },
    pdf: { name: 'PDF', hint: 'Poster or pages, with a cover and summary' },
    html: { name: 'Interactive HTML', hint: 'One file to e-mail: zoom, click, print' },
    json: { name: 'JSON', hint: 'The whole map, to import again' },
    csv: { name: 'CSV', hint: 'Touchpoints or metrics as a sheet' },
    mermaid: { name: 'Mermaid', hint: 'User journey diagram as text' },
  },
  options: {
    includeNotes: 'Include sticky notes',
    noNotes: 'This map has no notes',
    notesOnMap: (n: number) => `${number(n)} on this map`,
    scale: 'Scale',
    background: 'Background',
    backgrounds: { white: 'White', transparent: 'Transparent', theme: 'Canvas' },
    padding: 'Padding',
    pixels: 'px',
    embed: 'Embed map data so the picture can be re-imported',
    embedHint: 'Import the PNG later to edit the map again',
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
    posterSize: (paper: string) => `${paper} landscape, one page for the map`,
    tiledSize: (paper: string) => `${paper} landscape sheets`,
    fitSize: 'One page the size of the map',
    rows: 'Rows',
    sheets: { touchpoints: 'Touchpoints', metrics: 'Metrics' },
    aboutHtml:
      'One self-contained file to send by e-mail: it opens in any browser without a connection. Pan and zoom, click a card for its pain points, opportunities, personas and metrics, see the personas with their emotion curve, print it.',
    aboutMermaid:
      'Mermaid’s user journey: each phase a section, each touchpoint a task scored 1 (very negative) to 5 (delighted), the personas as actors. Everything Mermaid cannot show rides along in “%% trailmap:” comments, so the file imports back into Trailmap unchanged.',
    aboutSvg:
      'Drawn with plain SVG shapes and text (Liberation Sans, Arial or Helvetica): every phase, lane and card is a named group you can edit.',
    aboutJson: (touchpoints: number) =>
      `The complete map in Trailmap’s versioned JSON format: phases, ${number(touchpoints)} touchpoints, lanes, personas, steps, notes, metrics and any extra fields. Import it into Trailmap again, or keep it in git — the file is pretty-printed so changes diff well.`,
    aboutTouchpointSheet: (rows: number) =>
      `One row per touchpoint (${number(rows)} rows): phase, title, channel, kind, emotion, pain points, opportunities, owner, tags and description. Edit it in a spreadsheet and import it to add touchpoints.`,
    aboutMetricSheet: (rows: number) =>
      `One row per metric value (${number(rows)} rows): date, phase, touchpoint, metric, value, target, unit, source and which way is better. Add rows in a spreadsheet and import it to add metric values to this map.`,
  },
  progress: {
    label: 'Export progress',
    cancel: 'Cancel',
    pdfStep: 'Writing the PDF',
    png: {
      fonts: 'Collecting fonts',
      styles: 'Copying the map’s styles',
      draw: 'Drawing the picture',
      encode: 'Encoding the PNG',
      embed: 'Embedding the map data',
    },
  },
  result: {
    /** "512 bytes", "1.5 KB", "20.0 MB". */
    fileSize: (size: number) => bytes(size),
    /** A size to the byte, where `fileSize` would round two sizes to the same words. */
    exactSize: (size: number) => `${size} bytes`,
    duration: (ms: number) => seconds(ms),
    cancelled: 'The export was cancelled; nothing was saved.',
    failed: (message: string) => `The export failed: ${message}`,
    noCanvas: 'The map canvas is not on the page.',
    canvasNotDrawn: (seconds: number) =>
      `The canvas did not draw every card within ${number(seconds)} seconds.`,
    canvasTooLarge: 'The browser could not create a canvas this large.',
    cannotEncode: 'The browser could not encode the picture as PNG.',
    savedPicture: (name: string, width: number, height: number, size: string, time: string) =>
      `Saved ${name}: ${number(width)} × ${number(height)} px, ${size}, in ${time}.`,
    savedPng: (
      name: string,
      width: number,
      height: number,
      scale: number,
      size: string,
      time: string,
    ) =>
      `Saved ${name}: ${number(width)} × ${number(height)} px at ${scale}×, ${size}, in ${time}.`,
    savedPngLowered: (
      name: string,
      width: number,
      height: number,
      scale: number,
      requested: number,
      size: string,
      time: string,
    ) =>
      `Saved ${name}: ${number(width)} × ${number(height)} px at ${scale}× (lowered from ${requested}×), ${size}, in ${time}.`,
    savedPdf: (name: string, pages: number, size: string, time: string) =>
      `Saved ${name}: ${p(pages, { one: '1 page', other: '# pages' })}, ${size}, in ${time}.`,
    savedFile: (name: string, size: string) => `Saved ${name} (${size}).`,
    savedRows: (name: string, rows: number) =>
      `Saved ${name} with ${p(rows, { one: '1 row', other: '# rows' })}.`,
  },
  import: {
    title: 'Import',
    drop: 'Drop a file here',
    dropAnother: 'Drop another file here, or',
    or: 'or',
    choose: 'Choose file…',
    /** `{json}` and `{mmd}` are shown as code: the file name endings. */
    help: 'A Trailmap file ({json}), a PNG exported with its map data, a CSV of touchpoints or of metrics, or a Mermaid user journey ({mmd}). Nothing changes until you choose what to do with it.',
    reading: (file: string) => `Reading ${file}…`,
    cannotImport: (file: string) => `${file} cannot be imported`,
    problemsFound: (n: number) =>
      p(n, {
        one: 'One problem was found; nothing was changed.',
        other: '# problems were found; nothing was changed.',
      }),
    problems: 'Problems',
    untitled: 'Untitled journey',
    counts: (phases: number, touchpoints: number, steps: number, notes: number) =>
      [
        p(phases, { one: '# phase', other: '# phases' }),
        p(touchpoints, { one: '# touchpoint', other: '# touchpoints' }),
        p(steps, { one: '# step', other: '# steps' }),
        p(notes, { one: '# note', other: '# notes' }),
      ].join(', '),
    fromMermaid: (file: string) => `From ${file} · Mermaid user journey`,
    fromFile: (file: string, version: number) => `From ${file} · format version ${version}`,
    fromFileUpdated: (file: string, version: number, current: number) =>
      `From ${file} · format version ${version}, updated to version ${current}`,
    fromPicture: (file: string, version: number) =>
      `From ${file} (map data inside the picture) · format version ${version}`,
    fromPictureUpdated: (file: string, version: number, current: number) =>
      `From ${file} (map data inside the picture) · format version ${version}, updated to version ${current}`,
    repairs: (n: number) =>
      p(n, { one: '# repair made while loading', other: '# repairs made while loading' }),
    replaceThisMap: 'Replace this map',
    addToThisMap: 'Add to this map',
    openAsNew: 'Open as a new map',
    sheetTitle: (n: number, file: string) =>
      `${p(n, { one: '# touchpoint', other: '# touchpoints' })} in ${file}`,
    noNewPhases: 'Every row belongs to an existing phase or none.',
    newPhases: (names: string) => `New phases: ${names}.`,
    unusedColumns: (names: string) => `Columns not used: ${names}.`,
    confirmReplace: (title: string) => `Replace “${title}”?`,
    confirmAdd: (n: number, title: string) =>
      `Add ${p(n, { one: '# touchpoint', other: '# touchpoints' })} to “${title}”?`,
    replaceLead: (file: string) =>
      `Everything on this map is replaced by the content of ${file}, for everyone who has it open. Undo (Ctrl+Z, ⌘Z on a Mac) takes it back.`,
    addLead:
      'The touchpoints are added for everyone who has this map open. Undo (Ctrl+Z, ⌘Z on a Mac) takes it back.',
    addWithPhasesLead:
      'The touchpoints and new phases are added for everyone who has this map open. Undo (Ctrl+Z, ⌘Z on a Mac) takes it back.',
    back: 'Back',
    replaceMap: 'Replace map',
    addTouchpoints: 'Add touchpoints',
    chooseAnother: 'Choose another file',
    replaced: (title: string) => `Replaced the map with “${title}”. Undo brings the old one back.`,
    addedTouchpoints: (n: number, file: string) =>
      `Added ${p(n, { one: '# touchpoint', other: '# touchpoints' })} from ${file}.`,
    addedMetrics: (n: number, file: string) =>
      `Added ${p(n, { one: '# metric value', other: '# metric values' })} from ${file}.`,
    noLongerFits: (file: string) => `${file} no longer fits this map; nothing was added.`,
    metrics: {
      title: (n: number, file: string) =>
        `${p(n, { one: '# metric value', other: '# metric values' })} in ${file}`,
      lead: (places: number) =>
        `On ${p(places, { one: '# phase or touchpoint', other: '# phases and touchpoints' })} of this map. They are added for everyone who has it open; undo takes them back.`,
      add: 'Add metrics',
    },
    where: {
      row: (row: number) => `row ${row}`,
      rowColumn: (row: number, column: string) => `row ${row}, ${column}`,
      line: (line: number) => `line ${line}`,
    },
    /** Sizes from `fileSize`, or `exactSize` when both would read the same. */
    tooLarge: (size: string, limit: string) => `the file is ${size}; the limit is ${limit}`,
    png: {
      notPng: 'the file is not a PNG image',
      cutShort: 'the PNG file is cut short',
      noEnd: 'the PNG file has no end chunk (IEND)',
      noData:
        'this PNG holds no Trailmap data; export it again with "Embed map data" turned on to re-import it',
      damagedCrc: 'the map data in this PNG is damaged (CRC)',
      damaged: 'the map data in this PNG is damaged',
      compressed: 'the map data in this PNG is compressed, which Trailmap does not read',
      notUtf8: 'the map data in this PNG is not valid UTF-8',
    },
  },
  /** The deliverables' own words; counts of records come from `vocabulary` (kindCounts). */
  deliverable: {
    opportunities: (n: number) => p(n, { one: '# opportunity', other: '# opportunities' }),
    moreItems: (n: number) => `+${number(n)} more`,
    pageOf: (page: number, total: number) => `Page ${page} of ${total}`,
    untitledTouchpoint: 'Untitled touchpoint',
    untitledMap: 'Untitled journey map',
    noPhase: 'No phase',
    allCards: 'All cards',
    /** A curve's name with its two states: "Ada (as-is / to-be)". */
    asIsToBe: (name: string) => `${name} (as-is / to-be)`,
    target: (value: string) => `target ${value}`,
    cardMetrics: (n: number) => p(n, { one: '# card metric', other: '# card metrics' }),
    coverSubtitle: 'Customer journey map',
    /** The export date, formatted for the language. */
    /** The export date in British order ("2 December 2026"), as the deliverables always wrote it. */
    createdOn: (date: Date) => `Exported ${EXPORT_DATE.format(date)}`,
    personasHeading: 'Personas',
    goals: 'Goals',
    frustrations: 'Frustrations',
    legendChannels: 'Channels',
    legendEmotions: 'Emotions',
    topPainPoints: 'Top pain points',
    topOpportunities: 'Top opportunities',
    emotionCurve: 'Emotion curve',
    /** A persona's curve, as the SVG names its group. */
    emotionCurveOf: (name: string) => `Emotion curve: ${name}`,
    summaryHeading: 'Touchpoints at a glance',
    columns: {
      phase: 'Phase',
      touchpoint: 'Touchpoint',
      channel: 'Channel',
      emotion: 'Emotion',
      painPoints: 'Pain points',
      opportunities: 'Opportunities',
      metrics: 'Metrics',
    },
    none: '—',
    atTouchpoint: (title: string) => `at “${title}”`,
    /** Where an insight was found: touchpoints with their phases, already joined. */
    foundAt: (places: string) => `at ${places}`,
    noPersonas: 'This map has no personas.',
    nothingListed: 'None recorded.',
    /** The PDF's page footer: the map's title and our name. */
    footer: (title: string) => `${title} · Made with Trailmap`,
  },
  /** Every word the HTML viewer's script prints. */
  viewer: {
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fit: 'Fit to window',
    personas: 'Personas & curve',
    print: 'Print',
    close: 'Close',
    painPoints: 'Pain points',
    opportunities: 'Opportunities',
    personasAtCard: 'Personas here',
    asIs: 'as-is',
    toBe: 'to-be',
    metrics: 'Metrics',
    target: 'target',
    evidence: 'Evidence',
    owner: 'Owner',
    tags: 'Tags',
    description: 'Description',
    channel: 'Channel',
    emotion: 'Emotion',
    goals: 'Goals',
    frustrations: 'Frustrations',
    emotionCurve: 'Emotion curve',
    none: 'None recorded.',
    noPersonas: 'This map has no personas.',
    details: 'Details',
    hint: 'Drag to pan, scroll or use + and − to zoom, click a card for its details.',
    downloadMap: 'Download the map (Trailmap JSON)',
  },
} as const
