import {
  countMark,
  draftValueAt,
  type GroupDescription,
  groupCounts,
  itemKey as keyOf,
  tryDraftOperation,
} from '@briq-interactive/core'
import { memo, useMemo } from 'react'
import { idRefs } from '../dom/id-refs.ts'
import { SentenceStop } from '../dom/sentence-stop.tsx'
import { langIfOther, ownLang } from '../i18n/own-lang.tsx'
import { markIn } from '../i18n/punctuation.ts'
import { anchorElementId, useBuilderControls, useBuilderSelector } from './builder-context.ts'
import { BuilderHeading, depthOf } from './builder-heading.tsx'
import { BuilderIcon } from './builder-icons.tsx'
import { CountMarkIcon, fieldPartIds } from './field-frame.tsx'
import { hasIssues, IssueMessages } from './issue-messages.tsx'
import { ItemView } from './item-view.tsx'
import { labelOf, wordedWithNames } from './labels.ts'
import { type NodePlacement, sameNodeProps } from './node-props.ts'
import { allowed, refusalText } from './refusal-text.ts'
import { useShownRefusal } from './shown-refusal.ts'
import { structureRootOf } from './structure-cache.ts'

/** Props of `GroupView`. */
export interface GroupViewProps extends NodePlacement {
  node: GroupDescription
}

const NO_ITEMS: readonly unknown[] = []

/**
 * A repeated group (buttons, sections, rows, products, cards…): a list of items, its counter
 * from core ("7 of 10 rows": rows count across sections), its issues (too many buttons, with
 * the "turn into a list" fix-it), and the add button, unavailable at the limit.
 */
