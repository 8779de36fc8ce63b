'use client'

import { type IssueAnchor, JSON_TEXT_REASONS } from '@briq-interactive/core'
import { type ComponentPropsWithoutRef, forwardRef } from 'react'
import { LeavingWords } from '../dom/leaving-words.tsx'
import { useWordsOfTheMoment } from '../dom/use-words-of-the-moment.ts'
import { withClassName } from '../dom/with-class-name.ts'
import { type Worded, worded } from '../i18n/messages.ts'
import { langIfOther, ownLang } from '../i18n/own-lang.tsx'
import { withColon } from '../i18n/punctuation.ts'
import { anchorElementId, useBuilderControls, useBuilderSelector } from './builder-context.ts'
import { BuilderHeading } from './builder-heading.tsx'
import { BuilderIcon } from './builder-icons.tsx'
import type { PlacedIssue } from './derive-issues.ts'
import { fieldPartIds } from './field-frame.tsx'
import { FixButton } from './fix-button.tsx'
import { IssueLine, issueKey } from './issue-messages.tsx'
import { fieldName, fixLabel, wordedWithNames } from './labels.ts'
import { useShownMessages } from './shown-messages.ts'
import { SrLabel } from './sr-label.tsx'

// Text typed on the JSON tab that cannot be used (core's unparsed text at path []).
const JSON_TEXT: ReadonlySet<string | undefined> = new Set(JSON_TEXT_REASONS)
const isJsonText = ({ issue }: PlacedIssue): boolean => issue.path.length === 0 && JSON_TEXT.has(issue.reason)

/** Props of `Builder.IssueSummary`; other props go to its `<section>`. */
export type BuilderIssueSummaryProps = ComponentPropsWithoutRef<'section'>

/**
 * Every issue of the draft in one list, with counts ("2 errors, 1 warning", announced as they
 * change, not again when only the language does): picking an issue shows the form and focuses its field; suggestions (a short list as
 * reply buttons) come after the issues. A fix-it is offered here only where no control on the
 * page shows it beside its field (an issue of the whole message, the JSON tab showing, a layout
 * without that field), so each fix-it is one button. Errors and warnings differ by icon and by
 * word, not only by colour. With no draft yet (`value={null}`) it flags nothing and says to choose a type.
 */
