// Debian's Chromium driven by playwright-core (browser downloads are not possible here): the same
// launcher the command-line exporter uses.
export { CHROMIUM_PATH, launchChromium as launchBrowser } from '../../bin/headless'
