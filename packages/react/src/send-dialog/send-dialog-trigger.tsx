'use client'

import * as Dialog from '@radix-ui/react-dialog'
import { type ComponentPropsWithoutRef, forwardRef } from 'react'
import { useMergedRef } from '../dom/use-merged-ref.ts'
import { useSendDialog } from './send-dialog-context.ts'

/** Props of {@link SendDialogTrigger}: Radix's `Dialog.Trigger` props (`asChild` to use your own button). */
export type SendDialogTriggerProps = ComponentPropsWithoutRef<typeof Dialog.Trigger>

/**
 * Opens the send dialog; focus returns to it on close. With `asChild`, your own element is the
 * button. Its shadow root (if any) is where the dialog portals by default.
 */
export const SendDialogTrigger = forwardRef<HTMLButtonElement, SendDialogTriggerProps>(
  function SendDialogTrigger(props, ref) {
    const { triggerRef } = useSendDialog('SendDialog.Trigger')
    return <Dialog.Trigger {...props} ref={useMergedRef(ref, triggerRef)} />
  },
)
if (process.env.NODE_ENV !== 'production') SendDialogTrigger.displayName = 'SendDialog.Trigger'
