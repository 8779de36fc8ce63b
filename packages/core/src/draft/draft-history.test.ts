import { describe, expect, it, vi } from 'vitest'
import { createDraft } from './create-draft.ts'
import { coalesceKeyOf, createDraftHistory, typedBack } from './draft-history.ts'
import { applyEditorOperation, createEditorState, type EditorOperation, type EditorState } from './editor-state.ts'

describe('createDraftHistory', () => {
  it('undoes and redoes steps, and a new step clears redo', () => {
    const history = createDraftHistory('a')
    expect(history.canUndo()).toBe(false)
    history.record('b', { at: 0 })
    history.record('c', { at: 5000 })
    expect(history.undo()).toBe('b')
    expect(history.undo()).toBe('a')
    expect(history.undo()).toBe('a')
    expect(history.redo()).toBe('b')
    history.record('d', { at: 9000 })
    expect(history.canRedo()).toBe(false)
    expect(history.getSnapshot()).toEqual({ present: 'd', canUndo: true, canRedo: false })
  })

  it('merges typing into one field within the pause into one step', () => {
    const history = createDraftHistory('', { pauseMs: 1000 })
    const key = coalesceKeyOf({ op: 'set', path: ['body', 'text'], value: '' })
    for (const [text, at] of [
      ['H', 0],
      ['Ha', 300],
      ['Hab', 900],
      ['Habari', 1800],
    ] as const)
      history.record(text, { at, coalesceKey: key })
    history.record('Habari!', { at: 4000, coalesceKey: key })
    expect(history.undo()).toBe('Habari')
    expect(history.undo()).toBe('')
  })

  it('does not merge edits of another field, other operations, or after an undo', () => {
    const history = createDraftHistory(0)
    history.record(1, { at: 0, coalesceKey: 'set:body' })
    history.record(2, { at: 10, coalesceKey: 'set:footer' })
    history.record(3, { at: 20 })
    history.record(4, { at: 30, coalesceKey: 'set:footer' })
    history.undo()
    history.record(5, { at: 40, coalesceKey: 'set:footer' })
    expect([history.undo(), history.undo(), history.undo(), history.undo()]).toEqual([3, 2, 1, 0])
    expect(coalesceKeyOf({ op: 'add', path: ['action', 'buttons'] })).toBeUndefined()
  })

  it('amends the present in place: no new step, redo kept, typing still merges into it', () => {
    const history = createDraftHistory('', { pauseMs: 1000 })
    history.record('h', { at: 0, coalesceKey: 'set:body' })
    history.amend('H')
    history.record('He', { at: 300, coalesceKey: 'set:body' })
    history.amend('HE')
    expect(history.getSnapshot()).toEqual({ present: 'HE', canUndo: true, canRedo: false })
    expect(history.undo()).toBe('')
    history.amend('-')
    expect(history.getSnapshot()).toEqual({ present: '-', canUndo: false, canRedo: true })
    expect(history.redo()).toBe('HE')
  })

  it('merges untimed steps of one key however far apart, until another step or an undo comes between', () => {
    const history = createDraftHistory('mine', { maxDepth: 3, pauseMs: 1000 })
    for (let i = 1; i <= 5; i++) history.record(`theirs ${i}`, { at: i * 60_000, coalesceKey: 'tab', untimed: true })
    expect(history.undo()).toBe('mine')
    history.redo()
    history.record('theirs 6', { at: 400_000, coalesceKey: 'tab', untimed: true })
    history.record('typed', { at: 400_100, coalesceKey: 'set:body' })
    history.record('theirs 7', { at: 900_000, coalesceKey: 'tab', untimed: true })
    expect([history.undo(), history.undo(), history.undo()]).toEqual(['typed', 'theirs 6', 'theirs 5'])
    expect(history.canUndo()).toBe(false)
  })

  it('drops a merged step that ends as the step before it: the next undo changes something', () => {
    const history = createDraftHistory('Habari', { pauseMs: 1000 })
    history.record('Hi', { at: 0 })
    history.record('Hi!', { at: 5000, coalesceKey: 'set:body' })
    history.record('Hi', { at: 5300, coalesceKey: 'set:body' })
    expect(history.getSnapshot()).toEqual({ present: 'Hi', canUndo: true, canRedo: false })
    expect(history.undo()).toBe('Habari')
    history.redo()
    // Typing on after the step went is a step of its own.
    history.record('Hi?', { at: 5400, coalesceKey: 'set:body' })
    expect([history.undo(), history.undo()]).toEqual(['Hi', 'Habari'])
    expect(history.canUndo()).toBe(false)
  })

  it('keeps a step that is back where it began by way of another field or operation', () => {
    const history = createDraftHistory('a', { pauseMs: 1000 })
    history.record('b', { at: 0, coalesceKey: 'set:body' })
    history.record('a', { at: 10, coalesceKey: 'set:footer' })
    history.record('b', { at: 20 })
    history.record('a', { at: 30 })
    expect([history.undo(), history.undo(), history.undo(), history.undo()]).toEqual(['b', 'a', 'b', 'a'])
  })

  it('typedBack: a form field typed into and back is no step; text in the JSON tab keeps its step', () => {
    let at = 0
    const history = createDraftHistory(createEditorState(createDraft('button')), { same: typedBack })
    const apply = (operation: EditorOperation): EditorState => {
      const next = applyEditorOperation(history.getSnapshot().present, operation)
      at += 100
      history.record(next, { at, coalesceKey: coalesceKeyOf(operation) })
      return next
    }
    const start = history.getSnapshot().present
    const body = ['body', 'text']
    const text = (start.draft as { body: { text: string } }).body.text
    apply({ op: 'set', path: body, value: `${text}a` })
    apply({ op: 'set', path: body, value: text })
    expect(history.getSnapshot()).toEqual({ present: start, canUndo: false, canRedo: false })
    // A button's title its id follows: both back, so no step either.
    const title = ['action', 'buttons', 0, 'reply', 'title']
    const before = start.draft as { action: { buttons: { reply: { title: string; id: string } }[] } }
    const reply = before.action.buttons[0]?.reply
    apply({ op: 'set', path: title, value: `${reply?.title}z` })
    const typed = history.getSnapshot().present.draft as typeof before
    apply({ op: 'set', path: title, value: reply?.title ?? '' })
    expect(history.canUndo()).toBe(false)
    expect(typedBack(start, history.getSnapshot().present, 'set:action')).toBe(true)
    expect(typed.action.buttons[0]?.reply).not.toEqual(reply)
    // The JSON tab shows its own spacing: a space typed and deleted there is a step (undo shows it).
    const json = JSON.stringify(start.draft)
    apply({ op: 'text', path: [], text: `${json} ` })
    apply({ op: 'text', path: [], text: json })
    expect(history.canUndo()).toBe(true)
    expect(typedBack(start, start, 'text:')).toBe(false)
  })

  it('drops a form field typed back by default: a host’s own history over editor states needs no option', () => {
    for (const [options, steps] of [
      [{}, false],
      [{ same: Object.is }, true],
    ] as const) {
      const start = createEditorState(createDraft('button'))
      const history = createDraftHistory(start, options)
      const text = (start.draft as { body: { text: string } }).body.text
      for (const [at, value] of [
        [100, `${text}a`],
        [200, text],
      ] as const) {
        const operation: EditorOperation = { op: 'set', path: ['body', 'text'], value }
        history.record(applyEditorOperation(history.getSnapshot().present, operation), {
          at,
          coalesceKey: coalesceKeyOf(operation),
        })
      }
      expect(history.canUndo(), JSON.stringify(options)).toBe(steps)
      expect(history.getSnapshot().present).toEqual(start)
    }
  })

  it('keeps at most maxDepth steps, dropping the oldest', () => {
    const history = createDraftHistory(0, { maxDepth: 3 })
    for (let i = 1; i <= 5; i++) history.record(i, { at: i * 10_000 })
    expect([history.undo(), history.undo(), history.undo()]).toEqual([4, 3, 2])
    expect(history.canUndo()).toBe(false)
  })

  it('keeps one step however small maxDepth is', () => {
    const history = createDraftHistory(0, { maxDepth: 0 })
    history.record(1, { at: 0 })
    history.record(2, { at: 10_000 })
    expect([history.undo(), history.canUndo()]).toEqual([1, false])
  })

  it('merges typing up to the pause apart, not past it, nor when the clock goes back', () => {
    const steps = (gap: number) => {
      const history = createDraftHistory('', { pauseMs: 1000 })
      history.record('a', { at: 5000, coalesceKey: 'set:body' })
      history.record('ab', { at: 5000 + gap, coalesceKey: 'set:body' })
      let count = 0
      while (history.canUndo()) {
        history.undo()
        count++
      }
      return count
    }
    expect([steps(0), steps(1000), steps(1001), steps(-1)]).toEqual([1, 1, 2, 2])
  })

  it('starts a new step when typing goes on after a field was typed back', () => {
    const history = createDraftHistory('Habari', { pauseMs: 1000 })
    history.record('Hi', { at: 0 })
    history.record('Hi!', { at: 5000, coalesceKey: 'set:body' })
    history.record('Hi', { at: 5300, coalesceKey: 'set:body' })
    history.record('Hi?', { at: 5400, coalesceKey: 'set:body' })
    expect([history.undo(), history.undo()]).toEqual(['Hi', 'Habari'])
  })

  it('starts a new step after a reset, however soon typing goes on', () => {
    const history = createDraftHistory('', { pauseMs: 1000 })
    history.record('a', { at: 0, coalesceKey: 'set:body' })
    history.reset('loaded')
    history.record('loaded!', { at: 100, coalesceKey: 'set:body' })
    expect(history.undo()).toBe('loaded')
  })

  it('merges text typed into the JSON tab within the pause into one step', () => {
    const start = createEditorState(createDraft('button'))
    const history = createDraftHistory(start, { pauseMs: 1000 })
    const json = JSON.stringify(start.draft)
    for (const [at, text] of [
      [100, `${json} `],
      [200, `${json}  `],
    ] as const) {
      const operation: EditorOperation = { op: 'text', path: [], text }
      history.record(applyEditorOperation(history.getSnapshot().present, operation), {
        at,
        coalesceKey: coalesceKeyOf(operation),
      })
    }
    expect(history.undo()).toBe(start)
    expect(history.canUndo()).toBe(false)
  })

  it('amending with the present value tells no subscriber', () => {
    const history = createDraftHistory('a')
    const listener = vi.fn()
    history.subscribe(listener)
    const first = history.getSnapshot()
    history.amend('a')
    expect(listener).not.toHaveBeenCalled()
    expect(history.getSnapshot()).toBe(first)
  })

  it('notifies subscribers with a new snapshot only when something changes', () => {
    const history = createDraftHistory('a')
    const listener = vi.fn()
    const unsubscribe = history.subscribe(listener)
    const first = history.getSnapshot()
    expect(history.getSnapshot()).toBe(first)
    history.record('a', { at: 0 })
    history.undo()
    expect(listener).not.toHaveBeenCalled()
    history.record('b', { at: 0 })
    expect(listener).toHaveBeenCalledTimes(1)
    expect(history.getSnapshot()).not.toBe(first)
    history.reset('z')
    expect(history.getSnapshot()).toEqual({ present: 'z', canUndo: false, canRedo: false })
    unsubscribe()
    history.record('y', { at: 0 })
    expect(listener).toHaveBeenCalledTimes(2)
  })
})
