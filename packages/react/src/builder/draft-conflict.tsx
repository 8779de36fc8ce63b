import { type ComponentPropsWithoutRef, forwardRef, useContext } from 'react'
import { withClassName } from '../dom/with-class-name.ts'
import { formatDayTime } from '../preview/format-day-time.ts'
import { BuilderPersistenceContext, useBuilderControls } from './builder-context.ts'

/** Props of `Builder.DraftConflict`; other props go to its `<div role="alert">`. */
export type BuilderDraftConflictProps = ComponentPropsWithoutRef<'div'>

/**
 * With `persistKey`: when another tab saved a newer draft while this one has changes of its
 * own, asks which to keep ("Use the other tab's draft" or "Keep this draft") instead of
 * overwriting either. Renders nothing otherwise.
 */
export const BuilderDraftConflict = forwardRef<HTMLDivElement, BuilderDraftConflictProps>(function BuilderDraftConflict(
  { className, ...rest },
  ref,
) {
  const { t, locale } = useBuilderControls('Builder.DraftConflict')
  const persistence = useContext(BuilderPersistenceContext)
  const conflict = persistence?.conflict
  if (persistence === null || conflict === undefined) return null
  return (
    <div ref={ref} role="alert" {...rest} className={withClassName('bi-builder-conflict', className)}>
      <p className="bi-builder-conflict-text">
        {t('builder.persist.conflict', {
          // With its day: a draft saved in a tab left open since yesterday says so.
          time: formatDayTime(new Date(conflict.savedAt), { now: new Date(), locale, t }),
        })}
      </p>
      <div className="bi-builder-conflict-actions">
        <button type="button" className="bi-builder-button" onClick={persistence.acceptTheirs}>
          {t('builder.persist.useTheirs')}
        </button>
        <button type="button" className="bi-builder-button" onClick={persistence.keepMine}>
          {t('builder.persist.keepMine')}
        </button>
      </div>
    </div>
  )
})
if (process.env.NODE_ENV !== 'production') BuilderDraftConflict.displayName = 'Builder.DraftConflict'
