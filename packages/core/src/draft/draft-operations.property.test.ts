import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { INTERACTIVE_TYPES } from '../schemas/interactive.ts'
import { MESSAGE_ARBITRARIES } from '../validation/arbitraries.ts'
import { validateInteractive } from '../validation/validate-interactive.ts'
import { tryDraftOperation } from './apply-draft-operation.ts'
import { createDraft } from './create-draft.ts'
import { describeInteractive, draftType } from './describe-interactive.ts'
import type { DraftNode } from './draft-description.ts'
import { coalesceKeyOf, createDraftHistory, typedBack } from './draft-history.ts'
import { slugFromTitle } from './draft-ids.ts'
import type { ItemKeys, KeyGroups } from './draft-keys.ts'
import type { DraftOperation } from './draft-operation.ts'
import { type DraftPath, getAt, setAt } from './draft-path.ts'
import { applyEditorOperation, createEditorState, type EditorState, idFollowsTitle, itemKey } from './editor-state.ts'
import { draftFixIts } from './fixes/draft-fix-its.ts'
import { followingIdPaths, restoreFollowingIds } from './following-ids.ts'
import { readChoice } from './read-choice.ts'
import { readSavedSetAside, restoreSetAside, savedSetAside } from './saved-set-aside.ts'
import { descriptionNodes, fieldInstances, groupInstances } from './walk-description.ts'

/** A random step, turned into an operation that makes sense for the draft it meets. */
const step = fc.record({
  kind: fc.constantFrom('add', 'remove', 'move', 'title', 'text', 'clear', 'choose', 'setType', 'fix'),
  a: fc.nat(40),
  b: fc.nat(40),
  text: fc.oneof(fc.constantFrom('', 'Yes', 'Yes!', 'yes', 'Ndiyo 👍', ' spaced ', '🎉'), fc.string({ maxLength: 30 })),
})
type Step = typeof step extends fc.Arbitrary<infer S> ? S : never

const pick = <T>(items: readonly T[], n: number): T | undefined =>
  items.length === 0 ? undefined : items[n % items.length]

function operationFor(draft: unknown, s: Step): DraftOperation | undefined {
  const type = draftType(draft)
  if (s.kind === 'setType') return { op: 'setType', type: pick(INTERACTIVE_TYPES, s.a) ?? 'button' }
  if (type === undefined) return undefined
  const description = describeInteractive(type)
  const groups = groupInstances(description, draft)
  const group = pick(groups, s.a)
  const fields = fieldInstances(description, draft)
  switch (s.kind) {
    case 'add':
      return group && { op: 'add', path: group.path, index: s.b % (group.items.length + 1) }
    case 'remove':
      return group && group.items.length > 0
        ? { op: 'remove', path: [...group.path, s.b % group.items.length] }
        : undefined
    case 'move': {
      const to = pick(
        groups.filter((candidate) => candidate.node === group?.node),
        s.b,
      )
      if (!group || !to || group.items.length === 0) return undefined
      return {
        op: 'move',
        path: [...group.path, s.a % group.items.length],
        to: [...to.path, s.b % (to.items.length + 1)],
      }
    }
    case 'title': {
      const titles = fields.filter((field) =>
        fields.some((other) => other.node.generatedFrom !== undefined && other.base === field.base),
      )
      const field = pick(
        titles.filter((candidate) => candidate.node.kind === 'text'),
        s.b,
      )
      return field && { op: 'set', path: field.path, value: s.text }
    }
    case 'text':
    case 'clear': {
      // Ids are edited by hand elsewhere; here only texts, so generated ids stay generated.
      const field = pick(
        fields.filter((candidate) => candidate.node.kind !== 'id'),
        s.b,
      )
      return field && { op: 'set', path: field.path, value: s.kind === 'clear' ? '' : s.text }
    }
    case 'choose': {
      const choices: { path: DraftPath; values: string[] }[] = []
      const visit = (nodes: readonly DraftNode[], base: DraftPath) => {
        for (const node of nodes) {
          if (node.node !== 'choice') continue
          choices.push({ path: [...base, ...node.path], values: node.options.map((option) => option.value) })
          const chosen = node.options.find((option) => option.value === readChoice(draft, node, base))
          if (chosen) visit(chosen.fields, base)
        }
      }
      visit(descriptionNodes(description), [])
      const choice = pick(choices, s.a)
      return choice && { op: 'choose', path: choice.path, value: pick(choice.values, s.b) ?? '' }
    }
    case 'fix': {
      const fix = pick(draftFixIts(draft, validateInteractive(draft)), s.b)
      return fix && { op: 'fix', id: fix.id }
    }
  }
}

