// The operator's operations beyond typing into the body, on the whole composer in the bench page
// (see ./builder-page/operations.tsx): each done by the DOM event a person's click, choice or
// file makes, timed in the page from that event to the frame that shows its result, and checked
// against the draft it left.
import { setTimeout as sleep } from 'node:timers/promises'
import type { Page } from 'playwright'
import type { OperationName } from './builder-page/main.tsx'
import type { OperationDraft, OperationTime } from './builder-page/operations.tsx'

/** One operation's figures: its times, and whether it is a keystroke (a frame's budget) or a press. */
export interface OperationFigures {
  label: string
  times: OperationTime[]
  keystroke?: boolean
}

const SAMPLES = 5
const HISTORY_STEPS = 100
const JSON_KEYS = 30
const KEY_INTERVAL_MS = 150

type Draft = {
  type?: string
  action?: { sections?: { rows: unknown[] }[]; cards?: unknown[]; buttons?: unknown[] }
}

interface Case {
  label: string
  draft: OperationDraft
  operation: OperationName
  /** Whether the draft after it shows the operation done. */
  done(draft: Draft): boolean
}

const rows = (draft: Draft) => draft.action?.sections?.map((section) => section.rows.length) ?? []

const CASES: Case[] = [
  {
    label: 'Add row to a list of 9 (10th row)',
    draft: 'listOfNine',
    operation: 'addRow',
    done: (draft) => rows(draft).join() === '5,5',
  },
  {
    label: 'Move down: row 5 into section 2',
    draft: 'list',
    operation: 'moveRowAcross',
    done: (draft) => rows(draft).join() === '4,6',
  },
  {
    label: 'Add card to a carousel of 9',
    draft: 'carouselOfNine',
    operation: 'addCard',
    done: (draft) => draft.action?.cards?.length === 10,
  },
  {
    label: 'Remove card 10 of 10',
    draft: 'carousel',
    operation: 'removeCard',
    done: (draft) => draft.action?.cards?.length === 9,
  },
  {
    label: 'Message type list → reply buttons (big draft)',
    draft: 'list',
    operation: 'switchType',
    done: (draft) => draft.type === 'button',
  },
  {
    label: 'apply a fix-it, about 50 problems shown',
    draft: 'manyIssues',
    operation: 'fixIt',
    done: () => true,
  },
  {
    label: 'open the JSON tab, carousel of 10',
    draft: 'carousel',
    operation: 'openJson',
    done: () => true,
  },
  {
    label: 'open a 5 MB JSON file (refused)',
    draft: 'list',
    operation: 'openTooLarge',
    done: () => true,
  },
  {
    label: 'open the send dialog',
    draft: 'list',
    operation: 'openSend',
    done: () => true,
  },
]

const draftOf = async (page: Page): Promise<Draft> =>
  JSON.parse(await page.evaluate(() => window.builderBench.draftJson())) as Draft

/** Runs every operation on fresh mounts; each case's times, and the mounts of each draft. */
export async function measureOperations(page: Page): Promise<OperationFigures[]> {
  const figures: OperationFigures[] = []
  const mounts = new Map<OperationDraft, number[]>()
  for (const operation of CASES) {
    const times: OperationTime[] = []
    for (let sample = 0; sample < SAMPLES; sample++) {
      const mounted = await page.evaluate((draft) => window.builderBench.mountComposer(draft), operation.draft)
      mounts.set(operation.draft, [...(mounts.get(operation.draft) ?? []), mounted])
      times.push(await page.evaluate((name) => window.builderBench.operation(name), operation.operation))
      if (!operation.done(await draftOf(page))) throw new Error(`"${operation.label}" did not change the draft`)
      await page.keyboard.press('Escape')
    }
    figures.push({ label: operation.label, times })
  }

  await page.evaluate(() => window.builderBench.mountComposer('list'))
  const before = await page.evaluate(() => window.builderBench.draftJson())
  await page.evaluate((count) => window.builderBench.makeSteps(count), HISTORY_STEPS)
  const undo: OperationTime[] = []
  for (let step = 0; step < HISTORY_STEPS; step++)
    undo.push(await page.evaluate(() => window.builderBench.operation('undo')))
  if ((await page.evaluate(() => window.builderBench.draftJson())) !== before)
    throw new Error('Undo did not go back 100 steps')
  const redo: OperationTime[] = []
  for (let step = 0; step < HISTORY_STEPS; step++)
    redo.push(await page.evaluate(() => window.builderBench.operation('redo')))
  figures.push({ label: `Undo, each of ${HISTORY_STEPS} steps (moves)`, times: undo })
  figures.push({ label: `Redo, each of ${HISTORY_STEPS} steps`, times: redo })

  await page.evaluate(() => window.builderBench.mountComposer('carousel'))
  await page.evaluate(() => window.builderBench.operation('openJson'))
  await page.evaluate(() => window.builderBench.watchJson())
  const text = await page.evaluate(() => window.builderBench.jsonValue())
  for (let key = 0; key < JSON_KEYS; key++) {
    await page.keyboard.type('a')
    await sleep(KEY_INTERVAL_MS)
  }
  const keys = await page.evaluate(() => window.builderBench.keyTimes())
  if (
    keys.length !== JSON_KEYS ||
    (await page.evaluate(() => window.builderBench.jsonValue())).length !== text.length + JSON_KEYS
  ) {
    throw new Error(`Of ${JSON_KEYS} keys typed in the JSON tab, ${keys.length} were timed`)
  }
  figures.push({
    label: 'keystroke in the JSON tab, carousel of 10',
    times: keys.map((frame) => ({ script: Number.NaN, frame })),
    keystroke: true,
  })

  for (const [draft, times] of mounts) {
    figures.push({
      label: `mount the composer: ${draft}`,
      times: times.map((frame) => ({ script: Number.NaN, frame })),
    })
  }
  return figures
}
