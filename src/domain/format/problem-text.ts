// Import problems in the reader's language. The parsers write each problem as one English sentence
// (tests, logs and the CLI read them so); this table recognises each sentence, takes its values
// back out, and renders the catalogue's message for it. A sentence the table does not know is shown
// as it is, so a new English problem is never lost, only untranslated (a unit test renders every
// entry in English and checks it gives the sentence back).

import type { Messages } from '../i18n'

type ProblemMessages = Messages['errors']['problems']
type Render = (
  m: ProblemMessages,
  values: readonly string[],
  again: (text: string) => string,
) => string
type RepairMessages = Messages['errors']['repairs']
type RepairRender = (m: RepairMessages, values: readonly string[]) => string

const n = Number

/** [the English sentence as a pattern, its message]; the first match wins. */
const PROBLEMS: readonly (readonly [RegExp, Render])[] = [
  [/^is required$/, (m) => m.required],
  [/^must be an object$/, (m) => m.mustBeObject],
  [/^must be a JSON object$/, (m) => m.mustBeJsonObject],
  [/^must be an array$/, (m) => m.mustBeArray],
  [/^must be a string$/, (m) => m.mustBeString],
  [/^must be a string or null$/, (m) => m.mustBeStringOrNull],
  [/^must not be empty$/, (m) => m.mustNotBeEmpty],
  [/^must not contain control characters$/, (m) => m.noControlCharacters],
  [/^must be at most (\d+) characters$/, (m, [max]) => m.atMostCharacters(n(max))],
  [/^must be true or false$/, (m) => m.mustBeBoolean],
  [/^must be a colour written #rrggbb$/, (m) => m.mustBeColour],
  [/^must be a finite number$/, (m) => m.mustBeFinite],
  [/^must be a finite number or null$/, (m) => m.mustBeFiniteOrNull],
  [/^must be a positive finite number$/, (m) => m.mustBePositive],
  [/^must be a positive integer$/, (m) => m.mustBePositiveInteger],
  [/^must be an integer from -2 to 2$/, (m) => m.mustBeEmotion],
  [/^must be an array of strings$/, (m) => m.mustBeStringArray],
  [/^must be one of (.*)$/, (m, [values]) => m.mustBeOneOf(values ?? '')],
  [/^must be an array of ids$/, (m) => m.mustBeIdArray],
  [/^is listed twice$/, (m) => m.listedTwice],
  [/^must be an array of \{ personaId, emotion, target \}$/, (m) => m.mustBeTargets],
  [/^must be an object with personaId$/, (m) => m.mustBeTargetObject],
  [/^must be a date written YYYY-MM-DD, or empty$/, (m) => m.mustBeDate],
  [
    /^duplicate id "(.*)" \(also at (.*)\)$/,
    (m, [id, first]) => m.duplicateId(id ?? '', first ?? ''),
  ],
  [/^not a Trailmap journey map: type must be "(.*)"$/, (m, [type]) => m.notAMapType(type ?? '')],
  [
    /^not a Trailmap journey map: expected a JSON object with type "(.*)"$/,
    (m, [type]) => m.notAMapObject(type ?? ''),
  ],
  [
    /^This file was written by a newer Trailmap \(format version (\d+)\); this version reads up to (\d+)\.$/,
    (m, [version, current]) => m.newerFormat(n(version), n(current)),
  ],
  [
    /^could not upgrade the file from format version (\d+) to (\d+): (.*)$/s,
    (m, [from, to, reason]) => m.upgradeFailed(n(from), n(to), reason ?? ''),
  ],
  [
    /^upgrading the file from format version (\d+) did not reach version (\d+)$/,
    (m, [from, current]) => m.upgradeIncomplete(n(from), n(current)),
  ],
  [
    /^the file is (.*); the limit is (.*)$/,
    (m, [size, limit]) => m.tooLarge(size ?? '', limit ?? ''),
  ],
  [
    /^nested more than (\d+) levels deep; a journey map is not$/,
    (m, [levels]) => m.tooDeep(n(levels)),
  ],
  [/^could not load the file: (.*)$/s, (m, [reason]) => m.loadFailed(reason ?? '')],
  [/^the file must be text$/, (m) => m.mustBeText],
  [/^not valid JSON: (.*)$/s, (m, [reason]) => m.notJson(reason ?? '')],
  [/^the file is empty$/, (m) => m.fileEmpty],
  [/^(\d+) rows is more than (\d+)$/, (m, [rows, max]) => m.tooManyRows(n(rows), n(max))],
  [
    /^no "title" column \(found: (.*)\); expected (.*)$/,
    (m, [found, expected]) => m.noTitleColumn(found ?? '', expected ?? ''),
  ],
  [
    /^no (".*") column \(found: (.*)\); expected (.*)$/,
    (m, [columns, found, expected]) => m.noColumns(columns ?? '', found ?? '', expected ?? ''),
  ],
  [
    /^no "phase" or "touchpoint" column: each row must say where it was measured$/,
    (m) => m.noPlaceColumn,
  ],
  [/^line (\d+): a quoted field is never closed$/, (m, [line]) => m.quoteNotClosed(n(line))],
  [/^is empty$/, (m) => m.isEmpty],
  [/^"(.*)" is not one of (.*)$/, (m, [value, values]) => m.notOneOf(value ?? '', values ?? '')],
  [/^"(.*)" must be an integer from -2 to 2$/, (m, [value]) => m.emotionRange(value ?? '')],
  [/^no lane of this map is named "(.*)"$/, (m, [name]) => m.noLane(name ?? '')],
  [/^no persona of this map is named "(.*)"$/, (m, [name]) => m.noPersona(name ?? '')],
  [/^"(.*)" is not a number$/, (m, [value]) => m.notANumber(value ?? '')],
  [
    /^"(.*)" is not a date written YYYY-MM-DD \(such as 2025-03-31\)$/,
    (m, [value]) => m.notADate(value ?? ''),
  ],
  [/^"(.*)" is not higher or lower$/, (m, [value]) => m.notHigherOrLower(value ?? '')],
  [
    /^no phase is called "(.*)" \(phases: (.*)\)$/,
    (m, [name, known]) => m.noPhase(name ?? '', known ?? ''),
  ],
  [/^is empty, and so is touchpoint: name where it was measured$/, (m) => m.noPlace],
  [
    /^(\d+) touchpoints are called "(.*)"; name the phase too$/,
    (m, [count, title]) => m.sameTitleNamePhase(n(count), title ?? ''),
  ],
  [
    /^(\d+) touchpoints are called "(.*)" in this phase$/,
    (m, [count, title]) => m.sameTitleInPhase(n(count), title ?? ''),
  ],
  [
    /^touchpoint "(.*)" is not in phase "(.*)"$/,
    (m, [title, phase]) => m.notInPhase(title ?? '', phase ?? ''),
  ],
  [/^no touchpoint is called "(.*)"$/, (m, [title]) => m.noTouchpoint(title ?? '')],
  [/^the "trailmap:" comment is not valid JSON; remove it or restore it$/, (m) => m.commentNotJson],
  [/^the "trailmap:" comment must hold a JSON object$/, (m) => m.commentNotObject],
  [
    /^a Mermaid user journey starts with "journey", not "(.*)"$/s,
    (m, [text]) => m.notJourneyStart(text ?? ''),
  ],
  [
    /^Mermaid does not allow ";" in a journey; remove it or write it another way$/,
    (m) => m.semicolon,
  ],
  [/^a section name cannot contain ":" \("(.*)"\)$/, (m, [name]) => m.sectionColon(name ?? '')],
  [
    /^"(.*)" is not a task: write it as "Task name: score: actor, actor"$/s,
    (m, [text]) => m.notATask(text ?? ''),
  ],
  [/^a task needs a name before its ":"$/, (m) => m.taskName],
  [
    /^the score of "(.*)" is "(.*)"; a score is a whole number from 1 \(very negative\) to 5 \(delighted\)$/,
    (m, [name, score]) => m.scoreRange(name ?? '', score ?? ''),
  ],
  [/^this is not a Mermaid user journey: "journey" is missing$/, (m) => m.journeyMissing],
  [/^the "accDescr \{" block is never closed with "\}"$/, (m) => m.accDescrOpen],
  [
    /^the "trailmap:" comments do not describe a valid map: (\S*): (.*)$/s,
    (m, [path, problem], again) => m.commentsInvalid(path ?? '', again(problem ?? '')),
  ],
]

const EDGE = /^edge "(.*)" from "(.*)" to "(.*)" was removed: /.source

/** What restore repaired while loading, as `restore` writes it. */
const REPAIRS: readonly (readonly [RegExp, RepairRender])[] = [
  [
    /^the map title was (\d+) characters; it was shortened to (\d+)$/,
    (m, [length, max]) => m.titleShortened(n(length), n(max)),
  ],
  [
    new RegExp(`${EDGE}touchpoint "(.*)" and "(.*)" does not exist$`),
    (m, [edge, from, to]) => m.edgeNoEnds(edge ?? '', from ?? '', to ?? ''),
  ],
  [
    new RegExp(`${EDGE}touchpoint "(.*)" does not exist$`),
    (m, [edge, from, to, end]) => m.edgeNoEnd(edge ?? '', from ?? '', to ?? '', end ?? ''),
  ],
  [
    new RegExp(`${EDGE}it connects a touchpoint to itself$`),
    (m, [edge, from, to]) => m.edgeSelfLoop(edge ?? '', from ?? '', to ?? ''),
  ],
  [
    new RegExp(`${EDGE}it repeats edge "(.*)"$`),
    (m, [edge, from, to, twin]) => m.edgeRepeats(edge ?? '', from ?? '', to ?? '', twin ?? ''),
  ],
  [
    /^lane "(.*)" was (.*) tall; it is now (.*)$/,
    (m, [lane, was, now]) => m.laneHeight(lane ?? '', was ?? '', now ?? ''),
  ],
  [
    /^phase "(.*)" was (.*) wide; it was widened to the minimum (.*)$/,
    (m, [phase, was, min]) => m.phaseWidth(phase ?? '', was ?? '', min ?? ''),
  ],
  [
    /^note "(.*)" was (.*); it was enlarged to at least (.*)$/,
    (m, [note, was, min]) => m.noteSize(note ?? '', was ?? '', min ?? ''),
  ],
  [
    /^metric "(.*)" was on a touchpoint and a phase; it stays on touchpoint "(.*)"$/,
    (m, [metric, touchpoint]) => m.metricOnBoth(metric ?? '', touchpoint ?? ''),
  ],
  [
    /^metric "(.*)" was on touchpoint "(.*)", which does not exist; it is now on phase "(.*)"$/,
    (m, [metric, touchpoint, phase]) =>
      m.metricNoTouchpointToPhase(metric ?? '', touchpoint ?? '', phase ?? ''),
  ],
  [
    /^metric "(.*)" was on touchpoint "(.*)", which does not exist; it is now unassigned$/,
    (m, [metric, touchpoint]) => m.metricNoTouchpoint(metric ?? '', touchpoint ?? ''),
  ],
  [
    /^metric "(.*)" was on phase "(.*)", which does not exist; it is now unassigned$/,
    (m, [metric, phase]) => m.metricNoPhase(metric ?? '', phase ?? ''),
  ],
  [
    /^touchpoint "(.*)" was in phase "(.*)", which does not exist; it is now unassigned, right of the last phase$/,
    (m, [touchpoint, phase]) => m.touchpointNoPhase(touchpoint ?? '', phase ?? ''),
  ],
  [
    /^touchpoint "(.*)" was in lane "(.*)", which does not exist; it is now in no lane$/,
    (m, [touchpoint, lane]) => m.touchpointNoLane(touchpoint ?? '', lane ?? ''),
  ],
  [
    /^touchpoint "(.*)" named personas that do not exist \((.*)\); they were left out$/,
    (m, [touchpoint, personas]) => m.touchpointNoPersonas(touchpoint ?? '', personas ?? ''),
  ],
]

/**
 * A repair made while loading, in the language of `messages`. A touchpoint's repairs come joined
 * by "; " in one sentence: each part is rendered on its own.
 */
export function repairText(messages: Messages, repair: string): string {
  const parts = repair.split(/; (?=touchpoint ")/)
  if (parts.length > 1) return parts.map((part) => repairText(messages, part)).join('; ')
  for (const [pattern, render] of REPAIRS) {
    const match = pattern.exec(repair)
    if (match) return render(messages.errors.repairs, match.slice(1))
  }
  return repair
}

/** The English sentence patterns, for the test that renders each one back. */
export const PROBLEM_PATTERNS: readonly RegExp[] = PROBLEMS.map(([pattern]) => pattern)

/** An import or field problem (as the domain writes it, in English) in the language of `messages`. */
export function problemText(messages: Messages, message: string): string {
  const again = (text: string) => problemText(messages, text)
  for (const [pattern, render] of PROBLEMS) {
    const match = pattern.exec(message)
    if (match) return render(messages.errors.problems, match.slice(1), again)
  }
  return message
}

/** Where a problem is (`row 4, emotion`, `line 7`, or a JSON path, which stays as it is). */
export function whereText(messages: Messages, where: string): string {
  const { where: m } = messages.errors
  let match = /^row (\d+), (.+)$/.exec(where)
  if (match) return m.rowColumn(n(match[1]), match[2] ?? '')
  match = /^row (\d+)$/.exec(where)
  if (match) return m.row(n(match[1]))
  match = /^line (\d+)$/.exec(where)
  if (match) return m.line(n(match[1]))
  return where
}
