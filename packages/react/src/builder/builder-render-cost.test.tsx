import { formattingToText, parseFormatting } from '@briq-interactive/core'
import { render, screen } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { Profiler, type ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { bodyOfLength, maximalList } from '../../bench/maximal-list.ts'
import { FIXTURE_TIME } from '../preview/fixtures.ts'
import { Builder } from './builder.ts'

// Counts core's validation and formatting parses: the form and the preview share them per draft.
const calls = vi.hoisted(() => ({ validate: 0, parse: 0 }))
vi.mock('@briq-interactive/core', async (importOriginal) => {
  const real = await importOriginal<typeof import('@briq-interactive/core')>()
  return {
    ...real,
    validateInteractive: (...args: Parameters<typeof real.validateInteractive>) => {
      calls.validate++
      return real.validateInteractive(...args)
    },
    parseFormatting: (text: string) => {
      calls.parse++
      return real.parseFormatting(text)
    },
  }
})

/** Each part of the builder bench's page in a Profiler that records the part's commits. */
function profiledBuilder(bodyLength: number) {
  const commits = {
    typePicker: vi.fn(),
    header: vi.fn(),
    body: vi.fn(),
    footer: vi.fn(),
    action: vi.fn(),
    summary: vi.fn(),
    preview: vi.fn(),
  }
  const part = (id: keyof typeof commits, children: ReactNode) => (
    <Profiler id={id} onRender={commits[id]}>
      {children}
    </Profiler>
  )
  render(
    <Builder.Root defaultValue={maximalList(bodyLength)}>
      {part('typePicker', <Builder.TypePicker />)}
      {part('header', <Builder.Header />)}
      {part('body', <Builder.Body />)}
      {part('footer', <Builder.Footer />)}
      {part('action', <Builder.Action />)}
      {part('summary', <Builder.IssueSummary />)}
      {part('preview', <Builder.Preview time={FIXTURE_TIME} />)}
    </Builder.Root>,
  )
  return commits
}

describe('Builder render cost while typing into Body text', () => {
  it('validates and parses once per keystroke, and re-renders the body field and the preview only', async () => {
    const start = 1000
    const commits = profiledBuilder(start)
    const body = screen.getByRole('textbox', { name: 'Body text' }) as HTMLTextAreaElement
    for (const commit of Object.values(commits)) commit.mockClear()
    calls.validate = 0
    calls.parse = 0

    const typed = bodyOfLength(start + 10).slice(start)
    await userEvent.type(body, typed, { initialSelectionStart: start, initialSelectionEnd: start })
    // One validation and one parse (the body's, for the preview) per keystroke.
    expect(calls).toEqual({ validate: typed.length, parse: typed.length })

    expect(body.value).toBe(bodyOfLength(start + 10))
    const preview = screen.getByRole('region', { name: 'WhatsApp message preview' })
    expect(preview.querySelector('.bi-body')?.textContent).toBe(
      formattingToText(parseFormatting(bodyOfLength(start + 10))),
    )
    expect(screen.getByText(`${start + 10} / 1024`)).toBeInTheDocument()
    // Every keystroke shows in the field's counter and the preview…
    expect(commits.body.mock.calls.length).toBeGreaterThanOrEqual(typed.length)
    expect(commits.preview.mock.calls.length).toBeGreaterThanOrEqual(typed.length)
    // …and renders nothing of the 10 rows' editor or the parts whose content did not change.
    expect(commits.action).not.toHaveBeenCalled()
    expect(commits.typePicker).not.toHaveBeenCalled()
    expect(commits.header).not.toHaveBeenCalled()
    expect(commits.footer).not.toHaveBeenCalled()
    expect(commits.summary).not.toHaveBeenCalled()
  })

  it('past the limit, the summary shows the issue and the list editor, type picker, header and footer still do not re-render', async () => {
    const commits = profiledBuilder(1024)
    const body = screen.getByRole('textbox', { name: 'Body text' }) as HTMLTextAreaElement
    for (const commit of Object.values(commits)) commit.mockClear()

    await userEvent.type(body, 'a', { initialSelectionStart: 1024, initialSelectionEnd: 1024 })
    expect(commits.summary).toHaveBeenCalled()
    expect(body).toHaveAttribute('aria-invalid', 'true')
    await userEvent.type(body, 'bc')
    expect(commits.action).not.toHaveBeenCalled()
    expect(commits.typePicker).not.toHaveBeenCalled()
    expect(commits.header).not.toHaveBeenCalled()
    expect(commits.footer).not.toHaveBeenCalled()
  })
})
