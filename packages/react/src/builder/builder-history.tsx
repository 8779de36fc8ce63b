'use client'

import { type ComponentPropsWithoutRef, forwardRef } from 'react'
import { withClassName } from '../dom/with-class-name.ts'
import { useBuilderControls, useBuilderSelector } from './builder-context.ts'
import { BuilderIcon } from './builder-icons.tsx'

/** Props of `Builder.History`; other props go to its `<fieldset>`. */
export type BuilderHistoryProps = ComponentPropsWithoutRef<'fieldset'>

/**
 * "Undo" and "Redo" buttons (also Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y anywhere in the
 * builder). Typing is one step per pause. A button with nothing to do is `aria-disabled`, so
 * focus stays on it after the last undo.
 */
export const BuilderHistory = forwardRef<HTMLFieldSetElement, BuilderHistoryProps>(function BuilderHistory(
  { className, ...rest },
  ref,
) {
  const { t, undo, redo } = useBuilderControls('Builder.History')
  const canUndo = useBuilderSelector((snapshot) => snapshot.canUndo)
  const canRedo = useBuilderSelector((snapshot) => snapshot.canRedo)
  return (
    <fieldset
      ref={ref}
      aria-label={t('builder.history.label')}
      {...rest}
      className={withClassName('bi-builder-history', className)}
    >
      <button
        type="button"
        className="bi-builder-button"
        aria-disabled={canUndo ? undefined : true}
        aria-keyshortcuts="Control+Z Meta+Z"
        data-bi-focus="root/undo"
        onClick={undo}
      >
        <BuilderIcon name="undo" />
        {t('builder.undo')}
      </button>
      <button
        type="button"
        className="bi-builder-button"
        aria-disabled={canRedo ? undefined : true}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
        data-bi-focus="root/redo"
        onClick={redo}
      >
        <BuilderIcon name="redo" />
        {t('builder.redo')}
      </button>
    </fieldset>
  )
})
if (process.env.NODE_ENV !== 'production') BuilderHistory.displayName = 'Builder.History'
