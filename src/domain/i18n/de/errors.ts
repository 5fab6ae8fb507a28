import type { Messages } from '../catalogue'

export const errors: Messages['errors'] = {
  refusal: {
    unknownPhase: 'Diese Phase gibt es nicht mehr; vielleicht wurde sie gerade gelöscht.',
    unknownTouchpoint: 'Diese Karte gibt es nicht mehr; vielleicht wurde sie gerade gelöscht.',
    unknownEdge: 'Diese Verbindung gibt es nicht mehr; vielleicht wurde sie gerade gelöscht.',
    unknownNote: 'Diese Notiz gibt es nicht mehr; vielleicht wurde sie gerade gelöscht.',
    unknownLane: 'Diese Zeile gibt es nicht mehr; vielleicht wurde sie gerade gelöscht.',
    unknownPersona: 'Diese Persona gibt es nicht mehr; vielleicht wurde sie gerade gelöscht.',
    unknownMetric: 'Diese Kennzahl gibt es nicht mehr; vielleicht wurde sie gerade gelöscht.',
    duplicateId: 'Diese ID wird in dieser Map bereits verwendet.',
    selfLoop: 'Eine Karte kann nicht mit sich selbst verbunden werden.',
    duplicateEdge: 'Diese Karten sind bereits verbunden.',
    lastPhase:
      'Die letzte Phase hat keine andere Phase, in die ihre Karten verschoben werden können.',
    readOnly:
      'Diese Map wurde mit einer neueren Version von Trailmap gespeichert und wird hier nur zum Lesen angezeigt.',
  },
  api: {
    unreachable: 'Der Server ist nicht erreichbar. Verbindung prüfen und erneut versuchen.',
  },
  connection: {
    refused: 'Der Server hat eine Nachricht dieses Editors abgelehnt.',
    needLink: 'Zum Öffnen dieser Map ist ein gültiger Link nötig.',
    noEditing: 'Dieser Link erlaubt kein Bearbeiten.',
    noMap: 'Diese Map gibt es nicht (vielleicht wurde sie gelöscht).',
    sizeLimit:
      'Die Map hat ihre Größengrenze erreicht: Die letzte Änderung wurde nicht gespeichert.',
    notLoaded: 'Diese Map konnte nicht geladen werden; sie bleibt unverändert erhalten.',
    tooFast:
      'Zu viele Nachrichten in zu kurzer Zeit: Die Verbindung wurde angehalten. Zum Neuverbinden die Seite neu laden.',
    closed: (code) => `Vom Server geschlossen (${code}).`,
    notSaved:
      'Der Server kann gerade nicht speichern: Die Änderungen bleiben hier erhalten und werden erneut gesendet, sobald es wieder geht.',
  },
  crash: {
    title: 'Trailmap zeigt diese Seite nicht mehr an',
    body: 'Beim Zeichnen ist ein Fehler aufgetreten. Bereits gemachte Änderungen bleiben erhalten; zum Weiterarbeiten die Seite neu laden.',
    newVersion:
      'Ein Teil von Trailmap konnte nicht geladen werden – vielleicht wurde inzwischen eine neuere Version installiert. Bereits gemachte Änderungen bleiben erhalten; zum Weiterarbeiten die Seite neu laden.',
    reload: 'Neu laden',
  },
  where: {
    row: (row) => `Zeile ${row}`,
    rowColumn: (row, column) => `Zeile ${row}, ${column}`,
    line: (line) => `Zeile ${line}`,
  },
  problems: {
    required: 'fehlt',
    mustBeObject: 'muss ein Objekt sein',
    mustBeJsonObject: 'muss ein JSON-Objekt sein',
    mustBeArray: 'muss eine Liste sein',
    mustBeString: 'muss ein Text sein',
    mustBeStringOrNull: 'muss ein Text oder null sein',
    mustNotBeEmpty: 'darf nicht leer sein',
    noControlCharacters: 'darf keine Steuerzeichen enthalten',
    atMostCharacters: (max) => `darf höchstens ${max} Zeichen lang sein`,
    mustBeBoolean: 'muss true oder false sein',
    mustBeColour: 'muss eine Farbe im Format #rrggbb sein',
    mustBeFinite: 'muss eine endliche Zahl sein',
    mustBeFiniteOrNull: 'muss eine endliche Zahl oder null sein',
    mustBePositive: 'muss eine positive endliche Zahl sein',
    mustBePositiveInteger: 'muss eine positive ganze Zahl sein',
    mustBeEmotion: 'muss eine ganze Zahl von -2 bis 2 sein',
    mustBeStringArray: 'muss eine Liste von Texten sein',
    mustBeOneOf: (values) => `muss einer dieser Werte sein: ${values}`,
    mustBeIdArray: 'muss eine Liste von IDs sein',
    listedTwice: 'kommt doppelt vor',
    mustBeTargets: 'muss eine Liste von { personaId, emotion, target } sein',
    mustBeTargetObject: 'muss ein Objekt mit personaId sein',
    mustBeDate: 'muss ein Datum im Format JJJJ-MM-TT sein oder leer bleiben',
    duplicateId: (id, first) => `doppelte ID „${id}“ (auch bei ${first})`,
    notAMapType: (type) => `keine Trailmap Journey Map: type muss „${type}“ sein`,
    notAMapObject: (type) =>
      `keine Trailmap Journey Map: erwartet wird ein JSON-Objekt mit type „${type}“`,
    newerFormat: (version, current) =>
      `Diese Datei wurde mit einer neueren Trailmap-Version geschrieben (Formatversion ${version}); diese Version liest bis Formatversion ${current}.`,
    upgradeFailed: (from, to, reason) =>
      `Die Datei konnte nicht von Formatversion ${from} auf ${to} aktualisiert werden: ${reason}`,
    upgradeIncomplete: (from, current) =>
      `Die Aktualisierung der Datei von Formatversion ${from} hat Version ${current} nicht erreicht`,
    tooLarge: (size, limit) => `Die Datei ist ${size} groß; erlaubt sind höchstens ${limit}`,
    tooDeep: (levels) => `mehr als ${levels} Ebenen tief verschachtelt; das ist keine Journey Map`,
    loadFailed: (reason) => `Die Datei konnte nicht geladen werden: ${reason}`,
    mustBeText: 'Die Datei muss Text enthalten',
    notJson: (reason) => `kein gültiges JSON: ${reason}`,
    fileEmpty: 'Die Datei ist leer',
    tooManyRows: (rows, max) => `${rows} Zeilen sind mehr als ${max}`,
    noTitleColumn: (found, expected) =>
      `keine Spalte „title“ (gefunden: ${found}); erwartet: ${expected}`,
    noColumns: (columns, found, expected) =>
      `Spalte ${columns} fehlt (gefunden: ${found}); erwartet: ${expected}`,
    noPlaceColumn:
      'keine Spalte „phase“ oder „touchpoint“: jede Zeile muss angeben, wo gemessen wurde',
    quoteNotClosed: (line) => `Zeile ${line}: ein Feld in Anführungszeichen wird nie geschlossen`,
    isEmpty: 'ist leer',
    notOneOf: (value, values) => `„${value}“ ist keiner dieser Werte: ${values}`,
    emotionRange: (value) => `„${value}“ muss eine ganze Zahl von -2 bis 2 sein`,
    noLane: (name) => `keine Zeile dieser Map heißt „${name}“`,
    noPersona: (name) => `keine Persona dieser Map heißt „${name}“`,
    notANumber: (value) => `„${value}“ ist keine Zahl`,
    notADate: (value) => `„${value}“ ist kein Datum im Format JJJJ-MM-TT (etwa 2025-03-31)`,
    notHigherOrLower: (value) => `„${value}“ ist weder higher noch lower`,
    noPhase: (name, known) => `keine Phase heißt „${name}“ (Phasen: ${known})`,
    noPlace: 'ist leer, ebenso touchpoint: angeben, wo gemessen wurde',
    sameTitleNamePhase: (count, title) =>
      `${count} Touchpoints heißen „${title}“; bitte auch die Phase angeben`,
    sameTitleInPhase: (count, title) => `${count} Touchpoints in dieser Phase heißen „${title}“`,
    notInPhase: (title, phase) => `Touchpoint „${title}“ liegt nicht in Phase „${phase}“`,
    noTouchpoint: (title) => `kein Touchpoint heißt „${title}“`,
    commentNotJson:
      'der Kommentar „trailmap:“ ist kein gültiges JSON; entfernen oder wiederherstellen',
    commentNotObject: 'der Kommentar „trailmap:“ muss ein JSON-Objekt enthalten',
    notJourneyStart: (text) =>
      `eine Mermaid User Journey beginnt mit „journey“, nicht mit „${text}“`,
    semicolon: 'Mermaid erlaubt in einer Journey kein „;“; entfernen oder anders formulieren',
    sectionColon: (name) => `ein Abschnittsname darf kein „:“ enthalten („${name}“)`,
    notATask: (text) =>
      `„${text}“ ist keine Aufgabe: als „Aufgabe: Wertung: Akteur, Akteur“ schreiben`,
    taskName: 'eine Aufgabe braucht vor ihrem „:“ einen Namen',
    scoreRange: (name, score) =>
      `die Wertung von „${name}“ ist „${score}“; eine Wertung ist eine ganze Zahl von 1 (sehr negativ) bis 5 (begeistert)`,
    journeyMissing: 'das ist keine Mermaid User Journey: „journey“ fehlt',
    accDescrOpen: 'der Block „accDescr {“ wird nie mit „}“ geschlossen',
    commentsInvalid: (path, problem) =>
      `die Kommentare „trailmap:“ beschreiben keine gültige Map: ${path}: ${problem}`,
  },
  repairs: {
    titleShortened: (length, max) =>
      `Der Titel der Map hatte ${length} Zeichen; er wurde auf ${max} gekürzt`,
    edgeNoEnd: (edge, from, to, end) =>
      `Verbindung „${edge}“ von „${from}“ nach „${to}“ wurde entfernt: Touchpoint „${end}“ existiert nicht`,
    edgeNoEnds: (edge, from, to) =>
      `Verbindung „${edge}“ von „${from}“ nach „${to}“ wurde entfernt: Touchpoints „${from}“ und „${to}“ existieren nicht`,
    edgeSelfLoop: (edge, from, to) =>
      `Verbindung „${edge}“ von „${from}“ nach „${to}“ wurde entfernt: Sie verbindet einen Touchpoint mit sich selbst`,
    edgeRepeats: (edge, from, to, twin) =>
      `Verbindung „${edge}“ von „${from}“ nach „${to}“ wurde entfernt: Sie wiederholt Verbindung „${twin}“`,
    laneHeight: (lane, was, now) => `Zeile „${lane}“ war ${was} hoch; jetzt ist sie ${now} hoch`,
    phaseWidth: (phase, was, min) =>
      `Phase „${phase}“ war ${was} breit; sie wurde auf die Mindestbreite ${min} verbreitert`,
    noteSize: (note, was, min) =>
      `Notiz „${note}“ war ${was} groß; sie wurde auf mindestens ${min} vergrößert`,
    metricOnBoth: (metric, touchpoint) =>
      `Kennzahl „${metric}“ hing an einem Touchpoint und einer Phase; sie bleibt an Touchpoint „${touchpoint}“`,
    metricNoTouchpointToPhase: (metric, touchpoint, phase) =>
      `Kennzahl „${metric}“ hing an Touchpoint „${touchpoint}“, den es nicht gibt; sie hängt jetzt an Phase „${phase}“`,
    metricNoTouchpoint: (metric, touchpoint) =>
      `Kennzahl „${metric}“ hing an Touchpoint „${touchpoint}“, den es nicht gibt; sie ist jetzt nicht zugeordnet`,
    metricNoPhase: (metric, phase) =>
      `Kennzahl „${metric}“ hing an Phase „${phase}“, die es nicht gibt; sie ist jetzt nicht zugeordnet`,
    touchpointNoPhase: (touchpoint, phase) =>
      `Touchpoint „${touchpoint}“ lag in Phase „${phase}“, die es nicht gibt; er ist jetzt keiner Phase zugeordnet und liegt rechts der letzten Phase`,
    touchpointNoLane: (touchpoint, lane) =>
      `Touchpoint „${touchpoint}“ lag in Zeile „${lane}“, die es nicht gibt; er liegt jetzt in keiner Zeile`,
    touchpointNoPersonas: (touchpoint, personas) =>
      `Touchpoint „${touchpoint}“ nannte Personas, die es nicht gibt (${personas}); sie wurden weggelassen`,
  },
}
