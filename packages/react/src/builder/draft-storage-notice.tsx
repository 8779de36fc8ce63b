'use client'

import { unreadableDraftText } from '@briq-interactive/core'
import { type ComponentPropsWithoutRef, forwardRef, useContext, useRef } from 'react'
import { downloadFile } from '../dom/download-file.ts'
import { useMergedRef } from '../dom/use-merged-ref.ts'
import { withClassName } from '../dom/with-class-name.ts'
import { ownLangIn } from '../i18n/own-lang.tsx'
import { useAnswerFocus } from './answer-focus.ts'
import { BuilderPersistenceContext, useBuilderControls } from './builder-context.ts'
import { useUnsavedAlertTurn } from './unsaved-alert.ts'

/** Props of `Builder.DraftStorageNotice`; other props go to its `<div>`. */
export type BuilderDraftStorageNoticeProps = ComponentPropsWithoutRef<'div'>

/**
 * With `persistKey`: says when the browser refuses to save the draft (storage full, blocked or
 * missing), once while saves keep failing, so the person downloads a copy before a reload loses it
 * (one alert for the page however many builders are refused: the first, then worded for them all;
 * the others' notices are plain text); and offers a draft set aside rather than saved over (one
 * saved earlier that this version could not open, another version's or damaged; or the changes of a
 * builder closed while asking about another tab's draft): open it in place of the present draft (an
 * undoable step; not offered for a damaged one), download it, or discard it. Renders nothing
 * otherwise.
 */
export const BuilderDraftStorageNotice = forwardRef<HTMLDivElement, BuilderDraftStorageNoticeProps>(
  function BuilderDraftStorageNotice({ className, ...rest }, ref) {
    const { t, lang } = useBuilderControls('Builder.DraftStorageNotice')
    const langOf = ownLangIn(t, lang)
    const persistence = useContext(BuilderPersistenceContext)
    const own = useRef<HTMLDivElement | null>(null)
    const setRef = useMergedRef(ref, own)
    // Discarding the last earlier draft takes the notice, and its focused button, away.
    const { onFocus: noteFocus, answer } = useAnswerFocus('Builder.DraftStorageNotice')
    const turn = useUnsavedAlertTurn(persistence?.unsaved === true, own)
    if (persistence === null || (!persistence.unsaved && persistence.unreadable === undefined)) return null
    const { unsaved, unreadable, discardUnreadable, openUnreadable } = persistence
    const download = () => {
      if (unreadable === undefined) return
      // Its draft alone (Open JSON file reads that back), or the JSON text it had that did not parse.
      downloadFile(own.current?.ownerDocument, unreadableDraftText(unreadable), 'interactive-earlier-draft.json')
    }
    return (
      <div ref={setRef} {...rest} className={withClassName('bi-builder-storage-notice', className)}>
        {unsaved ? (
          // One alert for the page (the first builder refused), the others plain text: a new
          // element when it becomes the alert, as an alert is said when it appears.
          <p
            key={turn.alerts ? 'alert' : 'note'}
            role={turn.alerts ? 'alert' : undefined}
            className="bi-builder-conflict"
            lang={langOf(turn.alerts && turn.others ? 'builder.persist.unsavedPage' : 'builder.persist.unsaved')}
          >
            {t(turn.alerts && turn.others ? 'builder.persist.unsavedPage' : 'builder.persist.unsaved', {
              download: t('builder.json.download'),
              tab: t('builder.tab.json'),
            })}
          </p>
        ) : null}
        {unreadable === undefined ? null : (
          <div role="alert" className="bi-builder-conflict" onFocus={noteFocus}>
            <p
              className="bi-builder-conflict-text"
              lang={langOf(
                unreadable.reason === 'closed' ? 'builder.persist.closedUnsaved' : 'builder.persist.unreadable',
              )}
            >
              {t(unreadable.reason === 'closed' ? 'builder.persist.closedUnsaved' : 'builder.persist.unreadable')}
            </p>
            <div className="bi-builder-conflict-actions">
              {openUnreadable === undefined ? null : (
                <button
                  type="button"
                  className="bi-builder-button"
                  lang={langOf('builder.persist.openUnreadable')}
                  onClick={answer(openUnreadable)}
                >
                  {t('builder.persist.openUnreadable')}
                </button>
              )}
              <button
                type="button"
                className="bi-builder-button"
                lang={langOf('builder.persist.downloadUnreadable')}
                onClick={download}
              >
                {t('builder.persist.downloadUnreadable')}
              </button>
              <button
                type="button"
                className="bi-builder-button"
                lang={langOf('builder.persist.discardUnreadable')}
                onClick={answer(discardUnreadable)}
              >
                {t('builder.persist.discardUnreadable')}
              </button>
            </div>
          </div>
        )}
      </div>
    )
  },
)
if (process.env.NODE_ENV !== 'production') BuilderDraftStorageNotice.displayName = 'Builder.DraftStorageNotice'
