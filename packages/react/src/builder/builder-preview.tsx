'use client'

import { forwardRef } from 'react'
import { InteractivePreview, type InteractivePreviewProps } from '../preview/interactive-preview.tsx'
import { useBuilderControls, useBuilderSelector } from './builder-context.ts'

/** Props of `Builder.Preview`: `InteractivePreview`'s, without `value` (the builder's draft). */
export type BuilderPreviewProps = Omit<InteractivePreviewProps, 'value'>

/**
 * The builder's draft in `InteractivePreview`, in the builder's locale, `messages`, `messageLang`, theme
 * and validation options unless given: for a composer that shows the message beside its form.
 */
export const BuilderPreview = forwardRef<HTMLElement, BuilderPreviewProps>(function BuilderPreview(props, ref) {
  const { locale, localeTag, messages, messageLang, theme, model } = useBuilderControls('Builder.Preview')
  const draft = useBuilderSelector((snapshot) => snapshot.draft)
  return (
    <InteractivePreview
      ref={ref}
      // The tag as given: its region sets the preview's clock.
      locale={localeTag ?? locale}
      messages={messages}
      messageLang={messageLang}
      theme={theme}
      validation={model.options.validation}
      // A view of the draft, not one of its controls: the builder's undo keys leave it alone.
      data-bi-beside=""
      {...props}
      // No draft yet (a host's `value={null}`) is the preview's empty bubble, nothing marked.
      value={draft === null ? undefined : draft}
    />
  )
})
if (process.env.NODE_ENV !== 'production') BuilderPreview.displayName = 'Builder.Preview'
