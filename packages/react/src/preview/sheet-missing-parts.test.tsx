import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { FIXTURE_TIME } from './fixtures.ts'
import { InteractivePreview, type InteractivePreviewProps } from './interactive-preview.tsx'

const list = (sections: unknown) => ({
  type: 'list',
  body: { text: 'Chagua wilaya' },
  action: { button: 'Wilaya', sections },
})

async function openSheet(value: unknown, props: Partial<InteractivePreviewProps> = {}): Promise<HTMLElement> {
  render(<InteractivePreview value={value} time={FIXTURE_TIME} {...props} />)
  await userEvent.click(screen.getByRole('button', { name: /Wilaya/ }))
  return screen.getByRole('dialog')
}

// Meta's list messages guide: 1 to 10 sections, each with at least one row, and each titled when
// there is more than one. A list short of them drew an empty sheet or an empty section, marked
// only by the list button: the sheet now says what is missing where it goes, barred.
describe("a list's sheet with rows or a title missing", () => {
  it.each([
    ['no sections', []],
    ['sections that are no list', 'Kinondoni'],
  ])('with %s says there are no rows, barred', async (_, sections) => {
    const sheet = await openSheet(list(sections))
    const empty = sheet.querySelector('.bi-sheet-empty')
    expect(empty).toHaveTextContent('No rows')
    expect(empty).toHaveAttribute('data-invalid')
  })

  it.each([
    ['no rows', { title: 'Dar es Salaam', rows: [] }],
    ['no rows key', { title: 'Dar es Salaam' }],
  ])('a section with %s says so inside it, under its title', async (_, section) => {
    const sheet = await openSheet(list([section]))
    const group = screen.getByRole('group', { name: 'Dar es Salaam' })
    expect(group.querySelector('.bi-sheet-empty')).toHaveTextContent('No rows')
    expect(group.querySelector('.bi-sheet-empty')).toHaveAttribute('data-invalid')
    expect(sheet.querySelectorAll('.bi-sheet-empty')).toHaveLength(1)
  })

  it('sections that are not objects each say they have no rows', async () => {
    const sheet = await openSheet(list([1, 'Ilala']))
    const empties = [...sheet.querySelectorAll('.bi-sheet-empty')]
    expect(empties).toHaveLength(2)
    for (const empty of empties) expect(empty).toHaveAttribute('data-invalid')
  })

  it('an untitled section among two is named and shown as untitled, barred', async () => {
    await openSheet(
      list([{ title: 'Kinondoni', rows: [{ id: 'k', title: 'Kinondoni' }] }, { rows: [{ id: 'i', title: 'Ilala' }] }]),
    )
    const group = screen.getByRole('group', { name: 'Section with no title yet' })
    const legend = group.querySelector('legend')
    expect(legend).toHaveTextContent('Section with no title yet')
    expect(legend).toHaveAttribute('data-invalid')
    expect(screen.getByRole('radio', { name: 'Ilala' })).toBeInTheDocument()
  })

  it('a section title written as a number is drawn as its digits, barred', async () => {
    await openSheet(list([{ title: 2026, rows: [{ id: 'i', title: 'Ilala' }] }]))
    const legend = screen.getByRole('group', { name: '2026' }).querySelector('legend')
    expect(legend).toHaveTextContent('2026')
    expect(legend).toHaveAttribute('data-invalid')
  })

  it('a good section title is not barred', async () => {
    await openSheet(list([{ title: 'Dar', rows: [{ id: 'i', title: 'Ilala' }] }]))
    expect(screen.getByRole('group', { name: 'Dar' }).querySelector('legend')).not.toHaveAttribute('data-invalid')
  })

  // A JSON tab or a host's value may give the title as "": as untitled as one with no title key.
  it('a section among two with an empty title is shown as untitled, barred', async () => {
    await openSheet(
      list([
        { title: 'Kinondoni', rows: [{ id: 'k', title: 'Kinondoni' }] },
        { title: '', rows: [{ id: 'i', title: 'Ilala' }] },
      ]),
    )
    const group = screen.getByRole('group', { name: 'Section with no title yet' })
    expect(group.querySelector('legend')).toHaveAttribute('data-invalid')
  })

  it('a single untitled section (allowed) has no title placeholder, and rows show none', async () => {
    const sheet = await openSheet(list([{ rows: [{ id: 'i', title: 'Ilala' }] }]))
    expect(sheet.querySelector('legend')).toBeNull()
    expect(sheet.querySelector('.bi-sheet-empty')).toBeNull()
  })

  it('says both in Swahili', async () => {
    const sheet = await openSheet(list([{ title: 'Kinondoni', rows: [{ id: 'k', title: 'Kinondoni' }] }, {}]), {
      locale: 'sw',
    })
    expect(screen.getByRole('group', { name: 'Sehemu bado haina kichwa' })).toBeInTheDocument()
    expect(sheet.querySelector('.bi-sheet-empty')).toHaveTextContent('Hakuna safu')
  })

  it('without issues shown, says there are no rows but is not barred', async () => {
    const sheet = await openSheet(list([]), { showIssues: false })
    expect(sheet.querySelector('.bi-sheet-empty')).toHaveTextContent('No rows')
    expect(sheet.querySelector('.bi-sheet-empty')).not.toHaveAttribute('data-invalid')
  })
})
