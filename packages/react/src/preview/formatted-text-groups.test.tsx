import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { bodyOfLength, maximalList } from '../../bench/maximal-list.ts'
import { FIXTURE_TIME } from './fixtures.ts'
import { InteractivePreview } from './interactive-preview.tsx'

interface Fiber {
  child: Fiber | null
  sibling: Fiber | null
}

/**
 * The fibers of the tree React last committed into `container` (React DOM keeps the root's on
 * the container). A subtree React skipped keeps its fibers; one it worked on gets new ones.
 */
function committedFibers(container: HTMLElement): Set<Fiber> {
  const key = Object.keys(container).find((name) => name.startsWith('__reactContainer$'))
  const hostRoot = (container as unknown as Record<string, { stateNode: { current: Fiber } }>)[key ?? '']
  if (hostRoot === undefined) throw new Error('No React root in the container')
  const fibers = new Set<Fiber>()
  const walk = (first: Fiber | null) => {
    for (let fiber = first; fiber !== null; fiber = fiber.sibling) {
      fibers.add(fiber)
      walk(fiber.child)
    }
  }
  walk(hostRoot.stateNode.current)
  return fibers
}

describe('A long formatted body growing at its end', () => {
  // The builder bench's body (a formatted node every few words), as typed at its end.
  const list = (length: number) => ({ ...maximalList(), body: { text: bodyOfLength(length) } })

  it.each([
    ['within the limit', 960],
    ['past the limit (the overflow marked)', 1030],
  ])('is re-rendered in groups %s: React skips the nodes before the last group whole', (_, from) => {
    const { rerender, container } = render(<InteractivePreview value={list(from)} time={FIXTURE_TIME} />)
    const top = container.querySelector('.bi-body')?.childNodes.length ?? 0
    expect(top).toBeGreaterThan(150)
    let before = committedFibers(container)
    const worked: number[] = []
    for (let length = from + 1; length <= from + 30; length++) {
      rerender(<InteractivePreview value={list(length)} time={FIXTURE_TIME} />)
      const after = committedFibers(container)
      worked.push([...after].filter((fiber) => !before.has(fiber)).length)
      before = after
    }
    // Without the groups React visits every top-level node of the body on each keystroke: 229
    // to 235 fibers within the limit, 251 to 272 past it (with groups: 50-56 and 57-78).
    expect(Math.max(...worked)).toBeLessThan(100)
  })
})
