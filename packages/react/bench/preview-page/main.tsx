// The benchmark page: renders InteractivePreview with a maximal list and exposes timing hooks
// on `window.previewBench`, driven by ../preview.bench.ts through Playwright.
import '../../src/styles.css'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { InteractivePreview } from '../../src/index.ts'
import { maximalList } from '../maximal-list.ts'

/** Timing hooks the bench script calls; every figure is milliseconds. */
export interface PreviewBenchHooks {
  /** Mounts the preview with a body of `bodyLength` characters; time to commit and lay out. */
  firstRender(bodyLength: number): number
  /** Types one character per update, from `fromLength` on; the time of each commit + layout. */
  type(fromLength: number, updates: number): Promise<number[]>
  /** Unmounts, then mounts again in the same (warm) page; time to commit and lay out. */
  remount(bodyLength: number): number
  /** Opens the list sheet; time to commit and lay out the sheet. */
  openSheet(): number
}

declare global {
  interface Window {
    previewBench: PreviewBenchHooks
  }
}

const container = document.getElementById('root') as HTMLElement
const root = createRoot(container)

// Commit synchronously, then read a layout property so style and layout are inside the timing.
function timedRender(value: unknown): number {
  const start = performance.now()
  flushSync(() => {
    root.render(<InteractivePreview value={value} theme="light" time="2026-11-24T09:41:00" />)
  })
  void container.offsetHeight
  return performance.now() - start
}

window.previewBench = {
  firstRender: (bodyLength) => timedRender(maximalList(bodyLength)),
  remount(bodyLength) {
    flushSync(() => root.render(null))
    return timedRender(maximalList(bodyLength))
  },
  async type(fromLength, updates) {
    const times: number[] = []
    for (let i = 1; i <= updates; i++) {
      times.push(timedRender(maximalList(fromLength + i)))
      // Keystrokes arrive in separate tasks; back-to-back sync commits would also trip React's
      // nested-update guard after 50.
      await new Promise((next) => setTimeout(next, 0))
    }
    return times
  },
  openSheet() {
    const button = container.querySelector<HTMLButtonElement>('.bi-action[data-kind="list"]')
    if (!button) throw new Error('The maximal list rendered no list button')
    const start = performance.now()
    flushSync(() => button.click())
    void container.offsetHeight
    return performance.now() - start
  },
}
