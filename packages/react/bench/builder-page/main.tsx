// The benchmark page: the builder's form beside its preview on a maximal list, with hooks on
// `window.builderBench`, driven by ../builder.bench.ts through Playwright. Keys are typed by
// the browser (CDP key events), not simulated here; the page only checks what each one showed.
import '../../src/styles.css'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { Builder } from '../../src/index.ts'
import { bodyOfLength, maximalList } from '../maximal-list.ts'

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
  /** Focuses "Body text" with the caret at its end, and starts checking every keystroke. */
  watch(): void
  /** The checks since `watch()`. */
  checks(): BuilderBenchChecks
  /** The body text area's value. */
  bodyValue(): string
}

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
  bodyValue: () => body().value,
}
