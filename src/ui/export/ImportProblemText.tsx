// An import problem's place and sentence, and a repair made while loading, in the interface language (the parsers write English;
// src/domain/format/problem-text.ts renders the catalogue's message for it).

import { problemText, repairText, whereText } from '../../domain/format/problem-text'
import { useT } from '../../state/locale'

export function ProblemWhere({ where }: { where: string }) {
  return whereText(useT(), where)
}

export function ProblemMessage({ message }: { message: string }) {
  return problemText(useT(), message)
}

export function RepairMessage({ repair }: { repair: string }) {
  return repairText(useT(), repair)
}
