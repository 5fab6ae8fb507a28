// "Lane ▾": adds a row of a chosen type below the others (or a service-blueprint line).

import { Fragment } from 'react'
import { Rows3 } from 'lucide-react'
import { addLaneCommand } from '../../commands/journey-commands'
import { useRunCommand } from '../../commands/use-command'
import { LANE_TYPES, isLineLane } from '../../domain/vocabulary'
import { useT } from '../../state/locale'
import { Dropdown } from './Dropdown'

const GROUPS = [
  ['rows', LANE_TYPES.filter((type) => !isLineLane(type))],
  ['blueprintLines', LANE_TYPES.filter(isLineLane)],
] as const

export function LaneMenu({ disabled }: { disabled: boolean }) {
  const t = useT()
  const run = useRunCommand()
  const laneTypes = t.vocabulary.laneTypes
  return (
    <Dropdown icon={Rows3} text={t.toolbar.lane} label={t.toolbar.addLane} disabled={disabled}>
      {(close) => (
        <div className="menu" role="group" aria-label={t.toolbar.laneTypes}>
          {GROUPS.map(([heading, types]) => (
            <Fragment key={heading}>
              <p className="menu__heading">{t.toolbar[heading]}</p>
              {types.map((type) => (
                <button
                  key={type}
                  type="button"
                  className="menu__item"
                  onClick={() => {
                    run(addLaneCommand, { type })
                    close()
                  }}
                >
                  {laneTypes[type]}
                </button>
              ))}
            </Fragment>
          ))}
        </div>
      )}
    </Dropdown>
  )
}
