import {
  type DraftLabelKey,
  type DraftOperation,
  type DraftOptions,
  type DraftPath,
  draftValueAt,
  type GroupDescription,
  itemKey as keyOf,
  type MoveStepResult,
  tryDraftOperation,
  tryMoveStep,
} from '@briq-interactive/core'
import { type KeyboardEvent, memo, type PointerEvent, useEffect, useMemo, useRef } from 'react'
import { isSelect } from '../dom/node-kind.ts'
import { type Worded, worded } from '../i18n/messages.ts'
import { langIfOther, ownLang } from '../i18n/own-lang.tsx'
import { sameJson } from '../state/same-json.ts'
import { anchorElementId, useBuilderControls, useBuilderSelector } from './builder-context.ts'
import { BuilderHeading, depthOf } from './builder-heading.tsx'
import { BuilderIcon } from './builder-icons.tsx'
import type { BuilderModel } from './builder-model.ts'
import { fieldPartIds } from './field-frame.tsx'
import { focusKeyOf } from './focus-keeper.tsx'
import { hasIssues, IssueMessages } from './issue-messages.tsx'
import { labelOf, wordedWithNames } from './labels.ts'
import { NodeList } from './node-list.tsx'
import { sameNodeProps } from './node-props.ts'
import { startPointerReorder } from './pointer-reorder.ts'
import { type Allowed, allowed, moveRefusalText, refusalText, removeRefusalText } from './refusal-text.ts'
import { useShownRefusal } from './shown-refusal.ts'
import { type StructureRoot, structureRootOf } from './structure-cache.ts'

/** Props of `ItemView`. */
export interface ItemViewProps {
  group: GroupDescription
  /** The absolute path of the group's array. */
  groupPath: DraftPath
  index: number
  itemKey: string
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
  // The group's size and the neighbours' keys are read when used (a move, a remove), not taken as
  // props: adding or removing an item then renders only the items whose own state changed.
  const { group, groupPath, index, itemKey, addId, family, containerLabelKey } = props
  const controls = useBuilderControls('ItemView')
  const { t, lang, rootId, model, dispatch, announce, requestFocus, headingLevel } = controls
  const path = useMemo(() => [...groupPath, index], [groupPath, index])
  const pathKey = path.join('.')
  const n = index + 1
  const label = labelOf(t, group.labelKey, n)
  const id = anchorElementId(rootId, 'item', path)
  const anchor = `item:${pathKey}`
  const issues = useBuilderSelector((snapshot) => snapshot.placement.byAnchor.get(anchor))
  // The three buttons' state, computed for the whole group once per change of its structure;
  // an item whose state did not change keeps the same object, so it does not render again.
  const groupTools = useMemo(() => groupToolsOf(groupPath), [groupPath])
  const can = useBuilderSelector(() => itemToolsAt(model, groupTools, index))
  // A dimmed Move up / Move down says why on hover and to a screen reader (its description).
  const why = (step: MoveStepResult, direction: 'up' | 'down') =>
    step.ok ? undefined : moveRefusalText(step, { item: label, path, direction, containerLabelKey }, t)
  const canRemove = can.remove.ok
  // A dimmed Remove says why too (the last button, the second of two cards): WhatsApp's minimum.
  const removeWhy = can.remove.ok ? undefined : removeRefusalText(can.remove, label, t)
  // The items holding this one (a button's card, a row's section), outermost first.
  const holders = groupPath.flatMap((key, at) =>
    typeof key === 'number' ? [legendId(rootId, groupPath.slice(0, at + 1))] : [],
  )
  const ownLegend = legendId(rootId, path)
  const element = useRef<HTMLFieldSetElement>(null)
  // Why a press of a dimmed tool (or a drop) did nothing: said, and shown on the item.
  const [refusal, showRefusal] = useShownRefusal('ItemView')
  const refuse = (why: Worded) => {
    announce(why)
    showRefusal(why)
  }
  // The drag under way, if any: an item removed mid-drag (undo, a route change) ends it, else its
  // Escape listener on the window would outlive it and take the page's next Escape.
  const cancelDrag = useRef<(() => void) | undefined>(undefined)
  useEffect(() => () => cancelDrag.current?.(), [])

