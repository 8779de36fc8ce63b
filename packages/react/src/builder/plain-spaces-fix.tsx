import { plainJsonSpaces } from '@briq-interactive/core'
import { type ReactNode, type RefObject, useRef } from 'react'
import { useClientLayoutEffect } from '../dom/use-client-layout-effect.ts'
import { worded } from '../i18n/messages.ts'
import { ownLang } from '../i18n/own-lang.tsx'
import { useBuilderControls } from './builder-context.ts'
import type { ChangeOptions } from './builder-model.ts'

/**
 * The fix-it for JSON text that breaks on the invisible spaces a web page, Word or WhatsApp Web
 * pastes between values (core's `plainJsonSpaces`), for the JSON tab and a JSON field alike:
 * `unparsed` is the text that does not parse (none: no fix-it), `text` what the textarea shows,
 * `write` sets the text. The fix is one undo step of its own (`coalesceKey`), is announced, and
 * puts the focus back in the text with its caret or selection where it was. Call it after any
 * layout effect of the caller that places the caret: the fix-it's caret wins.
 */
export function usePlainSpacesFix(
  unparsed: string | undefined,
  textarea: RefObject<HTMLTextAreaElement | null>,
  text: string,
  write: (next: string, change: ChangeOptions) => void,
  coalesceKey: string,
): ReactNode {
  const { t, lang, announce } = useBuilderControls('usePlainSpacesFix')
  // The selection to restore once the textarea shows the text the fix-it wrote.
  const caret = useRef<readonly [number, number] | undefined>(undefined)
  const plain = unparsed === undefined ? undefined : plainJsonSpaces(unparsed)
  useClientLayoutEffect(() => {
    const selection = caret.current
    if (selection === undefined || textarea.current?.value !== text) return
    caret.current = undefined
    textarea.current.setSelectionRange(...selection)
  }, [text])
  if (plain === undefined) return null
  const replace = () => {
    const area = textarea.current
    if (area === null) return
    caret.current = [plain.offsetOf(area.selectionStart), plain.offsetOf(area.selectionEnd)]
    write(plain.text, { coalesceKey })
    announce(worded(t, 'builder.announce.fixed', { fix: t('builder.json.plainSpaces') }))
    // The fix-it goes with the error: the text it fixed takes the focus.
    area.focus()
  }
  return (
    <button
      type="button"
      className="bi-builder-fix"
      onClick={replace}
      lang={ownLang(t, 'builder.json.plainSpaces', lang)}
    >
      {t('builder.json.plainSpaces')}
    </button>
  )
}
