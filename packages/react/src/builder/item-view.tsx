import {
  type DraftLabelKey,
  type DraftOperation,
  type DraftPath,
  type GroupDescription,
  itemKey as keyOf,
  type MoveStepResult,
  tryDraftOperation,
  tryMoveStep,
} from '@briq-interactive/core'
import { type KeyboardEvent, memo, type PointerEvent, useEffect, useMemo, useRef } from 'react'
import { isSelect } from '../dom/node-kind.ts'
import { anchorElementId, useBuilderControls, useBuilderSelector } from './builder-context.ts'
import { BuilderHeading, depthOf } from './builder-heading.tsx'
import { BuilderIcon } from './builder-icons.tsx'
import { fieldPartIds } from './field-frame.tsx'
import { focusKeyOf } from './focus-keeper.tsx'
import { hasIssues, IssueMessages } from './issue-messages.tsx'
import { labelOf, withNames } from './labels.ts'
import { NodeList } from './node-list.tsx'
import { sameNodeProps } from './node-props.ts'
import { startPointerReorder } from './pointer-reorder.ts'
import { allowed, moveRefusalText, refusalText, removeRefusalText } from './refusal-text.ts'
import { useShownRefusal } from './shown-refusal.ts'
import { structureRootOf } from './structure-cache.ts'

/** Props of `ItemView`. */
export interface ItemViewProps {
  group: GroupDescription
  /** The absolute path of the group's array. */
  groupPath: DraftPath
  index: number
  /** How many items the group holds. */
  count: number
  itemKey: string
  /** Keys of the neighbours: focus goes to one of them when this item is removed. */
  nextKey: string | undefined
  previousKey: string | undefined
  /** The id of the group's add button: focus goes there when the last item is removed. */
  addId: string
  /** Which items may be dragged onto each other (rows of every section). */
  family: string
  /** The label of the item holding the group ("Section {n}"), for announcing cross-section moves. */
  containerLabelKey: DraftLabelKey | undefined
}

/** The id of the legend naming the item at `path` ("Card 2"). */
const legendId = (rootId: string, path: DraftPath) => `${anchorElementId(rootId, 'item', path)}-legend`

/**
 * One item of a group (a button, section, row, card…) as a group named "Button 2": its Move
 * up / Move down / Remove buttons (names unique inside it), a drag handle, its issues and
 * fields. Alt+ArrowUp/Down inside it moves it; focus stays on the control it was on. Its tools
 * are described by the items they belong to, outermost first ("Card 2 Button 1"), or with why
 * they are dimmed in the item's place: a card's Move up and its buttons' share the name, and a
 * list of the page's buttons (a screen reader's) shows no group around them.
 */
