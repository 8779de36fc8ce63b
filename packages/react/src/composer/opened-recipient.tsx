import { useEffect, useRef } from 'react'
import { useBuilderControls } from '../builder/builder-context.ts'
import { useSendDialog } from '../send-dialog/send-dialog-context.ts'

/**
 * Puts the recipient of a send request opened from a file (`{ to, interactive }`, as the
 * playground and the snippets export it) into the send step's recipient field: opening the
 * request opens all of it. A number the user entered there is kept (the builder undoes the
 * opened message; nothing would bring that number back): only an empty field, or one holding
 * what an earlier file put there, takes the file's. Renders nothing.
 */
export function OpenedRecipient(): null {
  const { openedRecipients } = useBuilderControls('InteractiveComposer')
  const { to, setTo } = useSendDialog('InteractiveComposer')
  const shown = useRef(to)
  shown.current = to
  // What the last opened file put in the field.
  const filled = useRef<string | undefined>(undefined)
  useEffect(
    () =>
      openedRecipients.subscribe((next) => {
        const current = shown.current
        if (current.trim() !== '' && current !== filled.current && current !== next) return false
        filled.current = next
        setTo(next)
        return true
      }),
    [openedRecipients, setTo],
  )
  return null
}
