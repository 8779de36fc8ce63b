'use client'

import { type ComponentPropsWithoutRef, forwardRef, useContext } from 'react'
import { withClassName } from '../dom/with-class-name.ts'
import { clockOf } from '../i18n/hour-cycle.ts'
import { ownLang } from '../i18n/own-lang.tsx'
import { formatDayTime } from '../preview/format-day-time.ts'
import { useDayChange } from '../preview/use-day-change.ts'
import { useAnswerFocus } from './answer-focus.ts'
import { BuilderPersistenceContext, useBuilderControls } from './builder-context.ts'

/** When the other tab saved, with its day ("14:05 today"), reworded when the day turns. */
function ConflictText({ savedAt, onPage }: { savedAt: number; onPage: boolean }) {
  const { t, lang, localeTag } = useBuilderControls('Builder.DraftConflict')
  useDayChange()
  return (
    <p
      className="bi-builder-conflict-text"
      lang={ownLang(t, onPage ? 'builder.persist.conflictOnPage' : 'builder.persist.conflict', lang)}
    >
      {t(onPage ? 'builder.persist.conflictOnPage' : 'builder.persist.conflict', {
        // With its day: a draft saved in a tab left open since yesterday says so.
        time: formatDayTime(new Date(savedAt), { now: new Date(), locale: lang, t, clock: clockOf(localeTag, lang) }),
      })}
    </p>
  )
}

/** Props of `Builder.DraftConflict`; other props go to its `<div role="alert">`. */
export type BuilderDraftConflictProps = ComponentPropsWithoutRef<'div'>

/**
 * With `persistKey`: when another tab saved a newer draft while this one has changes of its
 * own, asks which to keep ("Use the other tab's draft" or "Keep this draft") instead of
 * overwriting either; when another builder of this page with the key did, says so ("Use the
 * other editor's draft"). Renders nothing otherwise.
 */
export const BuilderDraftConflict = forwardRef<HTMLDivElement, BuilderDraftConflictProps>(function BuilderDraftConflict(
  { className, onFocus, ...rest },
  ref,
) {
  const { t, lang } = useBuilderControls('Builder.DraftConflict')
  const persistence = useContext(BuilderPersistenceContext)
  // The question goes with the answer, and its focused button with it.
  const { onFocus: noteFocus, answer } = useAnswerFocus('Builder.DraftConflict', onFocus)
  const conflict = persistence?.conflict
  if (persistence === null || conflict === undefined) return null
  return (
    <div
      ref={ref}
      role="alert"
      {...rest}
      onFocus={noteFocus}
      className={withClassName('bi-builder-conflict', className)}
    >
      <ConflictText savedAt={conflict.savedAt} onPage={persistence.conflictOnPage} />
      <div className="bi-builder-conflict-actions">
        <button
          type="button"
          className="bi-builder-button"
          lang={ownLang(
            t,
            persistence.conflictOnPage ? 'builder.persist.useOtherEditors' : 'builder.persist.useTheirs',
            lang,
          )}
          onClick={answer(persistence.acceptTheirs)}
        >
          {t(persistence.conflictOnPage ? 'builder.persist.useOtherEditors' : 'builder.persist.useTheirs')}
        </button>
        <button
          type="button"
          className="bi-builder-button"
          lang={ownLang(t, 'builder.persist.keepMine', lang)}
          onClick={answer(persistence.keepMine)}
        >
          {t('builder.persist.keepMine')}
        </button>
      </div>
    </div>
  )
})
if (process.env.NODE_ENV !== 'production') BuilderDraftConflict.displayName = 'Builder.DraftConflict'
