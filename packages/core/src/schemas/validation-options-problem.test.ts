import { describe, expect, it } from 'vitest'
import { validationOptionsProblem } from '../index.ts'

describe('validationOptionsProblem', () => {
  it.each([
    [{}],
    [{ extendedListBody: true, allowFlowMediaHeader: false, carouselQuickReplyMax: 3 }],
    [{ carouselQuickReplyMax: 2, extendedListBody: undefined }],
  ])('accepts %j', (validation) => {
    expect(validationOptionsProblem(validation)).toBeNull()
  })

  it.each([
    [null, 'validation'],
    [[], 'validation'],
    ['extendedListBody', 'validation'],
    [{ extendedListBody: 'yes' }, 'validation.extendedListBody'],
    [{ allowFlowMediaHeader: 1 }, 'validation.allowFlowMediaHeader'],
    [{ carouselQuickReplyMax: 4 }, 'validation.carouselQuickReplyMax'],
    [{ carouselQuickReplyMax: '3' }, 'validation.carouselQuickReplyMax'],
    [{ extendedListBodies: true }, 'validation.extendedListBodies'],
    [{ ['x'.repeat(200)]: true }, `validation.${'x'.repeat(80)}…`],
  ])('refuses %j, naming %s', (validation, field) => {
    expect(validationOptionsProblem(validation)?.field).toBe(field)
  })

  it('says what is wrong and what is taken, quoting a long value only in part', () => {
    expect(validationOptionsProblem({ extendedListBodies: true })?.message).toBe(
      'Unknown validation option "extendedListBodies"; use extendedListBody, allowFlowMediaHeader, carouselQuickReplyMax',
    )
    expect(validationOptionsProblem({ allowFlowMediaHeader: 'y'.repeat(500) })?.message).toBe(
      `allowFlowMediaHeader must be true or false, got "${'y'.repeat(79)}…`,
    )
    expect(validationOptionsProblem({ carouselQuickReplyMax: 3n })?.message).toBe(
      'carouselQuickReplyMax must be 2 or 3, got (an unreadable value)',
    )
  })
})
