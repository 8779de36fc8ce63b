import { cleanup, render } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { validFixtures } from '../preview/fixtures.ts'
import { InteractivePreview } from '../preview/interactive-preview.tsx'
import { linkKitStylesheet, servePageWithPolicy } from '../testing/host-policy.ts'

// A host page whose policy takes images from itself only (`img-src 'self'`, or a `default-src
// 'self'` with no img-src): README, "Under a Content Security Policy".
const refused = servePageWithPolicy(`img-src 'self'`)

beforeAll(linkKitStylesheet)
afterEach(cleanup)

describe('a host page whose policy refuses data: images (Chromium)', () => {
  it('refuses only the preview’s wallpaper and bubble tail, drawn from data: SVGs; the message still shows', async () => {
    render(<InteractivePreview value={validFixtures.list} theme="light" />)
    await expect.element(page.getByRole('button', { name: 'Chagua njia' })).toBeVisible()
    await expect.poll(() => refused.length).toBeGreaterThan(0)
    expect(new Set(refused)).toEqual(new Set(['img-src: data']))
  })
})