export const BuilderIssueSummary = forwardRef<HTMLElement, BuilderIssueSummaryProps>(function BuilderIssueSummary(
  { className, ...rest },
  ref,
) {
  const { t, lang, core, coreLangOf, rootId, focusAnchor, setTab, requestFocus, shownMessages, headingLevel } =
    useBuilderControls('Builder.IssueSummary')
  const summary = useBuilderSelector((snapshot) => snapshot.placement.summary)
  // No draft yet (a host's `value={null}`): no problems, and none found either.
  const noDraft = useBuilderSelector((snapshot) => snapshot.draft === null)
  const fixesWait = useBuilderSelector((snapshot) => snapshot.fixesWait)
  // Until the controls on the page are known (a server render), fix-its are left to the fields.
  const messagesId = (anchor: IssueAnchor) => fieldPartIds(anchorElementId(rootId, anchor.kind, anchor.path)).issues
  const known = useShownMessages(
    shownMessages,
    [...summary.errors, ...summary.warnings, ...summary.suggestions]
      .filter(({ anchor }) => anchor.kind !== 'message')
      .map(({ anchor }) => messagesId(anchor)),
  )
  const offeredHere = (anchor: IssueAnchor) =>
    anchor.kind === 'message' || (known && !shownMessages.has(messagesId(anchor)))
  // A suggestion's field or group by core's name for it, as its issues name it ("Button 1 title", "Sections").
  const nameOf = (anchor: IssueAnchor) => fieldName(anchor.path, core)
  // The JSON tab's own text that does not parse is about the whole message: picking it opens that tab.
  const showJson = () => {
    setTab('json')
    requestFocus({ elementId: `${rootId}-json` })
  }
  const id = `${rootId}-summary`
  const errors = summary.errors.length
  const warnings = summary.warnings.length
  // Worded with the language of the key that words it: a host's catalogue that leaves the count
  // out has it shown and said in the kit's English, not read in the host's voice.
  const count: Worded =
    errors > 0 && warnings > 0
      ? wordedWithNames(t, 'builder.issues.both', {
          errorCount: t('builder.issues.errors', { count: errors }),
          warningCount: t('builder.issues.warnings', { count: warnings }),
        })
      : errors > 0
        ? worded(t, 'builder.issues.errors', { count: errors })
        : warnings > 0
          ? worded(t, 'builder.issues.warnings', { count: warnings })
          : worded(t, noDraft ? 'builder.issues.noDraft' : 'builder.issues.none')
  // Said when the count changes, not when only the language (or a host's catalogue) does: the
  // status would see new words and say the same count again, as news.
  const said = useWordsOfTheMoment([errors, warnings, noDraft], () => ({ words: count.text, lang: count.lang }))
  const placed: readonly PlacedIssue[] = [...summary.errors, ...summary.warnings]
  return (
    <section
      ref={ref}
      id={id}
      tabIndex={-1}
      aria-labelledby={`${id}-title`}
      {...rest}
      className={withClassName('bi-builder-summary', className)}
      data-state={errors > 0 ? 'errors' : warnings > 0 ? 'warnings' : noDraft ? 'empty' : 'clear'}
    >
      <div className="bi-builder-summary-head">
        <BuilderHeading
          level={headingLevel}
          className="bi-builder-summary-title"
          id={`${id}-title`}
          lang={ownLang(t, 'builder.issues.label', lang)}
        >
          {t('builder.issues.label')}
        </BuilderHeading>
        <span className="bi-builder-summary-count" lang={count.lang === lang ? undefined : count.lang}>
          {count.text}
        </span>
        {/* The count's words of the moment, for assistive tech; they leave once said (the count
            shown stays, in the language of the page). */}
        <span className="bi-builder-sr" role="status" lang={said.lang}>
          <LeavingWords className="bi-builder-sr-text">{said.words}</LeavingWords>
        </span>
      </div>
      {fixesWait ? (
        <p className="bi-builder-hint" lang={ownLang(t, 'builder.issues.fixesWait', lang)}>
          {t('builder.issues.fixesWait')}
        </p>
      ) : null}
      {placed.length + summary.suggestions.length > 0 ? (
        <ul className="bi-builder-summary-list">
          {placed.map((entry, index) => {
            // After a fix, focus goes to the issue now in this place, else the one before, else the summary.
            const focus = { focusKeys: [`summary/${index}`, `summary/${index - 1}`], elementId: id }
            return (
              <li
                // By place, code, reason and what is counted, not wording: a count in the sentence
                // changes with each keystroke.
                key={`${entry.severity}:${entry.issue.path.join('.')}:${issueKey(entry.issue)}`}
                className="bi-builder-summary-entry"
                data-severity={entry.severity}
              >
                {entry.anchor.kind === 'message' && !isJsonText(entry) ? (
                  <span className="bi-builder-summary-issue" data-bi-focus={`summary/${index}`} tabIndex={-1}>
                    <IssueLine issue={entry.issue} severity={entry.severity} />
                  </span>
                ) : (
                  <button
                    type="button"
                    className="bi-builder-summary-issue"
                    data-bi-focus={`summary/${index}`}
                    onClick={() => (isJsonText(entry) ? showJson() : focusAnchor(entry.anchor))}
                  >
                    <IssueLine issue={entry.issue} severity={entry.severity} />
                  </button>
                )}
                {offeredHere(entry.anchor)
                  ? entry.fixes.map((fix) => <FixButton key={fix.id} fix={fix} focus={focus} />)
                  : null}
              </li>
            )
          })}
          {summary.suggestions.map(({ fix, anchor }, index) => {
            const said = (
              <>
                <BuilderIcon name="suggestion" />
                <SrLabel
                  said={withColon(t, 'builder.issue.suggestion')}
                  lang={ownLang(t, 'builder.issue.suggestion', lang)}
                  trailing={false}
                />
              </>
            )
            // Where its fix-it is not here, the entry still says what it suggests, as an issue
            // says what is wrong: the words only (the one button of that name sits at the field).
            const wordsId = offeredHere(anchor) ? undefined : `${id}-suggestion-${index}`
            return (
              <li key={fix.id} className="bi-builder-summary-entry" data-severity="suggestion">
                {/* A suggestion names its field or group ("Button 1 title", "Sections"), as issues do, and goes to it. */}
                {anchor.kind === 'message' ? (
                  said
                ) : (
                  <button
                    type="button"
                    className="bi-builder-summary-issue"
                    aria-describedby={wordsId}
                    onClick={() => focusAnchor(anchor)}
                  >
                    {said}{' '}
                    <span className="bi-builder-summary-field" lang={langIfOther(coreLangOf('field', undefined), lang)}>
                      {nameOf(anchor)}
                    </span>
                  </button>
                )}
                {wordsId === undefined ? null : (
                  // Shown, and said as the button's description only: as their own text too, a
                  // swipe read them twice in a row (as a field's hint, they are said with it).
                  <>
                    <span className="bi-builder-summary-dash" aria-hidden="true">
                      {' — '}
                    </span>
                    <span
                      id={wordsId}
                      className="bi-builder-summary-words"
                      aria-hidden="true"
                      lang={ownLang(t, fix.labelKey, lang)}
                    >
                      {fixLabel(fix, t)}
                    </span>
                  </>
                )}
                {offeredHere(anchor) ? (
                  <>
                    {' '}
                    <FixButton fix={fix} focus={{ elementId: id }} />
                  </>
                ) : null}
              </li>
            )
          })}
        </ul>
      ) : null}
    </section>
  )
})
if (process.env.NODE_ENV !== 'production') BuilderIssueSummary.displayName = 'Builder.IssueSummary'
