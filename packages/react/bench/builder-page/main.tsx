// The benchmark page: the builder's form beside its preview on a maximal list, with hooks on
// `window.builderBench`, driven by ../builder.bench.ts through Playwright. Keys are typed by
// the browser (CDP key events), not simulated here; the page only checks what each one showed.
import '../../src/styles.css'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { Builder } from '../../src/index.ts'
import { bodyOfLength, maximalList } from '../maximal-list.ts'
import {
  button,
  choose,
  latestDraft,
  mountComposer,
  type OperationDraft,
  type OperationTime,
  openFile,
  timeOperation,
} from './operations.tsx'

/** What the page saw of the keystrokes typed since `watch()`. */
export interface BuilderBenchChecks {
  /** Keystrokes whose next frame showed the preview's body changed. */
  shown: number
  /** Keystrokes whose frame still showed the body as before: the figure would mean nothing. */
  missed: number
}

/** Hooks the bench script calls; every figure is milliseconds. */
export interface BuilderBenchHooks {
  /** Mounts the form and the preview on a maximal list whose body has `bodyLength` characters. */
  mount(bodyLength: number): number
  /**
   * The browser's floor for comparison: a bare text area with the same body, whose every input
   * writes the text into one text node of a preview bubble (no React, no formatting, no form).
   */
  mountFloor(bodyLength: number): void
  /**
   * Presses the preview's "Read more" (a body of 845 characters or more shows its first 768, as
   * on WhatsApp), then selects "Body text" from `length` to its end for the bench to delete.
   */
  readMore(length: number): void
  /** Focuses "Body text" with the caret at its end, and starts checking every keystroke. */
  watch(): void
  /** The checks since `watch()`. */
  checks(): BuilderBenchChecks
  /** The body text area's value. */
  bodyValue(): string
  /** Mounts the whole composer on one of the operations' drafts; its mount time. */
  mountComposer(draft: OperationDraft): number
  /** Does one of the operator's operations on the composer mounted, timed to its frame. */
  operation(name: OperationName): Promise<OperationTime>
  /** Makes `count` undo steps on the composer mounted (rows moved down and back up), untimed. */
  makeSteps(count: number): Promise<void>
  /** Puts the caret inside the JSON tab's text (the body's), and starts timing every key typed. */
  watchJson(): void
  /** Each key typed since `watchJson()`: from its keydown to the frame painted after its input. */
  keyTimes(): number[]
  /** The JSON tab's text. */
  jsonValue(): string
  /** The composer's draft now, as JSON. */
  draftJson(): string
}

/** The operations `operation` does. */
export type OperationName =
  | 'addRow'
  | 'moveRowAcross'
  | 'addCard'
  | 'removeCard'
  | 'switchType'
  | 'fixIt'
  | 'undo'
  | 'redo'
  | 'openJson'
  | 'openTooLarge'
  | 'openSend'

declare global {
  interface Window {
    builderBench: BuilderBenchHooks
  }
}

const container = document.getElementById('root') as HTMLElement
const root = createRoot(container)

function page(bodyLength: number) {
  return (
    <Builder.Root key={bodyLength} defaultValue={maximalList(bodyLength)} theme="light">
      <div style={{ display: 'grid', gridTemplateColumns: '560px 400px', gap: 24, alignItems: 'start' }}>
        <div>
          <Builder.TypePicker />
          <Builder.Header />
          <Builder.Body />
          <Builder.Footer />
          <Builder.Action />
          <Builder.IssueSummary />
        </div>
        <Builder.Preview time="2026-11-24T09:41:00" />
      </div>
    </Builder.Root>
  )
}

// The same classes as the builder and the preview, so the floor pays for the same styles.
const FLOOR = `
<div style="display:grid;grid-template-columns:560px 400px;gap:24px;align-items:start">
  <div class="bi-root bi-builder" data-bi-theme="light"><div class="bi-builder-field">
    <label class="bi-builder-label" for="floor-body">Body text</label>
    <textarea id="floor-body" class="bi-builder-textarea" rows="6"></textarea>
  </div></div>
  <section class="bi-root bi-preview" data-bi-theme="light"><div class="bi-frame"><div class="bi-chat">
    <div class="bi-row" data-from="business"><div class="bi-bubble" data-direction="in" data-tail="">
      <div class="bi-text"><div class="bi-body" dir="auto"></div></div>
    </div></div>
  </div></div></section>
</div>`

const body = () => {
  const label = [...container.querySelectorAll('label')].find((candidate) => candidate.textContent === 'Body text')
  return document.getElementById(label?.htmlFor ?? '') as HTMLTextAreaElement
}
const previewText = () => container.querySelector('.bi-preview .bi-body')?.textContent ?? ''

let checks: BuilderBenchChecks = { shown: 0, missed: 0 }
let times: number[] = []
const jsonArea = () => container.querySelector('.bi-builder-json textarea') as HTMLTextAreaElement
const count = (name: string) =>
  [...container.querySelectorAll('button')].filter((candidate) => candidate.textContent?.trim() === name).length
const anyFrame = () => true