  const moved = (operation: DraftOperation & { op: 'move' }, focusKey: string) => {
    const count = groupLength(model.getSnapshot().draft, groupPath)
    if (!dispatch(operation)) return
    const to = operation.to
    const position = (to.at(-1) as number) + 1
    const sameGroup = to.slice(0, -1).join('.') === groupPath.join('.')
    const outer = to.at(-3)
    if (sameGroup || containerLabelKey === undefined || typeof outer !== 'number') {
      announce(worded(t, 'builder.announce.moved', { position, count }))
    } else {
      const group = labelOf(t, containerLabelKey, outer + 1)
      announce(wordedWithNames(t, 'builder.announce.movedTo', { group }, { position }))
    }
    requestFocus({ focusKeys: [focusKey] })
  }
  const move = (direction: 'up' | 'down', focusKey: string) => {
    const step = model.moveStep(path, direction)
    if (!step.ok) {
      refuse(moveRefusalText(step, { item: label, path, direction, containerLabelKey }, t))
      return
    }
    moved(step.operation, focusKey)
  }
  const remove = () => {
    if (removeWhy !== undefined) {
      refuse(removeWhy)
      return
    }
    const before = model.getSnapshot()
    const count = groupLength(before.draft, groupPath)
    const neighbours = [index + 1, index - 1].filter((at) => at >= 0 && at < count)
    const keys = neighbours.map((at) => `${keyOf(before.state, [...groupPath, at])}/remove`)
    if (!dispatch({ op: 'remove', path })) return
    announce(wordedWithNames(t, 'builder.announce.removed', { item: label }))
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
      <legend id={ownLegend} className="bi-builder-legend" lang={ownLang(t, group.labelKey, lang)}>
        <BuilderHeading level={headingLevel + 2 * depthOf(groupPath) + 1} className="bi-builder-legend-heading">
          {label}
        </BuilderHeading>
      </legend>
      <div className="bi-builder-item-tools">
        <span
          className="bi-builder-drag"
          aria-hidden="true"
          title={t('builder.item.drag')}
          lang={ownLang(t, 'builder.item.drag', lang)}
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
          labelLang={ownLang(t, 'builder.item.moveUp', lang)}
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
          labelLang={ownLang(t, 'builder.item.moveDown', lang)}
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
          labelLang={ownLang(t, 'builder.item.remove', lang)}
          disabled={!canRemove}
          reason={removeWhy}
          focusKey={`${itemKey}/remove`}
          onClick={remove}
        />
      </div>
      {refusal === undefined ? null : (
        <p className="bi-builder-refusal" lang={langIfOther(refusal.lang, lang)}>
          {refusal.text}
        </p>
      )}
      <IssueMessages id={fieldPartIds(id).issues} issues={issues} />
      <NodeList nodes={group.fields} base={path} n={n} itemKey={itemKey} itemLabelKey={group.labelKey} />
      {/* Hidden, and last: out of the tools' row and of what the layout reads after it. */}
      <ToolWhy id={`${id}-up`} disabled={!can.up.ok} reason={why(can.up, 'up')} around={lang} />
      <ToolWhy id={`${id}-down`} disabled={!can.down.ok} reason={why(can.down, 'down')} around={lang} />
      <ToolWhy id={`${id}-remove`} disabled={!canRemove} reason={removeWhy} around={lang} />
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
  /** The language of `label` where it is not the builder's: the button's, which names it. */
  labelLang: string | undefined
  disabled: boolean
  focusKey: string
  keys?: string
  /**
   * Why it is disabled: its tooltip and description instead of the label (the description in its
   * own language, on the hidden words it is read from; the tooltip takes the button's).
   */
  reason?: Worded | undefined
  /** Runs on every press, disabled too: it says why nothing changed. */
  onClick(focusKey: string): void
}

// aria-disabled, not disabled: a button that becomes unusable under focus (Move up on the item
// just moved to the top) keeps the focus instead of dropping it to the page.
function ToolButton({
  icon,
  id,
  holders,
  legend,
  label,
  labelLang,
  disabled,
  focusKey,
  keys,
  reason,
  onClick,
}: ToolButtonProps) {
  // Why it is dimmed names its item already ("Button 1 is already first").
  const why = disabled && reason !== undefined ? `${id}-why` : undefined
  return (
    <button
      type="button"
      id={id}
      className="bi-builder-tool"
      data-bi-focus={focusKey}
      aria-disabled={disabled ? true : undefined}
      aria-keyshortcuts={keys}
      aria-describedby={[...holders, why ?? legend].join(' ')}
      title={why !== undefined ? reason?.text : label}
      lang={labelLang}
      onClick={() => onClick(focusKey)}
    >
      <BuilderIcon name={icon} />
      <span className="bi-builder-sr">{label}</span>
    </button>
  )
}

/** Why a dimmed tool is dimmed, for its description: hidden, apart from the tools (laid out in a row). */
function ToolWhy({
  id,
  disabled,
  reason,
  around,
}: Pick<ToolButtonProps, 'id' | 'disabled' | 'reason'> & { around: string }) {
  if (!disabled || reason === undefined) return null
  return (
    <span id={`${id}-why`} className="bi-builder-tool-why" hidden lang={langIfOther(reason.lang, around)}>
      {reason.text}
    </span>
  )
}

/** Move up / Move down / Remove of one item: allowed, or why not. */
interface ItemTools {
  up: MoveStepResult
  down: MoveStepResult
  remove: Allowed
}

function groupLength(draft: unknown, groupPath: DraftPath): number {
  const items = draftValueAt(draft, groupPath)
  return Array.isArray(items) ? items.length : 0
}

function itemTools(draft: unknown, path: DraftPath, options: DraftOptions): ItemTools {
  return {
    up: tryMoveStep(draft, path, 'up', options),
    down: tryMoveStep(draft, path, 'down', options),
    remove: allowed(tryDraftOperation(draft, { op: 'remove', path }, options)),
  }
}

// Where a group's item tools are kept, made once per group path: each item checks its tools on
// every change of the draft (each keystroke).
interface GroupTools {
  groupPath: DraftPath
  key: string
  root: StructureRoot
}

const groupToolsOf = (groupPath: DraftPath): GroupTools => ({
  groupPath,
  key: `items:${groupPath.join('.')}`,
  root: structureRootOf(groupPath),
})

/**
 * The tools of the item at `index` of the group at `groupPath`, from one answer for the whole
 * group, recomputed when the group's structure changes: an item whose answer is the same as
 * before keeps its object.
 */
function itemToolsAt(model: BuilderModel, { groupPath, key, root }: GroupTools, index: number): ItemTools {
  const options = model.options.draft
  const tools = model.structural<readonly ItemTools[]>(key, root, (draft, previous) =>
    Array.from({ length: groupLength(draft, groupPath) }, (_, at) => {
      const now = itemTools(draft, [...groupPath, at], options)
      const before = previous?.[at]
      return before !== undefined && sameJson(before, now) ? before : now
    }),
  )
  // An item its group no longer holds (rendered once more before it goes): core says why not.
  return tools[index] ?? itemTools(model.getSnapshot().draft, [...groupPath, index], options)
}

/** The stable keys of a group's items, read from the present editor state. */
export function groupItemKeys(state: Parameters<typeof keyOf>[0], groupPath: DraftPath, count: number): string[] {
  return Array.from({ length: count }, (_, i) => keyOf(state, [...groupPath, i]))
}
