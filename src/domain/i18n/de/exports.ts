import type { Messages } from '../catalogue'
import { formatDate, formatNumber, pluralFor } from '../format'

const p = pluralFor('de')
const number = (n: number) => formatNumber('de', n)
const oneDecimal = (n: number) =>
  formatNumber('de', n, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
const seconds = (ms: number) => `${oneDecimal(ms / 1000)} s`
/** „512 Bytes“, „1,5 KB“, „20,0 MB“. */
const bytes = (n: number) =>
  n < 1024
    ? `${number(n)} Bytes`
    : n < 1024 * 1024
      ? `${oneDecimal(n / 1024)} KB`
      : `${oneDecimal(n / (1024 * 1024))} MB`

export const exports: Messages['exports'] = {
  dialog: {
    title: 'Map exportieren',
    format: 'Format',
    export: 'Exportieren',
    pictureSize: (width, height) => `${number(width)} × ${number(height)} px`,
    pictureSizeAt: (width, height, scale) =>
      `${number(width)} × ${number(height)} px in ${number(scale)}×`,
    lowered: (requested, maxSide, megapixels, scale, width, height) =>
      `Diese Map ist zu groß für ${number(requested)}×: Das Bild würde die Grenze des Browsers von ${number(maxSide)} px pro Seite oder ${number(megapixels)} Megapixeln überschreiten. Es wird daher in ${number(scale)}× exportiert (${number(width)} × ${number(height)} px).`,
  },
  formats: {
    png: { name: 'PNG', hint: 'Bild für Folien und Dokumente' },
    svg: { name: 'SVG', hint: 'Vektorgrafik, bearbeitbar in Illustrator oder Inkscape' },
    pdf: { name: 'PDF', hint: 'Poster oder Seiten, mit Deckblatt und Übersicht' },
    html: { name: 'Interaktives HTML', hint: 'Eine Datei zum Mailen: zoomen, klicken, drucken' },
    json: { name: 'JSON', hint: 'Die ganze Map, zum erneuten Importieren' },
    csv: { name: 'CSV', hint: 'Touchpoints oder Kennzahlen als Tabelle' },
    mermaid: { name: 'Mermaid', hint: 'User-Journey-Diagramm als Text' },
  },
  options: {
    includeNotes: 'Notizen einbeziehen',
    noNotes: 'Diese Map hat keine Notizen',
    notesOnMap: (n) => `${number(n)} auf dieser Map`,
    scale: 'Skalierung',
    background: 'Hintergrund',
    backgrounds: { white: 'Weiß', transparent: 'Transparent', theme: 'Arbeitsfläche' },
    padding: 'Rand',
    pixels: 'px',
    embed: 'Map-Daten einbetten, damit das Bild wieder importiert werden kann',
    embedHint: 'Das PNG später importieren, um die Map weiter zu bearbeiten',
    paper: 'Papier',
    fitPaper: 'Passend',
    layout: 'Layout',
    poster: 'Eine Posterseite',
    tiled: 'Mehrere Seiten',
    cover: 'Deckblatt',
    coverHint: 'Titel, Personas, Kurve, wichtigste Pain Points und Chancen, Legende',
    summary: 'Übersichtstabelle',
    summaryHint: 'Jeder Touchpoint mit Emotion, Pain Points und Kennzahlen',
    tiledHint:
      'Ganze Phasen pro Blatt, Zeilenbeschriftungen und Phasenköpfe wiederholt, Seitenzahlen',
    posterSize: (paper) => `${paper} quer, eine Seite für die Map`,
    tiledSize: (paper) => `${paper}-Blätter quer`,
    fitSize: 'Eine Seite in der Größe der Map',
    rows: 'Zeilen',
    sheets: { touchpoints: 'Touchpoints', metrics: 'Kennzahlen' },
    aboutHtml:
      'Eine eigenständige Datei zum Versand per E-Mail: Sie öffnet sich in jedem Browser, auch ohne Verbindung. Verschieben und zoomen, eine Karte anklicken für ihre Pain Points, Chancen, Personas und Kennzahlen, die Personas mit ihrer Emotionskurve ansehen, drucken.',
    aboutMermaid:
      'Mermaids User Journey: jede Phase ein Abschnitt, jeder Touchpoint eine Aufgabe mit einer Wertung von 1 (sehr negativ) bis 5 (begeistert), die Personas als Akteure. Alles, was Mermaid nicht darstellen kann, reist in „%% trailmap:“-Kommentaren mit, sodass die Datei unverändert wieder in Trailmap importiert wird.',
    aboutSvg:
      'Gezeichnet mit einfachen SVG-Formen und Text (Liberation Sans, Arial oder Helvetica): Jede Phase, Zeile und Karte ist eine benannte Gruppe, die sich bearbeiten lässt.',
    aboutJson: (touchpoints) =>
      `Die vollständige Map im versionierten JSON-Format von Trailmap: Phasen, ${p(touchpoints, { one: '# Touchpoint', other: '# Touchpoints' })}, Zeilen, Personas, Schritte, Notizen, Kennzahlen und alle zusätzlichen Felder. Wieder in Trailmap importieren oder in Git ablegen – die Datei ist formatiert, sodass sich Änderungen gut vergleichen lassen.`,
    aboutTouchpointSheet: (rows) =>
      `Eine Zeile pro Touchpoint (${p(rows, { one: '# Zeile', other: '# Zeilen' })}): Phase, Titel, Kanal, Art, Emotion, Pain Points, Chancen, Verantwortlich, Tags und Beschreibung. In einer Tabellenkalkulation bearbeiten und importieren, um Touchpoints hinzuzufügen.`,
    aboutMetricSheet: (rows) =>
      `Eine Zeile pro Kennzahlwert (${p(rows, { one: '# Zeile', other: '# Zeilen' })}): Datum, Phase, Touchpoint, Kennzahl, Wert, Ziel, Einheit, Quelle und welche Richtung besser ist. In einer Tabellenkalkulation Zeilen ergänzen und importieren, um dieser Map Kennzahlwerte hinzuzufügen.`,
  },
  progress: {
    label: 'Exportfortschritt',
    cancel: 'Abbrechen',
    pdfStep: 'PDF wird geschrieben',
    png: {
      fonts: 'Schriften werden gesammelt',
      styles: 'Stile der Map werden kopiert',
      draw: 'Bild wird gezeichnet',
      encode: 'PNG wird kodiert',
      embed: 'Map-Daten werden eingebettet',
    },
  },
  result: {
    fileSize: (size) => bytes(size),
    exactSize: (size) => `${number(size)} Bytes`,
    duration: (ms) => seconds(ms),
    cancelled: 'Der Export wurde abgebrochen; es wurde nichts gespeichert.',
    failed: (message) => `Der Export ist fehlgeschlagen: ${message}`,
    noCanvas: 'Die Arbeitsfläche der Map ist nicht auf der Seite.',
    canvasNotDrawn: (seconds) =>
      `Die Arbeitsfläche hat nicht innerhalb von ${number(seconds)} Sekunden jede Karte gezeichnet.`,
    canvasTooLarge: 'Der Browser konnte keine so große Zeichenfläche anlegen.',
    cannotEncode: 'Der Browser konnte das Bild nicht als PNG kodieren.',
    savedPicture: (name, width, height, size, time) =>
      `${name} gespeichert: ${number(width)} × ${number(height)} px, ${size}, in ${time}.`,
    savedPng: (name, width, height, scale, size, time) =>
      `${name} gespeichert: ${number(width)} × ${number(height)} px in ${number(scale)}×, ${size}, in ${time}.`,
    savedPngLowered: (name, width, height, scale, requested, size, time) =>
      `${name} gespeichert: ${number(width)} × ${number(height)} px in ${number(scale)}× (verringert von ${number(requested)}×), ${size}, in ${time}.`,
    savedPdf: (name, pages, size, time) =>
      `${name} gespeichert: ${p(pages, { one: '1 Seite', other: '# Seiten' })}, ${size}, in ${time}.`,
    savedFile: (name, size) => `${name} gespeichert (${size}).`,
    savedRows: (name, rows) =>
      `${name} mit ${p(rows, { one: '1 Zeile', other: '# Zeilen' })} gespeichert.`,
  },
  import: {
    title: 'Importieren',
    drop: 'Datei hier ablegen',
    dropAnother: 'Andere Datei hier ablegen oder',
    or: 'oder',
    choose: 'Datei auswählen…',
    help: 'Eine Trailmap-Datei ({json}), ein mit Map-Daten exportiertes PNG, eine CSV-Datei mit Touchpoints oder Kennzahlen oder eine Mermaid User Journey ({mmd}). Nichts ändert sich, bevor Sie entscheiden, was damit geschehen soll.',
    reading: (file) => `${file} wird gelesen…`,
    cannotImport: (file) => `${file} kann nicht importiert werden`,
    problemsFound: (n) =>
      p(n, {
        one: 'Ein Problem wurde gefunden; nichts wurde geändert.',
        other: '# Probleme wurden gefunden; nichts wurde geändert.',
      }),
    problems: 'Probleme',
    untitled: 'Unbenannte Journey',
    counts: (phases, touchpoints, steps, notes) =>
      [
        p(phases, { one: '# Phase', other: '# Phasen' }),
        p(touchpoints, { one: '# Touchpoint', other: '# Touchpoints' }),
        p(steps, { one: '# Schritt', other: '# Schritte' }),
        p(notes, { one: '# Notiz', other: '# Notizen' }),
      ].join(', '),
    fromMermaid: (file) => `Aus ${file} · Mermaid User Journey`,
    fromFile: (file, version) => `Aus ${file} · Formatversion ${version}`,
    fromFileUpdated: (file, version, current) =>
      `Aus ${file} · Formatversion ${version}, aktualisiert auf Version ${current}`,
    fromPicture: (file, version) => `Aus ${file} (Map-Daten im Bild) · Formatversion ${version}`,
    fromPictureUpdated: (file, version, current) =>
      `Aus ${file} (Map-Daten im Bild) · Formatversion ${version}, aktualisiert auf Version ${current}`,
    repairs: (n) => p(n, { one: '# Reparatur beim Laden', other: '# Reparaturen beim Laden' }),
    replaceThisMap: 'Diese Map ersetzen',
    addToThisMap: 'Zu dieser Map hinzufügen',
    openAsNew: 'Als neue Map öffnen',
    sheetTitle: (n, file) => `${p(n, { one: '# Touchpoint', other: '# Touchpoints' })} in ${file}`,
    noNewPhases: 'Jede Zeile gehört zu einer vorhandenen Phase oder zu keiner.',
    newPhases: (names) => `Neue Phasen: ${names}.`,
    unusedColumns: (names) => `Nicht verwendete Spalten: ${names}.`,
    confirmReplace: (title) => `„${title}“ ersetzen?`,
    confirmAdd: (n, title) =>
      `${p(n, { one: '# Touchpoint', other: '# Touchpoints' })} zu „${title}“ hinzufügen?`,
    replaceLead: (file) =>
      `Alles auf dieser Map wird durch den Inhalt von ${file} ersetzt, für alle, die sie geöffnet haben. Rückgängig (Strg+Z, ⌘Z auf dem Mac) nimmt es zurück.`,
    addLead:
      'Die Touchpoints werden für alle hinzugefügt, die diese Map geöffnet haben. Rückgängig (Strg+Z, ⌘Z auf dem Mac) nimmt es zurück.',
    addWithPhasesLead:
      'Die Touchpoints und neuen Phasen werden für alle hinzugefügt, die diese Map geöffnet haben. Rückgängig (Strg+Z, ⌘Z auf dem Mac) nimmt es zurück.',
    back: 'Zurück',
    replaceMap: 'Map ersetzen',
    addTouchpoints: 'Touchpoints hinzufügen',
    chooseAnother: 'Andere Datei auswählen',
    replaced: (title) => `Die Map wurde durch „${title}“ ersetzt. Rückgängig holt die alte zurück.`,
    addedTouchpoints: (n, file) =>
      `${p(n, { one: '# Touchpoint', other: '# Touchpoints' })} aus ${file} hinzugefügt.`,
    addedMetrics: (n, file) =>
      `${p(n, { one: '# Kennzahlwert', other: '# Kennzahlwerte' })} aus ${file} hinzugefügt.`,
    noLongerFits: (file) => `${file} passt nicht mehr zu dieser Map; es wurde nichts hinzugefügt.`,
    metrics: {
      title: (n, file) => `${p(n, { one: '# Kennzahlwert', other: '# Kennzahlwerte' })} in ${file}`,
      lead: (places) =>
        `Für ${p(places, { one: '# Phase oder Touchpoint', other: '# Phasen und Touchpoints' })} dieser Map. Sie werden für alle hinzugefügt, die sie geöffnet haben; Rückgängig nimmt sie zurück.`,
      add: 'Kennzahlen hinzufügen',
    },
    where: {
      row: (row) => `Zeile ${row}`,
      rowColumn: (row, column) => `Zeile ${row}, ${column}`,
      line: (line) => `Zeile ${line}`,
    },
    tooLarge: (size, limit) => `Die Datei ist ${size} groß; die Grenze liegt bei ${limit}`,
    png: {
      notPng: 'Die Datei ist kein PNG-Bild',
      cutShort: 'Die PNG-Datei ist unvollständig',
      noEnd: 'Der PNG-Datei fehlt der Endblock (IEND)',
      noData:
        'Dieses PNG enthält keine Trailmap-Daten; erneut mit aktiviertem „Map-Daten einbetten“ exportieren, um es zu importieren',
      damagedCrc: 'Die Map-Daten in diesem PNG sind beschädigt (CRC)',
      damaged: 'Die Map-Daten in diesem PNG sind beschädigt',
      compressed: 'Die Map-Daten in diesem PNG sind komprimiert, was Trailmap nicht liest',
      notUtf8: 'Die Map-Daten in diesem PNG sind kein gültiges UTF-8',
    },
  },
  deliverable: {
    opportunities: (n) => p(n, { one: '# Chance', other: '# Chancen' }),
    moreItems: (n) => `+${number(n)} weitere`,
    pageOf: (page, total) => `Seite ${page} von ${total}`,
    untitledTouchpoint: 'Unbenannter Touchpoint',
    untitledMap: 'Unbenannte Journey Map',
    noPhase: 'Keine Phase',
    allCards: 'Alle Karten',
    asIsToBe: (name) => `${name} (Ist / Soll)`,
    target: (value) => `Ziel ${value}`,
    cardMetrics: (n) => p(n, { one: '# Kartenkennzahl', other: '# Kartenkennzahlen' }),
    coverSubtitle: 'Customer Journey Map',
    createdOn: (date) =>
      `Exportiert am ${formatDate('de', date, { day: 'numeric', month: 'long', year: 'numeric' })}`,
    personasHeading: 'Personas',
    goals: 'Ziele',
    frustrations: 'Frustrationen',
    legendChannels: 'Kanäle',
    legendEmotions: 'Emotionen',
    topPainPoints: 'Wichtigste Pain Points',
    topOpportunities: 'Wichtigste Chancen',
    emotionCurve: 'Emotionskurve',
    emotionCurveOf: (name) => `Emotionskurve: ${name}`,
    summaryHeading: 'Touchpoints im Überblick',
    columns: {
      phase: 'Phase',
      touchpoint: 'Touchpoint',
      channel: 'Kanal',
      emotion: 'Emotion',
      painPoints: 'Pain Points',
      opportunities: 'Chancen',
      metrics: 'Kennzahlen',
    },
    none: '—',
    atTouchpoint: (title) => `bei „${title}“`,
    foundAt: (places) => `bei ${places}`,
    noPersonas: 'Diese Map hat keine Personas.',
    nothingListed: 'Nichts erfasst.',
    footer: (title) => `${title} · Erstellt mit Trailmap`,
  },
  viewer: {
    zoomIn: 'Vergrößern',
    zoomOut: 'Verkleinern',
    fit: 'An Fenster anpassen',
    personas: 'Personas & Kurve',
    print: 'Drucken',
    close: 'Schließen',
    painPoints: 'Pain Points',
    opportunities: 'Chancen',
    personasAtCard: 'Personas hier',
    asIs: 'Ist',
    toBe: 'Soll',
    metrics: 'Kennzahlen',
    target: 'Ziel',
    evidence: 'Evidenz',
    owner: 'Verantwortlich',
    tags: 'Tags',
    description: 'Beschreibung',
    channel: 'Kanal',
    emotion: 'Emotion',
    goals: 'Ziele',
    frustrations: 'Frustrationen',
    emotionCurve: 'Emotionskurve',
    none: 'Nichts erfasst.',
    noPersonas: 'Diese Map hat keine Personas.',
    details: 'Details',
    hint: 'Ziehen zum Verschieben, scrollen oder + und − zum Zoomen, eine Karte anklicken für Details.',
    downloadMap: 'Map herunterladen (Trailmap-JSON)',
  },
}
