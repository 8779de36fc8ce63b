// The benchmark page: the builder's form beside its preview on a maximal list, with timing
// hooks on `window.builderBench`, driven by ../builder.bench.ts through Playwright.
import '../../src/styles.css'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { Builder } from '../../src/index.ts'
import { bodyOfLength, maximalList } from '../maximal-list.ts'

/** Timing hooks the bench script calls; every figure is milliseconds. */
export interface BuilderBenchHooks {
  /** Mounts the form and the preview on a maximal list whose body has `bodyLength` characters. */
  mount(bodyLength: number): number
  /**
   * Types one character per keystroke into "Body text" (an input event, as the browser sends),
   * from `fromLength` on; the time of each: React's commit of the form and the preview, plus layout.
   */
  type(fromLength: number, keystrokes: number): Promise<number[]>
}

declare global {
  interface Window {
    builderBench: BuilderBenchHooks
  }
}

const container = document.getElementById('root') as HTMLElement
const root = createRoot(container)
const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set

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

const body = () => {
  const label = [...container.querySelectorAll('label')].find((candidate) => candidate.textContent === 'Body text')
  return document.getElementById(label?.htmlFor ?? '') as HTMLTextAreaElement
}

window.builderBench = {
  mount(bodyLength) {
    flushSync(() => root.render(null))
    const start = performance.now()
    flushSync(() => root.render(page(bodyLength)))
    void container.offsetHeight
    return performance.now() - start
  },
  async type(fromLength, keystrokes) {
    const times: number[] = []
    const preview = container.querySelector('.bi-preview .bi-body') as HTMLElement
    let shown = preview.textContent
    for (let i = 1; i <= keystrokes; i++) {
      const text = bodyOfLength(fromLength + i)
      const area = body()
      const start = performance.now()
      flushSync(() => {
        setValue?.call(area, text)
        area.dispatchEvent(new Event('input', { bubbles: true }))
      })
      void container.offsetHeight
      times.push(performance.now() - start)
      // The preview really shows the keystroke, or the figure means nothing.
      if (preview.textContent === shown) throw new Error('The preview did not update')
      shown = preview.textContent
      // Keystrokes arrive in separate tasks, and the effects of one run before the next.
      await new Promise((next) => setTimeout(next, 0))
    }
    return times
  },
}