// The id fields generated from a title (buttons, rows, quick replies), whoever filled them in.
function generatedIdFields(draft: unknown) {
  const type = draftType(draft)
  if (type === undefined) return []
  return fieldInstances(describeInteractive(type), draft).filter((field) => field.node.generatedFrom !== undefined)
}

function generatedIds(draft: unknown): string[] {
  const type = draftType(draft)
  if (type === undefined) return []
  return fieldInstances(describeInteractive(type), draft)
    .filter((field) => field.node.generatedFrom !== undefined && typeof field.value === 'string')
    .map((field) => field.value as string)
}

const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value))

const startingDraft = fc.oneof(
  fc.constantFrom(...INTERACTIVE_TYPES).map((type) => createDraft(type) as unknown),
  ...Object.values(MESSAGE_ARBITRARIES).map((make) => make() as fc.Arbitrary<unknown>),
)

function run(
  start: unknown,
  steps: Step[],
  idsFollow = false,
): { states: EditorState[]; operations: DraftOperation[] } {
  const states = [createEditorState(start, {}, { idsFollow })]
  const operations: DraftOperation[] = []
  for (const s of steps) {
    const current = states.at(-1) as EditorState
    const operation = operationFor(current.draft, s)
    if (operation === undefined) continue
    operations.push(operation)
    states.push(applyEditorOperation(current, operation))
  }
  return { states, operations }
}

function checkKeys(groups: KeyGroups, draft: unknown, seen: Set<string>): void {
  const type = draftType(draft)
  if (type === undefined) return
  for (const instance of groupInstances(describeInteractive(type), draft)) {
    let keys: readonly ItemKeys[] | undefined
    let level: KeyGroups = groups
    const path = instance.path
    let start = 0
    for (let i = 0; i <= path.length; i++) {
      if (i < path.length && typeof path[i] !== 'number') continue
      const name = path.slice(start, i).join('/')
      if (i === path.length) keys = level[name]
      else level = level[name]?.[path[i] as number]?.groups ?? {}
      start = i + 1
    }
    expect(keys?.length, path.join('.')).toBe(instance.items.length)
    for (const item of keys ?? []) {
      expect(seen.has(item.key), item.key).toBe(false)
      seen.add(item.key)
    }
  }
}

// A draft from outside whose ids look generated: each id its title's slug, where that is free
// (Briq's example: "yes" titled "Yes"), so that only the editor state can tell them kept.
function titledIds(draft: unknown): unknown {
  const type = draftType(draft)
  if (type === undefined) return draft
  const used = new Set<string>()
  let next = draft
  for (const field of fieldInstances(describeInteractive(type), draft)) {
    if (field.node.generatedFrom === undefined) continue
    const title = getAt(draft, [...field.base, ...field.node.generatedFrom])
    const slug = typeof title === 'string' ? slugFromTitle(title) : ''
    const id =
      slug === '' || used.has(slug) || Array.from(slug).length > (field.node.limit?.max ?? 0) ? field.value : slug
    if (typeof id === 'string') used.add(id)
    next = setAt(next, field.path, id)
  }
  return next
}

// The id of every item that has one generated from its title, by the item's key.
function idsByKey(state: EditorState): Map<string, unknown> {
  const type = draftType(state.draft)
  if (type === undefined) return new Map()
  return new Map(
    fieldInstances(describeInteractive(type), state.draft)
      .filter((field) => field.node.generatedFrom !== undefined)
      .map((field) => [itemKey(state, field.base), field.value]),
  )
}

