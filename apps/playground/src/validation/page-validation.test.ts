import { describe, expect, it } from 'vitest'
import { pageValidation, searchWithValidation } from './page-validation.ts'

describe('the validation options a page starts with', () => {
  it('reads the query, spelled as the mock flags, before the environment', () => {
    expect(pageValidation('')).toEqual({})
    expect(pageValidation('?extended-list-body')).toEqual({ extendedListBody: true })
    expect(pageValidation('?extended-list-body=1&allow-flow-media-header=true&carousel-quick-replies=3')).toEqual({
      extendedListBody: true,
      allowFlowMediaHeader: true,
      carouselQuickReplyMax: 3,
    })
    const env = {
      VITE_BRIQ_EXTENDED_LIST_BODY: '1',
      VITE_BRIQ_ALLOW_FLOW_MEDIA_HEADER: '1',
      VITE_BRIQ_CAROUSEL_QUICK_REPLIES: '3',
    }
    expect(pageValidation('', env)).toEqual({
      extendedListBody: true,
      allowFlowMediaHeader: true,
      carouselQuickReplyMax: 3,
    })
    expect(pageValidation('?extended-list-body=0&carousel-quick-replies=2', env)).toEqual({
      allowFlowMediaHeader: true,
    })
  })

  it('leaves a value that is no switch, or no 2 or 3, at the default', () => {
    expect(pageValidation('?carousel-quick-replies=7', { VITE_BRIQ_EXTENDED_LIST_BODY: 'yes' })).toEqual({})
    // A switch given a word that is no "on" stays off: =no never turns the longer list body on.
    for (const value of ['no', 'NO', 'nein', '2', 'disabled']) {
      expect(pageValidation(`?extended-list-body=${value}&allow-flow-media-header=${value}`), value).toEqual({})
    }
    expect(pageValidation('?extended-list-body=yes&allow-flow-media-header=On')).toEqual({
      extendedListBody: true,
      allowFlowMediaHeader: true,
    })
  })

  it('writes the options into the query, keeping other parameters, and reads them back', () => {
    const search = searchWithValidation('?lang=sw&extended-list-body=1', {
      allowFlowMediaHeader: true,
      carouselQuickReplyMax: 3,
    })
    expect(search).toBe('?lang=sw&allow-flow-media-header=1&carousel-quick-replies=3')
    expect(pageValidation(search)).toEqual({ allowFlowMediaHeader: true, carouselQuickReplyMax: 3 })
    expect(searchWithValidation('?extended-list-body', {})).toBe('')
  })
})
