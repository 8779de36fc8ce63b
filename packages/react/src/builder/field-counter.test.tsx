import {
  createDraft,
  type InteractiveType,
  issuesAt,
  LIMITS,
  type Limit,
  validateInteractive,
} from '@briq-interactive/core'
import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { InteractiveBuilder } from './interactive-builder.tsx'

// A field's counter ("61 / 60") is marked as core's issue at the field is: `data-over` beside an
// error (past a limit WhatsApp documents), `data-unusual` beside a warning (past a number nobody
// documents, past the flow CTA's advised 20, or past a documented limit in UTF-16 units only),
// neither when core says nothing. Counted in code
// points as core counts, whatever the text is made of.

const ZWJ = '👩\u200d💻' // woman technologist: 3 code points, 5 UTF-16 units
const SKIN = '👍🏽' // thumbs up + skin tone: 2 code points
const COMBINING = 'e\u0301' // e + combining acute: 2 code points
const ASTRAL = '😀' // 1 code point, 2 UTF-16 units

/** `n` code points built from `unit`, padded with "a". */
const fill = (n: number, unit: string): string => {
  const width = [...unit].length
  return unit.repeat(Math.floor(n / width)) + 'a'.repeat(n % width)
}

interface Row {
  type: InteractiveType
  label: string
  path: (string | number)[]
  limit: Limit
  /** What the builder opens with, when not `createDraft(type)`. */
  draft?: Record<string, unknown>
  /** Emoji are refused here (the flow CTA): build lengths from letters and combining marks only. */
  noEmoji?: boolean
}

const ROWS: Row[] = [
  {
    type: 'button',
    label: 'Header text',
    path: ['header', 'text'],
    limit: LIMITS.header.text,
    draft: { ...createDraft('button'), header: { type: 'text', text: 'Karibu' } },
  },
  {
    type: 'button',
    label: 'Button 1 title',
    path: ['action', 'buttons', 0, 'reply', 'title'],
    limit: LIMITS.button.title,
  },
  {
    type: 'list',
    label: 'Row 1 description',
    path: ['action', 'sections', 0, 'rows', 0, 'description'],
    limit: LIMITS.list.rowDescription,
  },
  {
    type: 'flow',
    label: 'Flow button text',
    path: ['action', 'parameters', 'flow_cta'],
    limit: LIMITS.flow.cta,
    noEmoji: true,
  },
  { type: 'flow', label: 'Flow token', path: ['action', 'parameters', 'flow_token'], limit: LIMITS.flow.token },
  {
    type: 'voice_call',
    label: 'Call payload',
    path: ['action', 'parameters', 'payload'],
    limit: LIMITS.voiceCall.payload,
  },
  {
    type: 'address_message',
    label: 'City',
    path: ['action', 'parameters', 'values', 'city'],
    limit: LIMITS.address.field,
  },
  {
    type: 'address_message',
    label: 'PIN code',
    path: ['action', 'parameters', 'values', 'in_pin_code'],
    limit: LIMITS.address.inPinCode,
  },
]

/** The lengths to try: either side of the maximum and of the point warnings start. */
const lengths = ({ max, warnAbove }: Limit): number[] =>
  [max - 1, max, max + 1, ...(warnAbove === undefined ? [] : [warnAbove, warnAbove + 1])].filter((n) => n > 0)

describe.each(ROWS.map((row) => [`${row.type} ${row.path.join('.')}`, row] as const))('counter of %s', (_, row) => {
  it.each(row.noEmoji ? ['a', COMBINING] : ['a', ZWJ, SKIN, COMBINING, ASTRAL])(
    'counts code points of %j and is marked as core marks the field',
    (unit) => {
      let draft: unknown = row.draft ?? createDraft(row.type)
      render(<InteractiveBuilder defaultValue={draft} onValueChange={(next) => (draft = next)} />)
      const field = screen.getByRole('textbox', { name: row.label })
      for (const n of lengths(row.limit)) {
        const value = fill(n, unit)
        fireEvent.change(field, { target: { value } })
        const counter = screen.getByText(`${n} / ${row.limit.max}`).parentElement
        const result = validateInteractive(draft)
        const errors = issuesAt(result.ok ? [] : result.issues, row.path)
        const limitWarnings = issuesAt(result.warnings, row.path).filter(
          (issue) =>
            issue.code === 'unusually_long' || issue.code === 'too_long_utf16' || issue.reason === 'flow_cta_long',
        )
        const at = `${n} code points of ${JSON.stringify(unit)}`
        expect(errors.length > 0, at).toBe(n > row.limit.max && row.limit.kind !== 'guard')
        if (errors.length > 0) expect(counter, at).toHaveAttribute('data-over')
        else expect(counter, at).not.toHaveAttribute('data-over')
        if (errors.length === 0 && limitWarnings.length > 0) expect(counter, at).toHaveAttribute('data-unusual')
        else expect(counter, at).not.toHaveAttribute('data-unusual')
        expect(field.getAttribute('aria-invalid') === 'true', at).toBe(errors.length > 0)
      }
    },
  )
})