// Each property runs a few hundred sequences of up to 30 operations: 1-3 s alone, over the 5 s
// default on a loaded 2-core machine running the whole suite.
describe('draft operations, any sequence', { timeout: 30_000 }, () => {
  it('never change an id that came with the draft, whatever titles, texts and items do', () => {
    const editing = step.filter((s) => ['add', 'remove', 'move', 'title', 'text', 'clear'].includes(s.kind))
    fc.assert(
      fc.property(
        fc.oneof(...Object.values(MESSAGE_ARBITRARIES).map((make) => (make() as fc.Arbitrary<unknown>).map(titledIds))),
        fc.array(editing, { maxLength: 25 }),
        (start, steps) => {
          const { states } = run(start, steps)
          const kept = [...idsByKey(states[0] as EditorState)].filter(([, id]) => typeof id === 'string' && id !== '')
          for (const state of states) {
            const now = idsByKey(state)
            for (const [key, id] of kept) if (now.has(key)) expect(now.get(key), key).toBe(id)
          }
        },
      ),
      { numRuns: 200 },
    )
  })

  it('come back from a save with the same ids following their titles (persistKey)', () => {
    const idItemPaths = (draft: unknown): DraftPath[] => {
      const type = draftType(draft)
      if (type === undefined) return []
      return fieldInstances(describeInteractive(type), draft)
        .filter((field) => field.node.generatedFrom !== undefined)
        .map((field) => field.base)
    }
    fc.assert(
      fc.property(startingDraft, fc.boolean(), fc.array(step, { maxLength: 25 }), (start, own, steps) => {
        const state = run(start, steps, own).states.at(-1) as EditorState
        const restored = restoreFollowingIds(createEditorState(state.draft), followingIdPaths(state))
        for (const path of idItemPaths(state.draft)) {
          expect(idFollowsTitle(restored, path), JSON.stringify(path)).toBe(idFollowsTitle(state, path))
        }
      }),
      { numRuns: 200 },
    )
  })

  it('come back from a save with what switches set aside: a reload anywhere changes nothing (persistKey)', () => {
    // Saved as persistence saves it (through JSON) and restored as the builder restores it.
    const reload = (state: EditorState): EditorState => {
      const saved = JSON.parse(
        JSON.stringify({ value: state.draft, following: followingIdPaths(state), setAside: savedSetAside(state) }),
      )
      const restored = restoreSetAside(createEditorState(saved.value), readSavedSetAside(saved.setAside))
      return restoreFollowingIds(restored, saved.following)
    }
    const goOn = (state: EditorState, steps: Step[]) =>
      steps.reduce((current, s) => {
        const operation = operationFor(current.draft, s)
        return operation === undefined ? current : applyEditorOperation(current, operation)
      }, state)
    fc.assert(
      fc.property(
        startingDraft,
        fc.boolean(),
        fc.array(step, { maxLength: 15 }),
        fc.array(step, { maxLength: 15 }),
        (start, own, before, after) => {
          const left = run(start, before, own).states.at(-1) as EditorState
          const kept = goOn(left, after)
          const reloaded = goOn(reload(left), after)
          // Compared as saved and as sent, through JSON: a -0 in free-form flow data (JSON.parse
          // of "-0" gives it) is saved and sent as 0, the same number to anyone who reads it.
          expect(asJson(reloaded.draft)).toEqual(asJson(kept.draft))
          expect(followingIdPaths(reloaded)).toEqual(followingIdPaths(kept))
        },
      ),
      { numRuns: 300 },
    )
  })

  it('keep the generated ids unique, starting from any valid draft', () => {
    fc.assert(
      fc.property(startingDraft, fc.array(step, { maxLength: 25 }), (start, steps) => {
        const ids = generatedIds(start)
        fc.pre(new Set(ids).size === ids.length)
        for (const state of run(start, steps).states) {
          const now = generatedIds(state.draft)
          expect(new Set(now).size, JSON.stringify(now)).toBe(now.length)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('let a typed id win: no id that follows its title equals another, whatever ids are typed', () => {
    // A step, or an id typed by hand: some text, or (to clash) the id another item has now.
    const typing = fc.oneof(
      step.map((s) => ({ s })),
      fc.record({ at: fc.nat(40), from: fc.nat(40), copy: fc.boolean(), text: step.map((s) => s.text) }),
    )
    fc.assert(
      fc.property(startingDraft, fc.boolean(), fc.array(typing, { maxLength: 25 }), (start, idsFollow, steps) => {
        let state = createEditorState(start, {}, { idsFollow })
        for (const entry of steps) {
          let operation: DraftOperation | undefined
          if ('s' in entry) operation = operationFor(state.draft, entry.s)
          else {
            const type = draftType(state.draft)
            const ids = type === undefined ? [] : generatedIdFields(state.draft)
            const field = pick(ids, entry.at)
            const value = entry.copy ? pick(ids, entry.from)?.value : entry.text
            operation = field && { op: 'set', path: field.path, value }
          }
          if (operation === undefined) continue
          state = applyEditorOperation(state, operation)
          const fields = generatedIdFields(state.draft)
          for (const field of fields) {
            if (!idFollowsTitle(state, field.base) || field.value === '' || field.value === undefined) continue
            const clash = fields.find((other) => other !== field && other.value === field.value)
            expect(clash?.path, `${JSON.stringify(field.value)} after ${JSON.stringify(operation)}`).toBeUndefined()
          }
        }
      }),
      { numRuns: 300 },
    )
  })

  it('keep one unique key per item', () => {
    fc.assert(
      fc.property(startingDraft, fc.array(step, { maxLength: 20 }), (start, steps) => {
        for (const state of run(start, steps).states) checkKeys(state.keys, state.draft, new Set())
      }),
      { numRuns: 200 },
    )
  })

  it('undo after any sequence returns the start, and redo the end', () => {
    fc.assert(
      fc.property(startingDraft, fc.array(fc.tuple(step, fc.nat(3000)), { maxLength: 25 }), (start, timed) => {
        const { states, operations } = run(
          start,
          timed.map(([s]) => s),
        )
        const initial = states[0] as EditorState
        const history = createDraftHistory(initial, { maxDepth: 1000, same: typedBack })
        let at = 0
        operations.forEach((operation, i) => {
          at += timed[i]?.[1] ?? 0
          history.record(states[i + 1] as EditorState, { at, coalesceKey: coalesceKeyOf(operation) })
        })
        const end = history.getSnapshot().present
        while (history.canUndo()) history.undo()
        expect(history.getSnapshot().present).toBe(initial)
        while (history.canRedo()) history.redo()
        expect(history.getSnapshot().present).toBe(end)
        expect(end.draft).toEqual((states.at(-1) as EditorState).draft)
      }),
      { numRuns: 200 },
    )
  })

  it('never throw and never change the draft they are given, whatever the draft', () => {
    const path = fc.array(
      fc.oneof(
        fc.constantFrom('action', 'buttons', 'sections', 'rows', 'header', 'cards', 'type'),
        fc.string(),
        fc.integer({ min: -2, max: 12 }),
      ),
      { maxLength: 7 },
    )
    const operation: fc.Arbitrary<DraftOperation> = fc.oneof(
      fc.record({ op: fc.constant('set' as const), path, value: fc.anything() }),
      fc.record({ op: fc.constant('choose' as const), path, value: fc.string() }),
      fc.record({
        op: fc.constant('add' as const),
        path,
        index: fc.option(fc.integer({ min: -1, max: 12 }), { nil: undefined }),
      }),
      fc.record({ op: fc.constant('remove' as const), path }),
      fc.record({ op: fc.constant('move' as const), path, to: path }),
      fc.record({ op: fc.constant('setType' as const), type: fc.constantFrom(...INTERACTIVE_TYPES) }),
      fc.record({ op: fc.constant('fix' as const), id: fc.string() }),
    )
    const junkDraft = fc.oneof(
      fc.anything(),
      fc.record({
        type: fc.constantFrom(...INTERACTIVE_TYPES),
        action: fc.anything(),
        header: fc.anything(),
        body: fc.anything(),
      }),
    )
    fc.assert(
      fc.property(junkDraft, operation, (draft, op) => {
        const before = structuredClone(draft)
        const result = tryDraftOperation(draft, op)
        expect(typeof result.ok).toBe('boolean')
        const state = applyEditorOperation(createEditorState(draft), op)
        expect(typeof itemKey(state, 'path' in op ? op.path : [])).toBe('string')
        expect(draft).toEqual(before)
      }),
      { numRuns: 1000 },
    )
  })
})