export const GroupView = memo(function GroupView({ node, base, itemKey, itemLabelKey }: GroupViewProps) {
  const controls = useBuilderControls('GroupView')
  const { t, lang, rootId, model, dispatch, announce, requestFocus, headingLevel } = controls
  const path = useMemo(() => [...base, ...node.path], [base, node])
  const pathKey = path.join('.')
  const items = useBuilderSelector((snapshot) => draftValueAt(snapshot.draft, path))
  const list = Array.isArray(items) ? items : NO_ITEMS
  // Rows and products count across sections: the message-wide total is what runs out.
  const structure = useMemo(() => structureRootOf(path), [path])
  const total = useBuilderSelector(() =>
    node.total === undefined
      ? undefined
      : model.structural(
          `total:${pathKey}`,
          structure,
          (draft) => groupCounts(draft, path, model.options.draft)?.total,
        ),
  )
  const issues = useBuilderSelector((snapshot) => snapshot.placement.byAnchor.get(`group:${pathKey}`))
  const adding = useBuilderSelector(() =>
    model.structural(`add:${pathKey}`, structure, (draft) =>
      allowed(tryDraftOperation(draft, { op: 'add', path }, model.options.draft)),
    ),
  )
  const canAdd = adding.ok
  // A dimmed Add says why on hover and to a screen reader; its description adds the reason only
  // where the counter beside it does not give it: "Add section" at 10 of 10 rows reads "2 of 10
  // sections" (core's refusal names the rows), and "2 of 2 buttons on every card" is no rule
  // anybody documents (core's refusal says so: `rule: 'guard'`).
  const addWhy = adding.ok ? undefined : refusalText(adding, t)
  const whyNotCounted =
    !adding.ok && ((adding.item !== undefined && adding.item !== node.item) || adding.rule === 'guard')
  // A press of the dimmed Add is said (by `dispatch`) and shown.
  const [refusal, showRefusal] = useShownRefusal('GroupView')
  const id = anchorElementId(rootId, 'group', path)
  const addId = `${id}-add`
  const state = model.getSnapshot().state
  const keys = list.map((_, index) => keyOf(state, [...path, index]))
  const family = path.map((key) => (typeof key === 'number' ? '*' : key)).join('.')
  const limit = node.total ?? node.count
  const shownCount = node.total === undefined ? list.length : (total ?? list.length)
  // Past a documented limit the counter shows an error; past a number nobody documents (quick
  // replies per carousel card, LIMITS.carousel.quickReplies), a warning, as core's issue is.
  const mark = limit === undefined ? undefined : countMark(limit, shownCount)
  // "3 of 2 buttons" past a number nobody documents is no count anyone can have: the count alone,
  // and the warning beside it says why 2 are offered.
  const counterKey =
    mark === 'unusual' && node.item === 'cardButton'
      ? ('builder.countBeyond.cardButton' as const)
      : (`builder.count.${node.item}` as const)
  const counter = limit?.max === undefined ? undefined : t(counterKey, { count: shownCount, limit: limit.max })

  const add = () => {
    if (!dispatch({ op: 'add', path })) {
      if (addWhy !== undefined) showRefusal(addWhy)
      return
    }
    const snapshot = model.getSnapshot()
    const added = draftValueAt(snapshot.draft, path)
    const index = Array.isArray(added) ? added.length - 1 : 0
    const item = labelOf(t, node.labelKey, index + 1)
    announce(wordedWithNames(t, 'builder.announce.added', { item }))
    requestFocus({ itemKey: keyOf(snapshot.state, [...path, index]), newItem: true })
  }

  return (
    // biome-ignore lint/a11y/useSemanticElements: its name is its title, laid out beside a live counter a legend could not hold
    <div
      id={id}
      className="bi-builder-group"
      role="group"
      tabIndex={-1}
      data-item-kind={node.item}
      data-invalid={issues !== undefined && issues.errors.length > 0 ? '' : undefined}
      aria-labelledby={`${id}-title`}
      // The count is not the group's description: it is its own text right after the title (a
      // swipe's next stop, what touch finds) and Add's description (where it tells whether one
      // more fits, and why Add is dimmed, to Tab too); described by it as well, the group read
      // it again (on entering it, on a stop on it) before the text said it.
      aria-describedby={hasIssues(issues) ? fieldPartIds(id).issueList : undefined}
    >
      <div className="bi-builder-group-head">
        <BuilderHeading
          level={headingLevel + 2 * depthOf(path)}
          className="bi-builder-group-title"
          id={`${id}-title`}
          lang={ownLang(t, `builder.group.${node.item}`, lang)}
        >
          {t(`builder.group.${node.item}`)}
        </BuilderHeading>
        {counter === undefined ? null : (
          <span
            className="bi-builder-group-count"
            id={`${id}-count`}
            data-over={mark === 'over' ? '' : undefined}
            data-unusual={mark === 'unusual' ? '' : undefined}
            lang={ownLang(t, counterKey, lang)}
          >
            <CountMarkIcon mark={mark} />
            <span className="bi-builder-group-count-text">{counter}</span>
            <SentenceStop after={counter} stop={markIn(t, t.langOf(counterKey), 'punctuation.stop')} />
          </span>
        )}
      </div>
      <IssueMessages id={fieldPartIds(id).issues} issues={issues} />
      {list.length > 0 ? (
        <ol className="bi-builder-items">
          {list.map((_, index) => (
            <li key={keys[index]} className="bi-builder-items-entry">
              <ItemView
                group={node}
                groupPath={path}
                index={index}
                itemKey={keys[index] as string}
                addId={addId}
                family={family}
                containerLabelKey={itemLabelKey}
              />
            </li>
          ))}
        </ol>
      ) : null}
      <button
        type="button"
        id={addId}
        className="bi-builder-add"
        data-bi-focus={`${itemKey}/${node.path.join('.')}:add`}
        aria-disabled={canAdd ? undefined : true}
        aria-describedby={idRefs(
          counter === undefined ? undefined : `${id}-count`,
          whyNotCounted ? `${addId}-why` : undefined,
        )}
        title={addWhy?.text}
        // Its tooltip (why it is dimmed) takes its language too; its description says it in its own.
        lang={ownLang(t, node.addLabelKey, lang)}
        onClick={add}
      >
        <BuilderIcon name="add" />
        {t(node.addLabelKey)}
      </button>
      {whyNotCounted ? (
        // Add's description only (its tooltip shows it): as text too, a swipe read it again
        // right after Add, and touch finds nothing there to read.
        <span
          className="bi-builder-sr"
          id={`${addId}-why`}
          aria-hidden="true"
          lang={addWhy === undefined ? undefined : langIfOther(addWhy.lang, lang)}
        >
          {addWhy?.text}
        </span>
      ) : null}
      {refusal === undefined ? null : (
        <p className="bi-builder-refusal" lang={langIfOther(refusal.lang, lang)}>
          {refusal.text}
        </p>
      )}
    </div>
  )
}, sameNodeProps)
