import { useEffect } from 'react'
import { useBuilderControls } from '../builder/builder-context.ts'
import { useSendDialog } from '../send-dialog/send-dialog-context.ts'

/**
 * Puts the recipient of a send request opened from a file (`{ to, interactive }`, as the
 * playground and the snippets export it) into the send step's recipient field: opening the
 * request opens all of it. Renders nothing.
 */
export function OpenedRecipient(): null {
  const { openedRecipients } = useBuilderControls('InteractiveComposer')
  const { setTo } = useSendDialog('InteractiveComposer')
  useEffect(() => openedRecipients.subscribe(setTo), [openedRecipients, setTo])
  return null
}
