import { describe, expect, it } from 'vitest'
import { validFixtures } from '../fixtures.ts'
import { SAMPLE_IMAGE_URL, withLocalMedia } from './local-media.ts'

describe('withLocalMedia', () => {
  it('points example.co.tz images at the served sample photo, an absolute http(s) URL', () => {
    expect(SAMPLE_IMAGE_URL).toMatch(/^https?:\/\/.+sample-photo.*\.svg/)
    const local = withLocalMedia(validFixtures.buttonImageHeader)
    expect(local.header.image.link).toBe(SAMPLE_IMAGE_URL)
    const cards = withLocalMedia(validFixtures.carouselCtaUrl).action.cards
    expect(cards.map((c) => c.header.image.link)).toEqual([SAMPLE_IMAGE_URL, SAMPLE_IMAGE_URL, SAMPLE_IMAGE_URL])
  })

  it('leaves every other value alone and does not touch the fixture', () => {
    const local = withLocalMedia(validFixtures.buttonVideoHeader)
    expect(local).toEqual(validFixtures.buttonVideoHeader)
    expect(local).not.toBe(validFixtures.buttonVideoHeader)
    expect(validFixtures.buttonImageHeader.header.image.link).toBe('https://images.example.co.tz/kariakoo-sale.jpg')
  })
})
