// Commands with payloads for metrics: the inspector's Metrics section adds and deletes them (field
// edits go through the generic `record.update`), the import dialog adds a sheet of them, and the
// heat overlay is this person's view state (never written to the map).

import { importMetricsCsv } from '../domain/format/csv-metrics'
import { createMetric, type Metric } from '../domain/kinds/metric'
import type { HeatMode } from '../domain/metric-status'
import { addMetric, deleteMetrics } from '../domain/operations'
import type { Id } from '../domain/types'
import { runEdit } from './edit'
import type { Command } from './types'

export type NewMetric = Partial<Omit<Metric, 'id'>> &
  ({ readonly touchpointId: Id } | { readonly phaseId: Id })

/** Adds one metric; returns its id (undefined when refused). */
export const addMetricCommand: Command<NewMetric, Id | undefined> = {
  id: 'metric.add',
  label: (m) => m.commands.metricAdd,
  group: 'Edit',
  allowedIn: 'edit',
  listed: false,
  run({ store }, fields) {
    const metric = createMetric({ phaseId: null, touchpointId: null, ...fields })
    return runEdit(store, (map) => addMetric(map, metric)) ? metric.id : undefined
  },
}

export const deleteMetricsCommand: Command<{ ids: readonly Id[] }, boolean> = {
  id: 'metric.delete',
  label: (m) => m.commands.metricDelete,
  group: 'Edit',
  allowedIn: 'edit',
  listed: false,
  run: ({ store }, { ids }) => runEdit(store, (map) => deleteMetrics(map, ids)),
}

/**
 * Adds a sheet of metrics to the open map as one undoable edit, checked against the map as it is
 * now (a colleague may have renamed a phase meanwhile: then nothing is added). Returns how many.
 */
export const addCsvMetrics: Command<{ text: string }, number> = {
  id: 'import.csv-metrics',
  label: (m) => m.commands.importCsvMetrics,
  group: 'Map',
  allowedIn: 'edit',
  listed: false,
  run({ store }, { text }) {
    let added = 0
    runEdit(store, (current) => {
      const result = importMetricsCsv(current, text)
      if (!result.ok) return current
      added = result.added
      return result.map
    })
    return added
  },
}

const HEAT_CYCLE: readonly (HeatMode | null)[] = [null, 'pain', 'metrics']

/** Off → pain points → metrics → off: the toolbar button and the H key. */
export const toggleHeat: Command = {
  id: 'toggle-heat',
  allowedIn: 'view',
  label: (m) => m.commands.toggleHeat,
  group: 'View',
  shortcuts: ['H'],
  run: ({ store }) =>
    store.setState((s) => ({
      heat: HEAT_CYCLE[(HEAT_CYCLE.indexOf(s.heat) + 1) % HEAT_CYCLE.length] ?? null,
    })),
}

/** Sets the overlay from the legend's choices. */
export const setHeat: Command<{ mode: HeatMode | null }> = {
  id: 'heat.set',
  allowedIn: 'view',
  label: (m) => m.commands.heatSet,
  group: 'View',
  listed: false,
  run: ({ store }, { mode }) => store.setState({ heat: mode }),
}

export const metricCommands = [
  addMetricCommand,
  deleteMetricsCommand,
  addCsvMetrics,
  toggleHeat,
  setHeat,
]