// Core's length rules, read where core decides them (`lengthMark`), never decided again here.
describe('counter beside what core says of other rules', () => {
  const flowCta = ['action', 'parameters', 'flow_cta']
  const lengthWarnings = (draft: unknown, path: (string | number)[]) =>
    issuesAt(validateInteractive(draft).warnings, path).filter(
      (issue) => issue.code === 'too_long_utf16' || issue.reason === 'flow_cta_long',
    )

  it.each([
    ['21 characters', `😀${'a'.repeat(20)}`, false],
    ['30 characters', `😀${'a'.repeat(29)}`, true],
    ['25 characters, 26 UTF-16 units', `${ASTRAL}${'a'.repeat(24)}`, false],
    ['28 characters, 31 UTF-16 units', `${ASTRAL.repeat(3)}${'a'.repeat(25)}`, true],
  ])('a flow CTA of %s with an emoji is unusual only where core warns of its length', (_, value, unusual) => {
    let draft: unknown = createDraft('flow')
    render(<InteractiveBuilder defaultValue={draft} onValueChange={(next) => (draft = next)} />)
    fireEvent.change(screen.getByRole('textbox', { name: 'Flow button text' }), { target: { value } })
    const counter = screen.getByText(`${[...value].length} / ${LIMITS.flow.cta.max}`).parentElement
    const result = validateInteractive(draft)
    // The emoji is refused (`no_emoji`); past the advised 20 is not warned of beside that error.
    expect(issuesAt(result.ok ? [] : result.issues, flowCta).map((issue) => issue.reason)).toEqual(['no_emoji'])
    const warned = lengthWarnings(draft, flowCta).length > 0
    expect(warned).toBe(unusual)
    if (warned) expect(counter).toHaveAttribute('data-unusual')
    else expect(counter).not.toHaveAttribute('data-unusual')
    expect(counter).not.toHaveAttribute('data-over')
  })
})

// WCAG 1.4.1: an error's mark and a warning's differ by an icon's shape (the issue lines' circle
// and triangle), not by colour alone, which forced colours take away.
describe('a marked counter shows its mark’s icon', () => {
  const icon = (counter: HTMLElement | null) => {
    const svg = counter?.querySelector('svg')
    if (!svg) return 'none'
    return svg.querySelector('circle') ? 'circle' : 'triangle'
  }

  it('a text’s counter: a circle past the limit, a triangle past the advised length, none below', () => {
    render(<InteractiveBuilder defaultValue={createDraft('flow')} />)
    const field = screen.getByRole('textbox', { name: 'Flow button text' })
    const counterOf = (n: number) => {
      fireEvent.change(field, { target: { value: 'a'.repeat(n) } })
      return screen.getByText(`${n} / ${LIMITS.flow.cta.max}`).parentElement
    }
    expect(icon(counterOf(LIMITS.flow.cta.max + 1))).toBe('circle')
    expect(icon(counterOf((LIMITS.flow.cta.warnAbove ?? 0) + 1))).toBe('triangle')
    expect(icon(counterOf(3))).toBe('none')
  })

  it('a group’s count: a circle past WhatsApp’s 3 buttons', () => {
    const buttons = [1, 2, 3, 4].map((i) => ({ type: 'reply', reply: { id: `b${i}`, title: `B${i}` } }))
    const { container } = render(
      <InteractiveBuilder defaultValue={{ type: 'button', body: { text: 'Pick' }, action: { buttons } }} />,
    )
    const count = container.querySelector<HTMLElement>('.bi-builder-group-count[data-over]')
    expect(icon(count)).toBe('circle')
  })
})
