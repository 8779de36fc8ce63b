import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { memo, Profiler, type ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { maximalList } from '../../bench/maximal-list.ts'
import { equalData } from './equal-data.ts'
import { FIXTURE_TIME, validFixtures } from './fixtures.ts'
import { InteractivePreview } from './interactive-preview.tsx'

const rowRenders = vi.hoisted(() => ({ count: 0 }))
const iconRenders = vi.hoisted(() => ({ count: 0 }))
const timeReads = vi.hoisted(() => ({ count: 0 }))

// Counts the renders of list rows; same memo and comparison as the real SheetRow.
vi.mock('./sheet-row.tsx', async (importOriginal) => {
  const real = await importOriginal<typeof import('./sheet-row.tsx')>()
  const Counted = (props: Parameters<typeof real.SheetRow>[0]): ReactNode => {
    rowRenders.count++
    return <real.SheetRow {...props} />
  }
  return { ...real, SheetRow: memo(Counted, equalData) }
})

// Counts the renders of the preview's icons (the list button's, the buttons' and the header's).
vi.mock('./icons.tsx', async (importOriginal) => {
  const real = await importOriginal<typeof import('./icons.tsx')>()
  const Counted = (props: Parameters<typeof real.Icon>[0]): ReactNode => {
    iconRenders.count++
    return <real.Icon {...props} />
  }
  return { ...real, Icon: Counted }
})

// Counts the reads of the message time (the preview's store of the client clock).
vi.mock('./format-time.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('./format-time.ts')>()
  return {
    ...real,
    formatTime: (...args: Parameters<typeof real.formatTime>) => {
      timeReads.count++
      return real.formatTime(...args)
    },
  }
})

describe('InteractivePreview render cost', () => {
  it('mounts in one commit', () => {
    const onRender = vi.fn()
    render(
      <Profiler id="preview" onRender={onRender}>
        <InteractivePreview value={validFixtures.list} time={FIXTURE_TIME} />
      </Profiler>,
    )
    expect(onRender).toHaveBeenCalledTimes(1)
    expect(onRender.mock.calls[0]?.[1]).toBe('mount')
  })

  it('mounts in one commit without a time too, showing the client clock at once', () => {
    const onRender = vi.fn()
    const { container } = render(
      <Profiler id="preview" onRender={onRender}>
        <InteractivePreview value={validFixtures.buttonTextHeader} />
      </Profiler>,
    )
    expect(onRender).toHaveBeenCalledTimes(1)
    expect(container.querySelector('time')?.textContent).toMatch(/^\d\d:\d\d$/)
  })

  it('re-renders no list row while the body changes with the sheet open', async () => {
    const view = (length: number) => <InteractivePreview value={maximalList(length)} time={FIXTURE_TIME} />
    const { rerender } = render(view(1000))
    await userEvent.click(screen.getByRole('button', { name: /^Chagua njia/ }))
    expect(screen.getByRole('dialog').querySelectorAll('.bi-sheet-row')).toHaveLength(10)
    const afterOpen = rowRenders.count
    for (let length = 1001; length <= 1030; length++) act(() => rerender(view(length)))
    expect(rowRenders.count).toBe(afterOpen)
    // Choosing a row re-renders that row only.
    await userEvent.click(screen.getAllByRole('radio')[3] as HTMLElement)
    expect(rowRenders.count).toBe(afterOpen + 1)
  })

  it('re-renders neither the header, the buttons nor the list sheet while the body changes', () => {
    const view = (length: number) => <InteractivePreview value={maximalList(length)} time={FIXTURE_TIME} />
    const { rerender } = render(view(990))
    const mounted = iconRenders.count
    expect(mounted).toBeGreaterThan(0)
    for (let length = 991; length <= 1024; length++) act(() => rerender(view(length)))
    expect(iconRenders.count).toBe(mounted)
    // Passing the limit marks the message invalid once; past it the body's text changes, the
    // places marked do not.
    act(() => rerender(view(1025)))
    const passed = iconRenders.count
    for (let length = 1026; length <= 1030; length++) act(() => rerender(view(length)))
    expect(iconRenders.count).toBe(passed)
    const shown = render(<InteractivePreview value={maximalList(1030)} time={FIXTURE_TIME} />)
    expect(document.querySelector('.bi-body')?.innerHTML).toBe(shown.container.querySelector('.bi-body')?.innerHTML)
    shown.unmount()
    expect(document.querySelector('.bi-body .bi-overflow')).not.toBeNull()
  })

  it('keeps the customer reply when the parent passes an equal new object, and clears it on a change', async () => {
    const value = () => structuredClone(validFixtures.buttonTextHeader)
    const { rerender } = render(<InteractivePreview value={value()} time={FIXTURE_TIME} onReply={() => {}} />)
    await userEvent.click(screen.getByRole('button', { name: 'Leo jioni' }))
    rerender(<InteractivePreview value={value()} time={FIXTURE_TIME} onReply={() => {}} />)
    expect(document.querySelector('.bi-bubble[data-direction="out"]')).not.toBeNull()
    const changed = { ...value(), body: { text: 'Changed' } }
    rerender(<InteractivePreview value={changed} time={FIXTURE_TIME} />)
    expect(document.querySelector('.bi-bubble[data-direction="out"]')).toBeNull()
    rerender(<InteractivePreview value={value()} time={FIXTURE_TIME} />)
    expect(document.querySelector('.bi-bubble[data-direction="out"]')).toBeNull()
  })

  it.each([
    ['a wall-clock time', () => FIXTURE_TIME],
    ['a new Date of the same time each render', () => new Date(2026, 10, 24, 9, 41)],
    ['no time (the clock)', () => undefined],
  ])('reads the time only while rendering a new value, with %s: no effect after the commit', (_, time) => {
    const view = (length: number) => <InteractivePreview value={maximalList(length)} time={time()} />
    const { rerender } = render(view(1000))
    timeReads.count = 0
    const renders = 10
    for (let length = 1001; length <= 1000 + renders; length++) act(() => rerender(view(length)))
    // Once per render, twice in development (React reads a store twice there to check that it
    // gives the same value). A reader that is a new function each render also makes React queue
    // an effect that reads it once more after the commit, and post a task to run that effect.
    expect(timeReads.count).toBeLessThanOrEqual(2 * renders)
    expect(document.querySelector('time')?.textContent).toMatch(/^\d\d:\d\d$/)
  })
})
