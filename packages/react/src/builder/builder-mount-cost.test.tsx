import { render, screen, within } from '@testing-library/react'
import { Profiler, type ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { maximalList } from '../../bench/maximal-list.ts'
import { FIXTURE_TIME } from '../preview/fixtures.ts'
import { Builder } from './builder.ts'
import { fourButtons } from './testing/issue-drafts.ts'

// Counts core's `fieldRequired`: each field's selector asks it once per time it selects.
const calls = vi.hoisted(() => ({ fieldRequired: 0 }))
vi.mock('@briq-interactive/core', async (importOriginal) => {
  const real = await importOriginal<typeof import('@briq-interactive/core')>()
  return {
    ...real,
    fieldRequired: (...args: Parameters<typeof real.fieldRequired>) => {
      calls.fieldRequired++
      return real.fieldRequired(...args)
    },
  }
})

/** The builder bench's page (a maximal list, every part) in a Profiler recording its commits. */
function benchPage(onCommit: (phase: string) => void) {
  return (
    <Profiler id="builder" onRender={(_id, phase) => onCommit(phase)}>
      <Builder.Root defaultValue={maximalList()}>
        <Builder.TypePicker />
        <Builder.Header />
        <Builder.Body />
        <Builder.Footer />
        <Builder.Action />
        <Builder.IssueSummary />
        <Builder.Preview time={FIXTURE_TIME} />
      </Builder.Root>
    </Profiler>
  )
}

describe('Builder mount cost', () => {
  it('mounts a maximal list in one commit: nothing renders again right after', () => {
    const commits = vi.fn()
    render(benchPage(commits))
    expect(screen.getByRole('region', { name: 'Problems' })).toHaveAttribute('data-state', 'clear')
    expect(commits.mock.calls).toEqual([['mount']])
  })

  it('selects what each field shows once on mount', () => {
    calls.fieldRequired = 0
    render(benchPage(() => {}))
    // Header, body, footer, button, 2 section titles, and 10 rows' id, title and description.
    const fields = 4 + 2 + 10 * 3
    expect(screen.getAllByRole('textbox')).toHaveLength(fields)
    expect(calls.fieldRequired).toBe(fields)
  })

  it('makes no Intl object on a mount after the first: the translators share them', () => {
    render(benchPage(() => {})).unmount()
    const made: string[] = []
    const kinds = ['PluralRules', 'NumberFormat', 'DateTimeFormat', 'Locale', 'Segmenter', 'Collator'] as const
    const real = kinds.map((kind) => [kind, Intl[kind]] as const)
    for (const [kind, Real] of real) {
      // biome-ignore lint/suspicious/noExplicitAny: each Intl constructor, counted alike
      const Counted = function (this: unknown, ...args: any[]) {
        made.push(kind)
        // biome-ignore lint/suspicious/noExplicitAny: see above
        return new (Real as any)(...args)
      }
      Object.assign(Counted, Real)
      Object.defineProperty(Intl, kind, { value: Counted, configurable: true, writable: true })
    }
    try {
      render(benchPage(() => {}))
    } finally {
      for (const [kind, Real] of real)
        Object.defineProperty(Intl, kind, { value: Real, configurable: true, writable: true })
    }
    expect(screen.getAllByText('10 of 10 rows')).not.toHaveLength(0)
    expect(made).toEqual([])
  })

  it('offers a fix-it in the summary on mount when its field is not on the page', () => {
    render(
      <Builder.Root defaultValue={fourButtons}>
        <Builder.Body />
        <Builder.IssueSummary />
      </Builder.Root>,
    )
    const summary = screen.getByRole('region', { name: 'Problems' })
    expect(within(summary).getByRole('button', { name: 'Turn the 4 buttons into a list' })).toBeInTheDocument()
  })

  it('offers a fix-it in the summary when an issue comes later at a field not on the page', () => {
    const page = (value: unknown): ReactNode => (
      <Builder.Root value={value}>
        <Builder.Body />
        <Builder.IssueSummary />
      </Builder.Root>
    )
    const clean = { ...fourButtons, action: { buttons: fourButtons.action.buttons.slice(0, 3) } }
    const { rerender } = render(page(clean))
    const summary = screen.getByRole('region', { name: 'Problems' })
    expect(summary).toHaveAttribute('data-state', 'clear')
    rerender(page(fourButtons))
    expect(within(summary).getByRole('button', { name: 'Turn the 4 buttons into a list' })).toBeInTheDocument()
  })
})
