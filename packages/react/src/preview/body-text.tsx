import { readMoreIndex } from '@briq-interactive/core'
import { type MouseEvent, type ReactNode, useContext, useEffect, useState } from 'react'
import { flushSync } from 'react-dom'
import { FormattedText } from './formatted-text.tsx'
import type { Overflow } from './issue-index.ts'
import { kitLangInside, ReaderCountryContext, usePreview } from './preview-context.ts'

/** Props of `BodyText`. */
export interface BodyTextProps {
  text: string
  overflow: Overflow | undefined
  /** The time's spacer, after the text (or after "Read more"). */
  end: ReactNode
}

// Whether the page is being printed, listened to while `listen`: paper has no "Read more" to
// press, so a body cut behind it prints whole. The update is flushed inside `beforeprint`, or it
// would land after the browser has laid the page out for print.
function usePrinting(listen: boolean): boolean {
  const [printing, setPrinting] = useState(false)
  useEffect(() => {
    if (!listen) return
    const before = (): void => flushSync(() => setPrinting(true))
    const after = (): void => setPrinting(false)
    window.addEventListener('beforeprint', before)
    window.addEventListener('afterprint', after)
    return () => {
      window.removeEventListener('beforeprint', before)
      window.removeEventListener('afterprint', after)
    }
  }, [listen])
  return printing
}

/**
 * A message's body as WhatsApp shows it: a long one (845 characters or more) cut after its first
 * 768, then "…" and a "Read more" button that shows it whole (core's `readMoreIndex`, after
 * WhatsApp Web's ExpandableText), formatted as the whole body formats it: a `*bold*` pair the
 * cut splits is bold up to the cut, no `*` shown. A body past its limit is shown whole, so its
 * mark stays in sight; once opened, it stays open while it is edited; printed, it is whole.
 */
export function BodyText({ text, overflow, end }: BodyTextProps): ReactNode {
  const preview = usePreview()
  const { t } = preview
  const [open, setOpen] = useState(false)
  const countryCode = useContext(ReaderCountryContext)
  const at = open || overflow ? -1 : readMoreIndex(text, { countryCode })
  const printing = usePrinting(at >= 0)
  const cut = printing ? -1 : at
  if (cut < 0) return <FormattedText text={text} overflow={overflow} end={end} />
  const readMore = (event: MouseEvent<HTMLButtonElement>): void => {
    // The button goes with the cut: reading goes on from the body, not from the page's start.
    const body = event.currentTarget.closest<HTMLElement>('.bi-body')
    setOpen(true)
    if (body) {
      body.tabIndex = -1
      body.focus({ preventScroll: true })
    }
  }
  return (
    <FormattedText
      text={text}
      cut={cut}
      end={
        <>
          {'\u2026 '}
          <button
            type="button"
            className="bi-read-more"
            lang={kitLangInside(preview, 'preview.readMore')}
            onClick={readMore}
          >
            {t('preview.readMore')}
          </button>
          {end}
        </>
      }
    />
  )
}
