// The interface language of this browser: the browser's preferred language picks the default, the
// switch in the header changes it, and localStorage remembers the choice. One store for the whole
// page (map list, editor, compare view) — not the editor's, which exists only with a map open.
// Code outside React (commands, exports) reads `currentMessages()`.

import { createContext, createElement, useContext, type ReactNode } from 'react'
import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'
import { isLocale, matchLocale, messagesFor, type Locale, type Messages } from '../domain/i18n'

export const LOCALE_STORAGE_KEY = 'trailmap.locale'

interface LocaleState {
  locale: Locale
  setLocale(locale: Locale): void
}

function storedLocale(): Locale | null {
  try {
    const value = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY)
    return isLocale(value) ? value : null
  } catch {
    return null // storage blocked (private mode, sandboxed iframe): fall back to the browser's
  }
}

function initialLocale(): Locale {
  const languages = globalThis.navigator?.languages ?? [globalThis.navigator?.language ?? '']
  return storedLocale() ?? matchLocale(languages)
}

function announce(locale: Locale) {
  // Screen readers and hyphenation follow <html lang>.
  if (typeof document !== 'undefined') document.documentElement.lang = locale
}

export const localeStore = createStore<LocaleState>()((set) => ({
  locale: initialLocale(),
  setLocale(locale) {
    try {
      globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, locale)
    } catch {
      // Not remembered, but the switch still works for this page.
    }
    announce(locale)
    set({ locale })
  },
}))
announce(localeStore.getState().locale)

export function currentLocale(): Locale {
  return localeStore.getState().locale
}

export function currentMessages(): Messages {
  return messagesFor(currentLocale())
}

// Components read the language from a context, not from the store: a map renders a thousand
// cards, and a context costs them nothing until the language changes, where a store subscription
// each would cost a selector run per card on every store update.
const LocaleContext = createContext<Locale>(localeStore.getState().locale)

/** Provides the current language to everything under it; the app's root renders it once. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const locale = useStore(localeStore, (s) => s.locale)
  return createElement(LocaleContext.Provider, { value: locale }, children)
}

export function useLocale(): Locale {
  return useContext(LocaleContext)
}

/** The messages of the current language; the component re-renders when the language changes. */
export function useT(): Messages {
  return messagesFor(useLocale())
}
