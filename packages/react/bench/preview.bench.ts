// Render and update time of InteractivePreview with a maximal list message, in real Chromium at
// 4× CPU slowdown (a mid-range phone-class CPU). Target: well under one 16 ms frame per update.
// A production build of ./preview-page is served by Vite's preview server and driven through
// Playwright; the page times each synchronous commit plus a forced layout with performance.now().
import type { Page } from 'playwright'
import { serveBenchPage } from './serve-bench-page.ts'

const CPU_SLOWDOWN = 4
const FRAME_BUDGET_MS = 16
/** A tap should answer within 100 ms (RAIL); a mount is judged against that, not a frame. */
const RESPONSE_BUDGET_MS = 100
const BODY_MAX = 1024
const FIRST_RENDER_RUNS = 9
const WARMUP_UPDATES = 20
const UPDATES = 200

const { url, browser, close } = await serveBenchPage('preview-page')

async function freshPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 480, height: 900 } })
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
  await page.goto(url as string)
  await page
    .waitForFunction(() => 'previewBench' in window)
    .catch(() => {
      throw new Error(`The bench page did not start: ${errors.join('; ') || 'no error reported'}`)
    })
  return page
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
}
function report(label: string, values: number[], budgetMs: number, budgetName: string): void {
  const median = percentile(values, 50)
  const p95 = percentile(values, 95)
  const verdict = (v: number) => (v < budgetMs ? 'within' : 'OVER')
  console.log(
    `${label.padEnd(42)} median ${median.toFixed(1).padStart(6)} ms  p95 ${p95.toFixed(1).padStart(6)} ms  max ${Math.max(
      ...values,
    )
      .toFixed(1)
      .padStart(
        6,
      )} ms  n=${String(values.length).padStart(3)}  median ${verdict(median)}, p95 ${verdict(p95)} the ${budgetMs} ms ${budgetName}`,
  )
}

try {
  const firstRenders: number[] = []
  const remounts: number[] = []
  const sheetOpens: number[] = []
  for (let run = 0; run < FIRST_RENDER_RUNS; run++) {
    const page = await freshPage()
    firstRenders.push(await page.evaluate((length) => window.previewBench.firstRender(length), BODY_MAX))
    sheetOpens.push(await page.evaluate(() => window.previewBench.openSheet()))
    for (let i = 0; i < 3; i++) {
      remounts.push(await page.evaluate((length) => window.previewBench.remount(length), BODY_MAX))
    }
    await page.close()
  }

  const page = await freshPage()
  const start = BODY_MAX - UPDATES - WARMUP_UPDATES
  await page.evaluate((length) => window.previewBench.firstRender(length), start)
  await page.evaluate(([from, n]) => window.previewBench.type(from, n), [start, WARMUP_UPDATES] as const)
  const typing = await page.evaluate(([from, n]) => window.previewBench.type(from, n), [
    start + WARMUP_UPDATES,
    UPDATES,
  ] as const)
  // Past the limit every update also marks the overflow from core's too_long issue.
  const overflowing = await page.evaluate(([from, n]) => window.previewBench.type(from, n), [BODY_MAX, 100] as const)
  await page.evaluate(() => window.previewBench.openSheet())
  const withSheet = await page.evaluate(([from, n]) => window.previewBench.type(from, n), [
    BODY_MAX - 100,
    100,
  ] as const)
  await page.close()

  console.log(
    `InteractivePreview, maximal list (10 rows, every text at its limit), Chromium at ${CPU_SLOWDOWN}× CPU slowdown`,
  )
  report('mount in a fresh page (cold JIT)', firstRenders, RESPONSE_BUDGET_MS, 'response')
  report('mount again in a warm page', remounts, RESPONSE_BUDGET_MS, 'response')
  report('open the list sheet (first time)', sheetOpens, RESPONSE_BUDGET_MS, 'response')
  report('update: type 1 character into the body', typing, FRAME_BUDGET_MS, 'frame')
  report('update: type past the 1024 limit (marked)', overflowing, FRAME_BUDGET_MS, 'frame')
  report('update: type with the sheet open', withSheet, FRAME_BUDGET_MS, 'frame')
} finally {
  await close()
}