const operations: Record<OperationName, () => Promise<OperationTime>> = {
  addRow() {
    const rows = count('Remove')
    return timeOperation(
      () => button(container, 'Add row', -1).click(),
      () => count('Remove') > rows,
    )
  },
  moveRowAcross() {
    // The fifth row of the first section, the last there, moves into the second at the edge.
    const moveDown = button(container, 'Move down', 5)
    return timeOperation(() => moveDown.click(), anyFrame)
  },
  addCard() {
    const removes = count('Remove')
    return timeOperation(
      () => button(container, 'Add card').click(),
      () => count('Remove') > removes,
    )
  },
  removeCard() {
    const removes = count('Remove')
    // Card 10's own Remove, before its two quick replies' (which every card shares).
    return timeOperation(
      () => button(container, 'Remove', -3).click(),
      () => count('Remove') < removes,
    )
  },
  switchType() {
    const select = [...container.querySelectorAll('select')].find((candidate) =>
      [...candidate.options].some((option) => option.value === 'carousel'),
    ) as HTMLSelectElement
    return timeOperation(
      () => choose(select, 'button'),
      () => count('Add button') > 0,
    )
  },
  fixIt() {
    const fixes = container.querySelectorAll('.bi-builder-fix').length
    const fix = container.querySelector('.bi-builder-fix') as HTMLButtonElement
    return timeOperation(
      () => fix.click(),
      () => container.querySelectorAll('.bi-builder-fix').length !== fixes,
    )
  },
  undo: () => timeOperation(() => button(container, 'Undo').click(), anyFrame),
  redo: () => timeOperation(() => button(container, 'Redo').click(), anyFrame),
  openJson() {
    const tab = [...container.querySelectorAll('[role="tab"]')].find((candidate) => candidate.textContent === 'JSON')
    return timeOperation(
      () => (tab as HTMLElement).click(),
      () => jsonArea()?.checkVisibility() === true,
    )
  },
  async openTooLarge() {
    await operations.openJson()
    const input = container.querySelector('input[type="file"]') as HTMLInputElement
    const file = new File([new Uint8Array(5 * 1024 * 1024).fill(32)], 'rasimu.json', { type: 'application/json' })
    const before = container.textContent
    return timeOperation(
      () => openFile(input, file),
      () => container.textContent !== before,
    )
  },
  openSend: () =>
    timeOperation(
      () => button(container, 'Send').click(),
      () => document.querySelector('[role="dialog"]') !== null,
    ),
}
let stopWatching = () => {}

window.builderBench = {
  mount(bodyLength) {
    stopWatching()
    flushSync(() => root.render(null))
    container.replaceChildren()
    const start = performance.now()
    flushSync(() => root.render(page(bodyLength)))
    void container.offsetHeight
    return performance.now() - start
  },
  mountFloor(bodyLength) {
    stopWatching()
    flushSync(() => root.render(null))
    container.innerHTML = FLOOR
    const area = container.querySelector('textarea') as HTMLTextAreaElement
    const text = document.createTextNode(bodyOfLength(bodyLength))
    area.value = text.data
    container.querySelector('.bi-body')?.append(text)
    area.addEventListener('input', () => {
      text.data = area.value
    })
  },
  readMore(length) {
    const more = container.querySelector<HTMLButtonElement>('.bi-preview .bi-read-more')
    if (!more) throw new Error('The preview shows the body without "Read more"')
    flushSync(() => more.click())
    const area = body()
    area.focus()
    area.setSelectionRange(length, area.value.length)
  },
  watch() {
    stopWatching()
    const area = body()
    area.focus()
    area.setSelectionRange(area.value.length, area.value.length)
    checks = { shown: 0, missed: 0 }
    let shown = previewText()
    let pending = 0
    // Animation frame callbacks run before the frame's paint: what they see is what it paints.
    // Keys that arrive before one frame (a slow one) are all shown by it, or all missed.
    const onInput = () => {
      pending++
      if (pending > 1) return
      requestAnimationFrame(() => {
        const now = previewText()
        if (now === shown) checks.missed += pending
        else checks.shown += pending
        shown = now
        pending = 0
      })
    }
    area.addEventListener('input', onInput)
    stopWatching = () => area.removeEventListener('input', onInput)
  },
  checks: () => ({ ...checks }),
  mountComposer: (draft) => {
    stopWatching()
    return mountComposer(root, container, draft)
  },
  operation: (name) => operations[name](),
  async makeSteps(count) {
    for (let step = 0; step < count; step++) {
      button(container, step % 2 === 0 ? 'Move down' : 'Move up', step % 2 === 0 ? 1 : 2).click()
      await new Promise((done) => setTimeout(done, 0))
    }
  },
  watchJson() {
    stopWatching()
    const area = jsonArea()
    const at = area.value.indexOf('"text": "') + '"text": "'.length
    area.focus()
    area.setSelectionRange(at, at)
    times = []
    let down: number | undefined
    const onKey = (event: KeyboardEvent) => {
      down = event.timeStamp
    }
    const onInput = () => {
      const from = down
      if (from === undefined) return
      down = undefined
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => times.push(performance.now() - from)
        channel.port2.postMessage(undefined)
      })
    }
    area.addEventListener('keydown', onKey)
    area.addEventListener('input', onInput)
    stopWatching = () => {
      area.removeEventListener('keydown', onKey)
      area.removeEventListener('input', onInput)
    }
  },
  keyTimes: () => [...times],
  jsonValue: () => jsonArea().value,
  draftJson: () => JSON.stringify(latestDraft()),
  bodyValue: () => body().value,
}
