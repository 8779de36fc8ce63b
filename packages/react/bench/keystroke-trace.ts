// What each keystroke cost the page, read from a Chromium performance trace (the DevTools
// Performance panel's categories) recorded while real key events were typed through CDP.
// The browser itself ties each keystroke to the frame that shows it: Event Timing's
// `commitFinishTime` (https://w3c.github.io/event-timing/) is when that frame's main-thread
// commit ended, so the figure covers input dispatch, the text area's editing, script, style,
// layout, paint and commit, and nothing is inferred from timers in the page.

/** One trace event as Chromium writes it (microseconds). */
export interface TraceEvent {
  name: string
  cat: string
  ph: string
  ts: number
  dur?: number
  pid: number
  tid: number
  args?: { data?: Record<string, unknown> }
}

/** Where a keystroke's main-thread time went, in milliseconds. */
export interface KeystrokeParts {
  /** JavaScript: event listeners, React, microtasks, timers and animation frame callbacks, GC. */
  script: number
  /** Style recalculation and layout (forced by script or editing, or in the frame). */
  layout: number
  /** Pre-paint, paint, layerization and the commit to the compositor. */
  paint: number
  /** The rest: input dispatch, the text area's own editing, DOM work outside script. */
  other: number
}

/** One keystroke, in milliseconds. */
export interface KeystrokeCost {
  /**
   * Main-thread time from the key's arrival to the end of the commit of the frame that shows
   * its result: every task in that span, without the idle wait for the display's next frame.
   */
  work: number
  /** Wall-clock time from the key's arrival to that commit (the idle wait included). */
  toCommit: number
  /** Event Timing's duration of the key (to the frame presented), what INP counts. */
  presented: number
  /** Main-thread time from the key's arrival to the next key's: work deferred past the frame too. */
  total: number
  /** `work` by kind. */
  parts: KeystrokeParts
}

const SCRIPT = new Set([
  'FunctionCall',
  'RunMicrotasks',
  'TimerFire',
  'FireAnimationFrame',
  'FireIdleCallback',
  'EvaluateScript',
  'MinorGC',
  'MajorGC',
])
const LAYOUT = new Set(['UpdateLayoutTree', 'Layout', 'RecalculateStyles'])
const PAINT = new Set(['PrePaint', 'Paint', 'PaintImage', 'Layerize', 'Commit', 'UpdateLayer', 'UpdateLayerTree'])

function kindOf(name: string): keyof KeystrokeParts {
  if (SCRIPT.has(name) || name.startsWith('V8.') || name.startsWith('v8.')) return 'script'
  if (LAYOUT.has(name)) return 'layout'
  if (PAINT.has(name)) return 'paint'
  return 'other'
}

const number = (value: unknown): number => (typeof value === 'number' ? value : Number.NaN)

interface Keystroke {
  start: number
  end: number
  presented: number
}

/** The keystrokes of the renderer that dispatched them, each with the frame that showed it. */
function keystrokesOf(events: readonly TraceEvent[]): { keys: Keystroke[]; pid: number; tid: number } {
  const timings = events
    .filter((event) => event.name === 'EventTiming' && event.ph === 'b' && event.args?.data !== undefined)
    .sort((a, b) => a.ts - b.ts)
  const first = timings.find((event) => event.args?.data?.type === 'keydown')
  if (first === undefined) throw new Error('The trace holds no keydown Event Timing: was any key typed?')
  const keys: Keystroke[] = []
  let current: (Keystroke & { done: boolean }) | undefined
  for (const event of timings) {
    if (event.pid !== first.pid || event.tid !== first.tid) continue
    const data = event.args?.data as Record<string, unknown>
    // Event Timing's times are the page's performance.now(); the event's own trace time maps them.
    const offset = event.ts - number(data.timeStamp) * 1000
    if (data.type === 'keydown') {
      if (current !== undefined) keys.push(current)
      current = { start: event.ts, end: Number.NaN, presented: number(data.duration), done: false }
    } else if (current !== undefined && (data.type === 'keypress' || data.type === 'keyup')) {
      current.presented = Math.max(current.presented, number(data.duration))
    } else if (current !== undefined && data.type === 'input' && !current.done) {
      current.end = number(data.commitFinishTime) * 1000 + offset
      current.done = true
    }
  }
  if (current !== undefined) keys.push(current)
  const broken = keys.flatMap((key, index) => (key.end > key.start ? [] : [index + 1]))
  if (broken.length > 0) {
    throw new Error(`Keystrokes ${broken.join(', ')} of ${keys.length} have no input event or no frame in the trace`)
  }
  return { keys, pid: first.pid, tid: first.tid }
}

/** Milliseconds of `[from, to)` that the spans cover. */
function covered(spans: readonly TraceEvent[], from: number, to: number): number {
  let sum = 0
  for (const span of spans) {
    const end = span.ts + (span.dur ?? 0)
    if (end <= from || span.ts >= to) continue
    sum += Math.min(end, to) - Math.max(span.ts, from)
  }
  return sum / 1000
}

/** Each keystroke's cost, in the order typed. */
export function keystrokeCosts(events: readonly TraceEvent[]): KeystrokeCost[] {
  const { keys, pid, tid } = keystrokesOf(events)
  const main = events
    .filter((event) => event.pid === pid && event.tid === tid && event.ph === 'X' && event.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))
  const tasks = main.filter((event) => event.name === 'RunTask')
  // Self time of every event (its duration less its children's), to split the work by kind.
  const self = new Map<TraceEvent, number>()
  const stack: TraceEvent[] = []
  for (const event of main) {
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as TraceEvent
      if (top.ts + (top.dur ?? 0) > event.ts) break
      stack.pop()
    }
    const parent = stack[stack.length - 1]
    if (parent !== undefined) self.set(parent, (self.get(parent) ?? 0) - (event.dur ?? 0))
    self.set(event, (self.get(event) ?? 0) + (event.dur ?? 0))
    stack.push(event)
  }
  return keys.map((key, index) => {
    const next = keys[index + 1]?.start ?? Number.POSITIVE_INFINITY
    const parts: KeystrokeParts = { script: 0, layout: 0, paint: 0, other: 0 }
    for (const event of main) {
      if (event.ts < key.start) continue
      if (event.ts >= key.end) break
      parts[kindOf(event.name)] += Math.max(0, self.get(event) ?? 0) / 1000
    }
    const lastTask = tasks.findLast((task) => task.ts < next)
    const totalEnd = Number.isFinite(next) ? next : lastTask ? lastTask.ts + (lastTask.dur ?? 0) : key.end
    return {
      work: covered(tasks, key.start, key.end),
      toCommit: (key.end - key.start) / 1000,
      presented: key.presented,
      total: covered(tasks, key.start, totalEnd),
      parts,
    }
  })
}
