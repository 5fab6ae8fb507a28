import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import './global.css'
import { LocaleProvider } from '../state/locale'
import { CrashBoundary } from '../ui/CrashBoundary'
import { mapIdFromPath } from '../ui/navigation'
import { openSessionEarly } from './session-cache'

// boot.ts ran first: the share link's token is stored and the map's socket is on its way.
const mapId = mapIdFromPath(window.location.pathname)
if (mapId) openSessionEarly(mapId)
const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <LocaleProvider>
      <CrashBoundary>
        <App />
      </CrashBoundary>
    </LocaleProvider>
  </StrictMode>,
)
