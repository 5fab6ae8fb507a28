import { describe, expect, it } from 'vitest'
import type { ConnectionInfo } from '../../../src/collab/session'
import { connectionView } from '../../../src/ui/presence/connection-view'

const info = (state: ConnectionInfo['state'], reason: string | null = null): ConnectionInfo => ({
  state,
  synced: false,
  reason,
})

describe('connection badge view', () => {
  it('labels every state', () => {
    expect(connectionView(info('connected')).label).toBe('Connected')
    expect(connectionView(info('connecting')).label).toBe('Connecting…')
    expect(connectionView(info('reconnecting')).label).toBe('Reconnecting…')
    expect(connectionView(info('offline')).label).toBe('Offline')
    expect(connectionView(info('closed')).label).toBe('Disconnected')
  })

  it('uses one tone per kind of state', () => {
    expect(connectionView(info('connected')).tone).toBe('ok')
    expect(connectionView(info('connecting')).tone).toBe('busy')
    expect(connectionView(info('reconnecting')).tone).toBe('busy')
    expect(connectionView(info('offline')).tone).toBe('idle')
    expect(connectionView(info('closed')).tone).toBe('error')
  })

  it('tells offline people their edits are kept', () => {
    expect(connectionView(info('offline')).detail).toMatch(/edits are kept and will sync/i)
  })

  it('gives the reason a closed connection ended in its tooltip (the page shows it whole)', () => {
    expect(connectionView(info('closed', 'Map not found')).detail).toBeNull()
    expect(connectionView(info('closed', 'Map not found')).tooltip).toBe(
      'Disconnected: Map not found',
    )
    expect(connectionView(info('closed', '  ')).tooltip).toBe(
      'Disconnected: The server ended the connection',
    )
  })
})

describe('connection badge when the server cannot save', () => {
  it('shows "Not saved" with the reason instead of a green pill', () => {
    const view = connectionView(info('connected', 'The server cannot save right now'))
    expect(view.label).toBe('Not saved')
    expect(view.tone).toBe('error')
    expect(view.detail).toMatch(/cannot save/)
  })
})
