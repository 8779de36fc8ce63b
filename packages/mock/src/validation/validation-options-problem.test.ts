import { describe, expect, it } from 'vitest'
import { createBriqMock } from '../create-briq-mock.ts'
import { validationOptionsProblem } from './validation-options-problem.ts'

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
  ])('refuses %j, naming %s', (validation, field) => {
    expect(validationOptionsProblem(validation)?.field).toBe(field)
  })
})

describe('BriqMock.setValidation and the validation option', () => {
  it('refuse what is not a reading of the rules, as setFaults does, and keep the last good one', () => {
    const mock = createBriqMock({ clock: 'manual' })
    expect(() => mock.setValidation({ extendedListBodies: true } as never)).toThrow(
      new RangeError(
        'validation.extendedListBodies: Unknown validation option "extendedListBodies"; use extendedListBody, allowFlowMediaHeader, carouselQuickReplyMax',
      ),
    )
    expect(() => mock.setValidation({ carouselQuickReplyMax: 4 } as never)).toThrow(
      new RangeError('validation.carouselQuickReplyMax: carouselQuickReplyMax must be 2 or 3, got 4'),
    )
    expect(() => mock.setValidation({ extendedListBody: 'true' } as never)).toThrow(
      new RangeError('validation.extendedListBody: extendedListBody must be true or false, got "true"'),
    )
    expect(() => mock.setValidation(null as never)).toThrow(
      new RangeError('validation: validation must be an object like { "extendedListBody": true }'),
    )
    expect(() => createBriqMock({ validation: { carouselQuickReplyMax: 1 as never } })).toThrow(
      'validation.carouselQuickReplyMax: carouselQuickReplyMax must be 2 or 3, got 1',
    )
  })
})
