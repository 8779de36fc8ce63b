import { describe, expect, it } from 'vitest'
import { applyDraftOperation } from './apply-draft-operation.ts'
import { createDraft } from './create-draft.ts'
import { moveStep, tryMoveStep } from './move-step.ts'

const rows = (s: number) => ['action', 'sections', s, 'rows']
const twoSections = applyDraftOperation(createDraft('list'), { op: 'add', path: ['action', 'sections'] })

describe('moveStep', () => {
  it('moves one place within the group', () => {
    expect(moveStep(createDraft('button'), ['action', 'buttons', 1], 'up')).toEqual({
      op: 'move',
      path: ['action', 'buttons', 1],
      to: ['action', 'buttons', 0],
    })
    expect(moveStep(createDraft('button'), ['action', 'buttons', 1], 'down')).toBeUndefined()
    expect(moveStep(createDraft('button'), ['action', 'buttons', 0], 'up')).toBeUndefined()
  })

  it('crosses into the next or previous section at the edge of its own', () => {
    expect(moveStep(twoSections, [...rows(0), 2], 'down')).toEqual({
      op: 'move',
      path: [...rows(0), 2],
      to: [...rows(1), 0],
    })
    const three = applyDraftOperation(twoSections, { op: 'add', path: rows(1) })
    expect(moveStep(three, [...rows(1), 0], 'up')).toEqual({ op: 'move', path: [...rows(1), 0], to: [...rows(0), 3] })
  })

  it('does not offer a move that would empty a section', () => {
    expect(moveStep(twoSections, [...rows(1), 0], 'up')).toBeUndefined()
  })

  it('moves sections and cards, and never throws on junk', () => {
    expect(moveStep(twoSections, ['action', 'sections', 1], 'up')).toMatchObject({ to: ['action', 'sections', 0] })
    expect(moveStep('junk', ['action', 'buttons', 0], 'down')).toBeUndefined()
    expect(moveStep(createDraft('button'), [], 'down')).toBeUndefined()
  })

  it('says why an item cannot move: at the edge, the only row of its section', () => {
    expect(tryMoveStep(createDraft('button'), ['action', 'buttons', 0], 'up')).toEqual({ ok: false, reason: 'at_edge' })
    expect(tryMoveStep(twoSections, [...rows(1), 0], 'down')).toEqual({ ok: false, reason: 'at_edge' })
    expect(tryMoveStep(twoSections, [...rows(1), 0], 'up')).toEqual({
      ok: false,
      reason: 'leaves_section_empty',
      limit: 1,
      item: 'row',
    })
    expect(tryMoveStep(twoSections, ['action', 'sections', 0], 'up')).toEqual({ ok: false, reason: 'at_edge' })
    expect(tryMoveStep(createDraft('button'), ['action', 'buttons', 7], 'up')).toEqual({
      ok: false,
      reason: 'not_found',
    })
    expect(tryMoveStep(twoSections, [...rows(0), 2], 'down')).toMatchObject({ ok: true, operation: { op: 'move' } })
  })
})