export const ItemView = memo(function ItemView(props: ItemViewProps) {
  const { group, groupPath, index, count, itemKey, nextKey, previousKey, addId, family, containerLabelKey } = props
  const controls = useBuilderControls('ItemView')
  const { t, locale, rootId, model, dispatch, announce, requestFocus, headingLevel } = controls
  const path = useMemo(() => [...groupPath, index], [groupPath, index])
  const pathKey = path.join('.')
  const n = index + 1
  const label = labelOf(t, group.labelKey, n)
  const id = anchorElementId(rootId, 'item', path)
  const issues = useBuilderSelector((snapshot) => snapshot.placement.byAnchor.get(`item:${pathKey}`))
  // One selector for the three buttons: every item runs it on every change, so it is a cache
  // lookup until the list around the item changes.
  const structure = useMemo(() => ({ key: `item:${pathKey}`, root: structureRootOf(path) }), [path, pathKey])
  const can = useBuilderSelector(() =>
    model.structural(structure.key, structure.root, (draft) => {
      const options = model.options.draft
      return {
        up: tryMoveStep(draft, path, 'up', options),
        down: tryMoveStep(draft, path, 'down', options),
        remove: allowed(tryDraftOperation(draft, { op: 'remove', path }, options)),
      }
    }),
  )
  // A dimmed Move up / Move down says why on hover and to a screen reader (its description).
  const why = (step: MoveStepResult, direction: 'up' | 'down') =>
    step.ok ? undefined : moveRefusalText(step, { item: label, path, direction, containerLabelKey, locale }, t)
  const canRemove = can.remove.ok
  // A dimmed Remove says why too (the last button, the second of two cards): WhatsApp's minimum.
  const removeWhy = can.remove.ok ? undefined : removeRefusalText(can.remove, label, t, locale)
  // The items holding this one (a button's card, a row's section), outermost first.
  const holders = groupPath.flatMap((key, at) =>
    typeof key === 'number' ? [legendId(rootId, groupPath.slice(0, at + 1))] : [],
  )
  const ownLegend = legendId(rootId, path)
  const element = useRef<HTMLFieldSetElement>(null)
  // Why a press of a dimmed tool (or a drop) did nothing: said, and shown on the item.
  const [refusal, showRefusal] = useShownRefusal('ItemView')
  const refuse = (text: string) => {
    announce(text)
    showRefusal(text)
  }
  // The drag under way, if any: an item removed mid-drag (undo, a route change) ends it, else its
  // Escape listener on the window would outlive it and take the page's next Escape.
  const cancelDrag = useRef<(() => void) | undefined>(undefined)
  useEffect(() => () => cancelDrag.current?.(), [])

  const moved = (operation: DraftOperation & { op: 'move' }, focusKey: string) => {
    if (!dispatch(operation)) return
    const to = operation.to
    const position = (to.at(-1) as number) + 1
    const sameGroup = to.slice(0, -1).join('.') === groupPath.join('.')
    const outer = to.at(-3)
    announce(
      sameGroup || containerLabelKey === undefined || typeof outer !== 'number'
        ? t('builder.announce.moved', { position, count })
        : withNames(t, 'builder.announce.movedTo', { group: labelOf(t, containerLabelKey, outer + 1) }, locale, {
            position,
          }),
    )
    requestFocus({ focusKeys: [focusKey] })
  }
  const move = (direction: 'up' | 'down', focusKey: string) => {
    const step = model.moveStep(path, direction)
    if (!step.ok) {
      refuse(moveRefusalText(step, { item: label, path, direction, containerLabelKey, locale }, t))
      return
    }
    moved(step.operation, focusKey)
  }
  const remove = () => {
    if (removeWhy !== undefined) {
      refuse(removeWhy)
      return
    }
    if (!dispatch({ op: 'remove', path })) return
    announce(withNames(t, 'builder.announce.removed', { item: label }, locale))
    const keys = [nextKey, previousKey].filter((key) => key !== undefined).map((key) => `${key}/remove`)
    requestFocus({ focusKeys: keys, liveControl: true, elementId: addId })
  }
  const onKeyDown = (event: KeyboardEvent<HTMLFieldSetElement>) => {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return
    // Alt+ArrowDown/Up opens and closes a select's list (Windows browsers): the select keeps it.
    if (isSelect(event.target)) return
    // The innermost item moves (a row, not its section).
    event.preventDefault()
    event.stopPropagation()
    move(event.key === 'ArrowUp' ? 'up' : 'down', focusKeyOf(event.target) ?? `${itemKey}/up`)
  }
  const onPointerDown = (event: PointerEvent<HTMLSpanElement>) => {
    const item = element.current
    if (item === null) return
    const cancel = startPointerReorder(event.nativeEvent, {
      handle: event.currentTarget,
      item,
      from: path,
      canMove: (to) => model.canApply({ op: 'move', path, to }),
      commit: (to) => moved({ op: 'move', path, to }, `${itemKey}/up`),
      // Dropped where core refuses (a quick reply on another card): why, shown where the finger
      // let go as well as said.
      refused: (to) => {
        const result = tryDraftOperation(model.getSnapshot().draft, { op: 'move', path, to }, model.options.draft)
        if (!result.ok) refuse(refusalText(result, t))
      },
    })
    if (cancel !== undefined) cancelDrag.current = cancel
  }

  return (
    <fieldset
      ref={element}
      id={id}
      className="bi-builder-item"
      data-item-kind={group.item}
      data-bi-item={itemKey}
      data-bi-path={JSON.stringify(path)}
      data-bi-family={family}
      data-invalid={issues !== undefined && issues.errors.length > 0 ? '' : undefined}
      tabIndex={-1}
      aria-describedby={hasIssues(issues) ? fieldPartIds(id).issueList : undefined}
      onKeyDown={onKeyDown}
    >
      <legend id={ownLegend} className="bi-builder-legend">
        <BuilderHeading level={headingLevel + 2 * depthOf(groupPath) + 1} className="bi-builder-legend-heading">
          {label}
        </BuilderHeading>
      </legend>
      <div className="bi-builder-item-tools">
        <span
          className="bi-builder-drag"
          aria-hidden="true"
          title={t('builder.item.drag')}
          onPointerDown={onPointerDown}
        >
          <BuilderIcon name="grip" />
        </span>
        <ToolButton
          icon="up"
          id={`${id}-up`}
          holders={holders}
          legend={ownLegend}
          label={t('builder.item.moveUp')}
          disabled={!can.up.ok}
          reason={why(can.up, 'up')}
          focusKey={`${itemKey}/up`}
          onClick={(key) => move('up', key)}
          keys="Alt+ArrowUp"
        />
        <ToolButton
          icon="down"
          id={`${id}-down`}
          holders={holders}
          legend={ownLegend}
          label={t('builder.item.moveDown')}
          disabled={!can.down.ok}
          reason={why(can.down, 'down')}
          focusKey={`${itemKey}/down`}
          onClick={(key) => move('down', key)}
          keys="Alt+ArrowDown"
        />
        <ToolButton
          icon="remove"
          id={`${id}-remove`}
          holders={holders}
          legend={ownLegend}
          label={t('builder.item.remove')}
          disabled={!canRemove}
          reason={removeWhy}
          focusKey={`${itemKey}/remove`}
          onClick={remove}
        />
      </div>
      {refusal === undefined ? null : <p className="bi-builder-refusal">{refusal}</p>}
      <IssueMessages id={fieldPartIds(id).issues} issues={issues} />
      <NodeList nodes={group.fields} base={path} n={n} itemKey={itemKey} itemLabelKey={group.labelKey} />
    </fieldset>
  )
}, sameNodeProps)

