import {
  CAROUSEL_QUICK_REPLY_MAX_READINGS,
  carouselQuickReplyLimit,
  VALIDATE_OPTION_FLAGS as FLAGS,
  LIMITS,
  readCarouselQuickReplyMax,
  type ValidateOptions,
} from '@briq-interactive/core'
import { keepPlainSelectKeys } from '@briq-interactive/react'
import { useId } from 'react'
import { useTranslate } from '../i18n/translator.ts'

/** Props of `ValidationPanel`. */
export interface ValidationPanelProps {
  /** The options the builder, preview and send check with. */
  value: ValidateOptions
  /** Called with the options the person picked. */
  onValueChange(options: ValidateOptions): void
}

/**
 * The switches for the rules Meta's own sources disagree on (core's `ValidateOptions`), for
 * the builder, the preview and the send to read the rules as the mock or proxy behind the page
 * does (`briq-mock --extended-list-body`, `PROXY_EXTENDED_LIST_BODY=1`). Each is a labelled
 * control; the flag it matches is shown as code beside it.
 */
export function ValidationPanel({ value, onValueChange }: ValidationPanelProps) {
  const t = useTranslate()
  const id = useId()
  const toggle = (key: 'extendedListBody' | 'allowFlowMediaHeader', on: boolean) => {
    const { [key]: _dropped, ...rest } = value
    onValueChange(on ? { ...rest, [key]: true } : rest)
  }
  return (
    <section className="pg-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('rulesHeading')}</h2>
      <p id={`${id}-hint`} className="pg-hint">
        {t('rulesHint')}
      </p>
      <label className="pg-choice">
        <input
          type="checkbox"
          checked={value.extendedListBody === true}
          onChange={(event) => toggle('extendedListBody', event.target.checked)}
        />
        {t('ruleExtendedListBody', {
          extended: LIMITS.body.listTextExtended.max,
          limit: LIMITS.body.text.max,
        })}{' '}
        <code>--{FLAGS.extendedListBody}</code>
      </label>
      <label className="pg-choice">
        <input
          type="checkbox"
          checked={value.allowFlowMediaHeader === true}
          onChange={(event) => toggle('allowFlowMediaHeader', event.target.checked)}
        />
        {t('ruleFlowMediaHeader')} <code>--{FLAGS.allowFlowMediaHeader}</code>
      </label>
      <div className="pg-field-plain">
        <label className="pg-label" htmlFor={`${id}-quick-replies`}>
          {t('ruleQuickReplies')} <code>--{FLAGS.carouselQuickReplyMax}</code>
        </label>
        <select
          id={`${id}-quick-replies`}
          className="pg-input"
          onKeyDown={keepPlainSelectKeys}
          value={String(carouselQuickReplyLimit(value).max)}
          onChange={(event) => {
            const { carouselQuickReplyMax: _dropped, ...rest } = value
            const picked = readCarouselQuickReplyMax(event.target.value)
            const isDefault = picked === undefined || picked === carouselQuickReplyLimit().max
            onValueChange(isDefault ? rest : { ...rest, carouselQuickReplyMax: picked })
          }}
        >
          {CAROUSEL_QUICK_REPLY_MAX_READINGS.map((reading) => (
            <option key={reading} value={reading}>
              {reading}
            </option>
          ))}
        </select>
      </div>
    </section>
  )
}
