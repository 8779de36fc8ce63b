import type { ReactNode } from 'react'
import { ownLang } from '../i18n/own-lang.tsx'
import { usePreview } from './preview-context.ts'

/**
 * Where a body goes when it has no text to draw: the message's or a carousel card's. One written
 * that cannot be read (`null`, `"hello"`, `{}`) is `unreadable`: barred where core refuses it, as an
 * unreadable header or footer is; a body not yet written only gets the placeholder's own mark.
 */
export function BodyPlaceholder({
  invalid,
  unreadable,
  end,
}: {
  invalid: boolean
  unreadable: boolean
  /** The time's spacer, where this is the bubble's last line of text. */
  end?: ReactNode
}): ReactNode {
  const { t, locale } = usePreview()
  return (
    <div
      className="bi-body"
      lang={ownLang(t, 'preview.bodyPlaceholder', locale)}
      data-empty=""
      data-unreadable={unreadable ? '' : undefined}
      data-invalid={invalid ? '' : undefined}
    >
      {t('preview.bodyPlaceholder')}
      {end}
    </div>
  )
}
