import { useEffect, useRef } from 'react'
import { useBuilderControls } from '../builder/builder-context.ts'
import { useClientLayoutEffect } from '../dom/use-client-layout-effect.ts'
import { worded } from '../i18n/messages.ts'
import { useSendDialog } from '../send-dialog/send-dialog-context.ts'
import { activeSenders, offersSenderChoice } from '../send-dialog/sender-choice.ts'

/**
 * Puts the recipient of a send request opened from a file (`{ to, interactive }`, as the
 * playground and the snippets export it) into the send step's recipient field, and its `sender`
 * into its sender ("Send from"): opening the request opens all of it. A number the user entered
 * or a sender they picked is kept (the builder undoes the opened message; nothing would bring
 * theirs back): only an empty field or the default sender, or what an earlier file put there,
 * takes the file's. While a conversation is chosen, it decides both (the fields are hidden, and
 * Briq ignores a sender given with it): the file's are not taken, so the builder names them as
 * left out. So is its sender when the workspace's senders are known to be fewer than two: "Send
 * from" is not shown then, and Briq sends from the one there is. Before they are known (the send
 * dialog not opened yet), the sender is taken and they are looked up; fewer than two, or none
 * readable as the send step shows (`inline`, or the dialog open: a look-up that failed before
 * is made again then), and it is dropped again and said to be left out: no sender goes into a
 * send unseen. Renders nothing.
 */
export function OpenedRecipient({ inline }: { inline: boolean }): null {
  const { openedRecipients, announce, t } = useBuilderControls('InteractiveComposer')
  const { to, setTo, sender, setSender, senders, requestSenders, conversationId, open } =
    useSendDialog('InteractiveComposer')
  const listening = conversationId === null
  const shown = useRef({ to, sender, senders })
  shown.current = { to, sender, senders }
  // What the last opened file put in the fields.
  const filled = useRef<{ to?: string; sender?: string }>({})
  useEffect(() => {
    if (!listening) return
    return openedRecipients.subscribe((next) => {
      const current = shown.current.to
      if (current.trim() !== '' && current !== filled.current.to && current !== next) return false
      filled.current.to = next
      setTo(next)
      return true
    })
  }, [openedRecipients, setTo, listening])
  useEffect(() => {
    if (!listening) return
    return openedRecipients.subscribeSender((next) => {
      const current = shown.current.sender
      if (current !== null && current !== filled.current.sender && current !== next) return false
      // No "Send from" to show it in (the picker's own rule): it would go into the send unseen.
      const active = activeSenders(shown.current.senders.data)
      if (active !== undefined && !offersSenderChoice(active)) return false
      // Not known yet (the send dialog not opened): taken, and the senders looked up (below).
      if (active === undefined) requestSenders()
      filled.current.sender = next
      setSender(next)
      return true
    })
  }, [openedRecipients, setSender, requestSenders, listening])
  // A look-up that failed while the send step was closed: it may have failed for a moment, and
  // the dialog looks the senders up again as it opens, before anything can be sent.
  const passed = useRef<typeof senders | undefined>(undefined)
  // A sender taken before the senders were known, once they are: with fewer than two active (or
  // none readable while the send step is shown), no "Send from" shows it, so it is dropped, and
  // said to be left out (the JSON tab's note names it too). Before paint: "Send from" shows a
  // sender with no choice read-only, and would show this one for a frame before it goes.
  useClientLayoutEffect(() => {
    const taken = filled.current.sender
    if (taken === undefined || sender !== taken || !listening) return
    if (senders.status !== 'success' && senders.status !== 'error') return
    if (senders.status === 'error' && ((!inline && !open) || senders === passed.current)) {
      passed.current = senders
      return
    }
    if (offersSenderChoice(activeSenders(senders.data) ?? [])) return
    filled.current.sender = undefined
    setSender(null)
    announce(worded(t, 'builder.json.senderLeftOut', { sender: taken }))
    openedRecipients.leaveOutSender(taken)
  }, [senders, sender, setSender, listening, announce, t, openedRecipients, inline, open])
  return null
}
