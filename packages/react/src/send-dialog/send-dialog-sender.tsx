'use client'

import type { Sender } from '@briq-interactive/core'
import { type ComponentPropsWithoutRef, forwardRef, useEffect, useId } from 'react'
import { keepPlainSelectKeys } from '../dom/plain-select-keys.ts'
import { withClassName } from '../dom/with-class-name.ts'
import { isolateDirection } from '../preview/text-direction.ts'
import { useSendDialog } from './send-dialog-context.ts'
import { activeSenders, offersSenderChoice } from './sender-choice.ts'
import { usePartsRootCheck } from './use-parts-root-check.ts'

/** Props of {@link SendDialogSender}, spread onto the field's wrapper. */
export type SendDialogSenderProps = ComponentPropsWithoutRef<'div'>

const displayName = (sender: Sender) =>
  sender.label ? `${isolateDirection(sender.label)} · +${sender.display_number}` : `+${sender.display_number}`

/**
 * Which of your WhatsApp numbers sends ("Send from"), from Briq's active senders
 * (`listSenders`). Renders nothing with one active sender (Briq uses it), while the senders load
 * or cannot be read (Briq's default sender is used), and while a conversation is chosen (the
 * conversation decides). Choosing the default sender leaves `sender` null.
 */
export const SendDialogSender = forwardRef<HTMLDivElement, SendDialogSenderProps>(
  function SendDialogSender(props, ref) {
    usePartsRootCheck('SendDialog.Sender')
    const { className, ...rest } = props
    const { t, sender, setSender, senders, requestSenders, conversationId, sending } =
      useSendDialog('SendDialog.Sender')
    const id = useId()
    useEffect(() => requestSenders(), [requestSenders])
    const active = activeSenders(senders.data) ?? []
    const fallback = active.find((candidate) => candidate.is_default) ?? active[0]
    if (conversationId !== null || fallback === undefined || !offersSenderChoice(active)) return null
    const known = sender === null || active.some((candidate) => candidate.display_number === sender)
    return (
      <div {...rest} ref={ref} className={withClassName('bi-send-dialog-field', className)}>
        <label className="bi-send-dialog-label" htmlFor={id}>
          {t('sendDialog.sender.label')}
        </label>
        <select
          id={id}
          className="bi-send-dialog-select"
          onKeyDown={keepPlainSelectKeys}
          value={sender ?? fallback.display_number}
          disabled={sending.isPending}
          onChange={(event) => setSender(event.target.value === fallback.display_number ? null : event.target.value)}
        >
          {known || sender === null ? null : <option value={sender}>{sender}</option>}
          {active.map((candidate) => (
            <option key={candidate.id} value={candidate.display_number}>
              {candidate === fallback
                ? t('sendDialog.sender.default', { name: displayName(candidate) })
                : displayName(candidate)}
            </option>
          ))}
        </select>
      </div>
    )
  },
)
if (process.env.NODE_ENV !== 'production') SendDialogSender.displayName = 'SendDialog.Sender'