interface ToolButtonProps {
  icon: 'up' | 'down' | 'remove'
  /** Its own id, which the hidden words of why it is dimmed take theirs from. */
  id: string
  /** The legends of the items holding its item, outermost first, and its item's own. */
  holders: readonly string[]
  legend: string
  label: string
  disabled: boolean
  focusKey: string
  keys?: string
  /** Why it is disabled: its tooltip and description instead of the label. */
  reason?: string | undefined
  /** Runs on every press, disabled too: it says why nothing changed. */
  onClick(focusKey: string): void
}

// aria-disabled, not disabled: a button that becomes unusable under focus (Move up on the item
// just moved to the top) keeps the focus instead of dropping it to the page.
function ToolButton({ icon, id, holders, legend, label, disabled, focusKey, keys, reason, onClick }: ToolButtonProps) {
  // Why it is dimmed names its item already ("Button 1 is already first").
  const why = disabled && reason !== undefined ? `${id}-why` : undefined
  return (
    <>
      <button
        type="button"
        id={id}
        className="bi-builder-tool"
        data-bi-focus={focusKey}
        aria-disabled={disabled ? true : undefined}
        aria-keyshortcuts={keys}
        aria-describedby={[...holders, why ?? legend].join(' ')}
        title={why !== undefined ? reason : label}
        onClick={() => onClick(focusKey)}
      >
        <BuilderIcon name={icon} />
        <span className="bi-builder-sr">{label}</span>
      </button>
      {why === undefined ? null : (
        <span id={why} className="bi-builder-tool-why" hidden>
          {reason}
        </span>
      )}
    </>
  )
}

/** The stable keys of a group's items, read from the present editor state. */
export function groupItemKeys(state: Parameters<typeof keyOf>[0], groupPath: DraftPath, count: number): string[] {
  return Array.from({ length: count }, (_, i) => keyOf(state, [...groupPath, i]))
}
