import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { captureTokenFromLocation } from '../api/tokens'
import { App } from './App'
import { mapIdFromPath } from '../ui/navigation'
import './global.css'
import { LocaleProvider } from '../state/locale'

// A share link's token is taken out of the address bar before anything connects with it.
captureTokenFromLocation(mapIdFromPath(window.location.pathname))

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <LocaleProvider>
      <App />
    </LocaleProvider>
  </StrictMode>,
)
