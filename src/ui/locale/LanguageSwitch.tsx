import { Languages } from 'lucide-react'
import { LOCALE_NAMES, LOCALES, isLocale } from '../../domain/i18n'
import { localeStore, useLocale, useT } from '../../state/locale'
import './language-switch.css'

/** The interface language, in each language's own name; remembered by this browser. */
export function LanguageSwitch() {
  const t = useT()
  const locale = useLocale()
  return (
    <label className="language-switch" title={t.common.language}>
      <Languages size={16} aria-hidden />
      <select
        className="language-switch__select"
        aria-label={t.common.language}
        value={locale}
        onChange={(event) => {
          const next = event.target.value
          if (isLocale(next)) localeStore.getState().setLocale(next)
        }}
      >
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </select>
    </label>
  )
}
