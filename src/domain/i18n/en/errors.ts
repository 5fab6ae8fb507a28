// What people read when something is refused or cannot be read: the notices of refused edits (by
// the domain's error code; the domain's own English message stays in logs and tests) and the
// import errors of JSON, CSV and Mermaid files.
export const errors = {
  /** A refused edit, by `JourneyErrorCode`. */
  refusal: {
    unknownPhase: 'That phase no longer exists; someone may have just deleted it.',
    unknownTouchpoint: 'That card no longer exists; someone may have just deleted it.',
    unknownEdge: 'That connection no longer exists; someone may have just deleted it.',
    unknownNote: 'That note no longer exists; someone may have just deleted it.',
    unknownLane: 'That lane no longer exists; someone may have just deleted it.',
    unknownPersona: 'That persona no longer exists; someone may have just deleted it.',
    unknownMetric: 'That metric no longer exists; someone may have just deleted it.',
    duplicateId: 'That id is already in use on this map.',
    selfLoop: 'A card cannot be connected to itself.',
    duplicateEdge: 'These cards are already connected.',
    lastPhase: 'The last phase has no other phase to move its cards to.',
    readOnly: 'This map was saved by a newer version of Trailmap; it is shown read-only here.',
  },
  api: {
    unreachable: 'The server cannot be reached. Check the connection and try again.',
  },
  /** Why the sync server closed the connection (its close code), shown over the map. */
  connection: {
    refused: 'The server refused a message from this editor.',
    needLink: 'You need a valid link to open this map.',
    noEditing: 'This link does not allow editing.',
    noMap: 'This map does not exist (it may have been deleted).',
    sizeLimit: 'The map reached its size limit: your last change was not saved.',
    notLoaded: 'This map could not be loaded; it has been kept as it was.',
    tooFast: 'Too many messages too fast: the connection was paused. Reload to reconnect.',
    closed: (code: number) => `Closed by the server (${code}).`,
    notSaved:
      'The server cannot save right now: your changes are kept here and sent again when it can.',
  },
  /** Shown instead of the page when it fails to draw (src/ui/CrashBoundary.tsx). */
  crash: {
    title: 'Trailmap stopped showing this page',
    body: 'Something went wrong while drawing it. Edits you already made are kept; reload to go on.',
    newVersion:
      'A part of Trailmap could not be loaded — a newer version may have been installed meanwhile. Edits you already made are kept; reload to go on.',
    reload: 'Reload',
  },
  /** Where an import problem is: a sheet's row (and column), a Mermaid text's line. */
  where: {
    row: (row: number) => `row ${row}`,
    rowColumn: (row: number, column: string) => `row ${row}, ${column}`,
    line: (line: number) => `line ${line}`,
  },
  /**
   * Import problems (JSON, CSV, Mermaid) and field problems, as the domain writes them in English
   * (src/domain/format/problem-text.ts reads the values back out of the English sentence).
   */
  problems: {
    required: 'is required',
    mustBeObject: 'must be an object',
    mustBeJsonObject: 'must be a JSON object',
    mustBeArray: 'must be an array',
    mustBeString: 'must be a string',
    mustBeStringOrNull: 'must be a string or null',
    mustNotBeEmpty: 'must not be empty',
    noControlCharacters: 'must not contain control characters',
    atMostCharacters: (max: number) => `must be at most ${max} characters`,
    mustBeBoolean: 'must be true or false',
    mustBeColour: 'must be a colour written #rrggbb',
    mustBeFinite: 'must be a finite number',
    mustBeFiniteOrNull: 'must be a finite number or null',
    mustBePositive: 'must be a positive finite number',
    mustBePositiveInteger: 'must be a positive integer',
    mustBeEmotion: 'must be an integer from -2 to 2',
    mustBeStringArray: 'must be an array of strings',
    mustBeOneOf: (values: string) => `must be one of ${values}`,
    mustBeIdArray: 'must be an array of ids',
    listedTwice: 'is listed twice',
    mustBeTargets: 'must be an array of { personaId, emotion, target }',
    mustBeTargetObject: 'must be an object with personaId',
    mustBeDate: 'must be a date written YYYY-MM-DD, or empty',
    duplicateId: (id: string, first: string) => `duplicate id "${id}" (also at ${first})`,
    notAMapType: (type: string) => `not a Trailmap journey map: type must be "${type}"`,
    notAMapObject: (type: string) =>
      `not a Trailmap journey map: expected a JSON object with type "${type}"`,
    newerFormat: (version: number, current: number) =>
      `This file was written by a newer Trailmap (format version ${version}); this version reads up to ${current}.`,
    upgradeFailed: (from: number, to: number, reason: string) =>
      `could not upgrade the file from format version ${from} to ${to}: ${reason}`,
    upgradeIncomplete: (from: number, current: number) =>
      `upgrading the file from format version ${from} did not reach version ${current}`,
    tooLarge: (size: string, limit: string) => `the file is ${size}; the limit is ${limit}`,
    tooDeep: (levels: number) => `nested more than ${levels} levels deep; a journey map is not`,
    loadFailed: (reason: string) => `could not load the file: ${reason}`,
    mustBeText: 'the file must be text',
    notJson: (reason: string) => `not valid JSON: ${reason}`,
    fileEmpty: 'the file is empty',
    tooManyRows: (rows: number, max: number) => `${rows} rows is more than ${max}`,
    noTitleColumn: (found: string, expected: string) =>
      `no "title" column (found: ${found}); expected ${expected}`,
    noColumns: (columns: string, found: string, expected: string) =>
      `no ${columns} column (found: ${found}); expected ${expected}`,
    noPlaceColumn: 'no "phase" or "touchpoint" column: each row must say where it was measured',
    quoteNotClosed: (line: number) => `line ${line}: a quoted field is never closed`,
    isEmpty: 'is empty',
    notOneOf: (value: string, values: string) => `"${value}" is not one of ${values}`,
    emotionRange: (value: string) => `"${value}" must be an integer from -2 to 2`,
    noLane: (name: string) => `no lane of this map is named "${name}"`,
    noPersona: (name: string) => `no persona of this map is named "${name}"`,
    notANumber: (value: string) => `"${value}" is not a number`,
    notADate: (value: string) => `"${value}" is not a date written YYYY-MM-DD (such as 2025-03-31)`,
    notHigherOrLower: (value: string) => `"${value}" is not higher or lower`,
    noPhase: (name: string, known: string) => `no phase is called "${name}" (phases: ${known})`,
    noPlace: 'is empty, and so is touchpoint: name where it was measured',
    sameTitleNamePhase: (count: number, title: string) =>
      `${count} touchpoints are called "${title}"; name the phase too`,
    sameTitleInPhase: (count: number, title: string) =>
      `${count} touchpoints are called "${title}" in this phase`,
    notInPhase: (title: string, phase: string) =>
      `touchpoint "${title}" is not in phase "${phase}"`,
    noTouchpoint: (title: string) => `no touchpoint is called "${title}"`,
    commentNotJson: 'the "trailmap:" comment is not valid JSON; remove it or restore it',
    commentNotObject: 'the "trailmap:" comment must hold a JSON object',
    notJourneyStart: (text: string) =>
      `a Mermaid user journey starts with "journey", not "${text}"`,
    semicolon: 'Mermaid does not allow ";" in a journey; remove it or write it another way',
    sectionColon: (name: string) => `a section name cannot contain ":" ("${name}")`,
    notATask: (text: string) =>
      `"${text}" is not a task: write it as "Task name: score: actor, actor"`,
    taskName: 'a task needs a name before its ":"',
    scoreRange: (name: string, score: string) =>
      `the score of "${name}" is "${score}"; a score is a whole number from 1 (very negative) to 5 (delighted)`,
    journeyMissing: 'this is not a Mermaid user journey: "journey" is missing',
    accDescrOpen: 'the "accDescr {" block is never closed with "}"',
    commentsInvalid: (path: string, problem: string) =>
      `the "trailmap:" comments do not describe a valid map: ${path}: ${problem}`,
  },
  /** What loading a file changed to make the map consistent (the import dialog lists them). */
  repairs: {
    titleShortened: (length: number, max: number) =>
      `the map title was ${length} characters; it was shortened to ${max}`,
    edgeNoEnd: (edge: string, from: string, to: string, end: string) =>
      `edge "${edge}" from "${from}" to "${to}" was removed: touchpoint "${end}" does not exist`,
    edgeNoEnds: (edge: string, from: string, to: string) =>
      `edge "${edge}" from "${from}" to "${to}" was removed: touchpoint "${from}" and "${to}" does not exist`,
    edgeSelfLoop: (edge: string, from: string, to: string) =>
      `edge "${edge}" from "${from}" to "${to}" was removed: it connects a touchpoint to itself`,
    edgeRepeats: (edge: string, from: string, to: string, twin: string) =>
      `edge "${edge}" from "${from}" to "${to}" was removed: it repeats edge "${twin}"`,
    laneHeight: (lane: string, was: string, now: string) =>
      `lane "${lane}" was ${was} tall; it is now ${now}`,
    phaseWidth: (phase: string, was: string, min: string) =>
      `phase "${phase}" was ${was} wide; it was widened to the minimum ${min}`,
    noteSize: (note: string, was: string, min: string) =>
      `note "${note}" was ${was}; it was enlarged to at least ${min}`,
    metricOnBoth: (metric: string, touchpoint: string) =>
      `metric "${metric}" was on a touchpoint and a phase; it stays on touchpoint "${touchpoint}"`,
    metricNoTouchpointToPhase: (metric: string, touchpoint: string, phase: string) =>
      `metric "${metric}" was on touchpoint "${touchpoint}", which does not exist; it is now on phase "${phase}"`,
    metricNoTouchpoint: (metric: string, touchpoint: string) =>
      `metric "${metric}" was on touchpoint "${touchpoint}", which does not exist; it is now unassigned`,
    metricNoPhase: (metric: string, phase: string) =>
      `metric "${metric}" was on phase "${phase}", which does not exist; it is now unassigned`,
    touchpointNoPhase: (touchpoint: string, phase: string) =>
      `touchpoint "${touchpoint}" was in phase "${phase}", which does not exist; it is now unassigned, right of the last phase`,
    touchpointNoLane: (touchpoint: string, lane: string) =>
      `touchpoint "${touchpoint}" was in lane "${lane}", which does not exist; it is now in no lane`,
    touchpointNoPersonas: (touchpoint: string, personas: string) =>
      `touchpoint "${touchpoint}" named personas that do not exist (${personas}); they were left out`,
  },
} as const
