import { describe, expect, it } from 'vitest'
import { validFixtures } from '../fixtures.ts'
import { SAMPLE_IMAGE_URL, SAMPLE_VIDEO_URL, withLocalMedia } from './local-media.ts'

describe('withLocalMedia', () => {
  it('points example.co.tz images at the served sample photo, an absolute http(s) URL', () => {
    expect(SAMPLE_IMAGE_URL).toMatch(/^https?:\/\/.+sample-photo.*\.svg/)
    const local = withLocalMedia(validFixtures.buttonImageHeader)
    expect(local.header.image.link).toBe(SAMPLE_IMAGE_URL)
    const cards = withLocalMedia(validFixtures.carouselCtaUrl).action.cards
    expect(cards.map((c) => c.header.image.link)).toEqual([SAMPLE_IMAGE_URL, SAMPLE_IMAGE_URL, SAMPLE_IMAGE_URL])
  })

  it('points example.co.tz videos at the served sample video, an absolute http(s) URL', () => {
    expect(SAMPLE_VIDEO_URL).toMatch(/^https?:\/\/.+sample-video.*\.mp4/)
    expect(withLocalMedia(validFixtures.buttonVideoHeader).header.video.link).toBe(SAMPLE_VIDEO_URL)
    const cards = withLocalMedia(validFixtures.carouselQuickReply).action.cards
    expect(cards.map((c) => (c.header.type === 'video' ? c.header.video.link : c.header.image.link))).toEqual([
      SAMPLE_IMAGE_URL,
      SAMPLE_VIDEO_URL,
    ])
  })

  it('leaves every other value alone and does not touch the fixture', () => {
    const local = withLocalMedia(validFixtures.buttonDocumentHeader)
    expect(local).toEqual(validFixtures.buttonDocumentHeader)
    expect(local).not.toBe(validFixtures.buttonDocumentHeader)
    expect(validFixtures.buttonImageHeader.header.image.link).toBe('https://images.example.co.tz/kariakoo-sale.jpg')
    expect(validFixtures.buttonVideoHeader.header.video.link).toBe('https://media.example.co.tz/msasani-tour.mp4')
  })
})
