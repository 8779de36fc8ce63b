'use client'

import { type ComponentPropsWithoutRef, forwardRef } from 'react'
import { withClassName } from '../dom/with-class-name.ts'
import { ownLang } from '../i18n/own-lang.tsx'
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
  const { t, lang, undo, redo } = useBuilderControls('Builder.History')
  // The group's name can only be marked on the group: its buttons say theirs against it.
  const groupLang = t.langOf('builder.history.label')
  const canUndo = useBuilderSelector((snapshot) => snapshot.canUndo)
  const canRedo = useBuilderSelector((snapshot) => snapshot.canRedo)
  return (
    <fieldset
      ref={ref}
      aria-label={t('builder.history.label')}
      lang={ownLang(t, 'builder.history.label', lang)}
      {...rest}
      className={withClassName('bi-builder-history', className)}
    >
      <button
        type="button"
        className="bi-builder-button"
        aria-disabled={canUndo ? undefined : true}
        aria-keyshortcuts="Control+Z Meta+Z"
        data-bi-focus="root/undo"
        lang={ownLang(t, 'builder.undo', groupLang)}
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
        lang={ownLang(t, 'builder.redo', groupLang)}
        onClick={redo}
      >
        <BuilderIcon name="redo" />
        {t('builder.redo')}
      </button>
    </fieldset>
  )
})
if (process.env.NODE_ENV !== 'production') BuilderHistory.displayName = 'Builder.History'

/** Props of `Builder.NewMessage`; other props go to its `<button>`. */
export type BuilderNewMessageProps = Omit<ComponentPropsWithoutRef<'button'>, 'onClick' | 'type'>

/**
 * "New message": the present draft gives way to a new one of its type, as a new builder of that
 * type starts (its starter words; reply buttons for a type the kit does not know), in one undo step, so Undo brings the old one back whole and no
 * confirmation is asked. The JSON tab's unparsed text goes with the old draft, as when a file is
 * opened. Said in the live region; focus goes to "Message type" (on the JSON tab, its text; else the
 * first field shown). A new draft already, or no draft yet (`value={null}`), is `aria-disabled`, as
 * Undo with nothing to undo.
 */
export const BuilderNewMessage = forwardRef<HTMLButtonElement, BuilderNewMessageProps>(function BuilderNewMessage(
  { className, ...rest },
  ref,
) {
  const { t, lang, model, newMessage } = useBuilderControls('Builder.NewMessage')
  const isNew = useBuilderSelector((snapshot) => model.isNew(snapshot.state))
  return (
    <button
      ref={ref}
      type="button"
      aria-disabled={isNew ? true : undefined}
      data-bi-focus="root/new"
      lang={ownLang(t, 'builder.newMessage', lang)}
      {...rest}
      className={withClassName('bi-builder-button bi-builder-new', className)}
      onClick={newMessage}
    >
      <BuilderIcon name="new" />
      {t('builder.newMessage')}
    </button>
  )
})
if (process.env.NODE_ENV !== 'production') BuilderNewMessage.displayName = 'Builder.NewMessage'
