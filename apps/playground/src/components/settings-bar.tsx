import { keepPlainSelectKeys } from '@briq-interactive/react'
import { useId } from 'react'
import { PLAYGROUND_LOCALES, type PlaygroundLocale, useTranslate } from '../i18n/translator.ts'

/** The playground's colour scheme; `system` follows the OS. */
export type PlaygroundTheme = 'light' | 'dark' | 'system'

/** The themes offered, in the order shown. */
export const THEMES = ['light', 'dark', 'system'] as const

/** Props of `SettingsBar`. */
export interface SettingsBarProps {
  /** The language. */
  locale: PlaygroundLocale
  /** Called with the chosen language. */
  onLocaleChange(locale: PlaygroundLocale): void
  /** The theme. */
  theme: PlaygroundTheme
  /** Called with the chosen theme. */
  onThemeChange(theme: PlaygroundTheme): void
}

/** Language select and a light / dark / system radio group. */
export function SettingsBar({ locale, onLocaleChange, theme, onThemeChange }: SettingsBarProps) {
  const t = useTranslate()
  const id = useId()
  return (
    <fieldset className="pg-settings">
      <legend className="pg-visually-hidden">{t('settingsLabel')}</legend>
      <label className="pg-inline" htmlFor={`${id}-locale`}>
        {t('localeLabel')}
        <select
          id={`${id}-locale`}
          className="pg-input"
          onKeyDown={keepPlainSelectKeys}
          value={locale}
          onChange={(event) => {
            const chosen = PLAYGROUND_LOCALES.find((entry) => entry.locale === event.target.value)
            if (chosen) onLocaleChange(chosen.locale)
          }}
        >
          {PLAYGROUND_LOCALES.map((entry) => (
            <option key={entry.locale} value={entry.locale} lang={entry.locale}>
              {entry.name}
            </option>
          ))}
        </select>
      </label>
      <div className="pg-inline" role="radiogroup" aria-labelledby={`${id}-theme`}>
        <span id={`${id}-theme`}>{t('themeLabel')}</span>
        {THEMES.map((value) => (
          <label key={value} className="pg-choice">
            <input
              type="radio"
              name={`${id}-theme`}
              value={value}
              checked={theme === value}
              onChange={() => onThemeChange(value)}
            />
            {t(value === 'light' ? 'themeLight' : value === 'dark' ? 'themeDark' : 'themeSystem')}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
