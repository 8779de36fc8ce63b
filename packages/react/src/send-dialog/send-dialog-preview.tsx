'use client'

import { forwardRef } from 'react'
import { withClassName } from '../dom/with-class-name.ts'
import { InteractivePreview, type InteractivePreviewProps } from '../preview/interactive-preview.tsx'
import { customerCountryCode, useSendDialog } from './send-dialog-context.ts'

/** Props of {@link SendDialogPreview}: `InteractivePreview`'s, all optional (the root gives the draft). */
export type SendDialogPreviewProps = Partial<InteractivePreviewProps>

/**
 * The draft as the customer will see it: a compact `InteractivePreview` in the root's language and `messages`
 * (its words in the root's `messageLang`),
 * theme, validation options and catalogue, its customer in the typed recipient's country (else the
 * root's `defaultCountryCode`). Any `InteractivePreview` prop overrides those.
 */
export const SendDialogPreview = forwardRef<HTMLElement, SendDialogPreviewProps>(
  function SendDialogPreview(props, ref) {
    const { className, ...rest } = props
    const dialog = useSendDialog('SendDialog.Preview')
    const { interactive, theme, locale, localeTag, messages, messageLang, validation, catalogue } = dialog
    return (
      <InteractivePreview
        ref={ref}
        value={interactive}
        compact
        theme={theme}
        // The tag as given: its region sets the preview's clock.
        locale={localeTag ?? locale}
        messages={messages}
        messageLang={messageLang}
        validation={validation}
        catalogue={catalogue}
        countryCode={customerCountryCode(dialog)}
        {...rest}
        className={withClassName('bi-send-dialog-preview', className)}
      />
    )
  },
)
if (process.env.NODE_ENV !== 'production') SendDialogPreview.displayName = 'SendDialog.Preview'
