import '../styles.css'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { SEND_LABELS, translatorFor } from '../i18n/messages.ts'
import { accessibilityTree } from '../testing/spoken.ts'
import { DeliveryProgress } from './delivery-progress.tsx'
import { statusLabel } from './delivery-words.ts'

afterEach(cleanup)

describe('delivery progress as a screen reader is given it (Chromium)', () => {
  it('reads the steps, the current one marked, without the dots drawn before them', async () => {
    render(
      <div className="bi-root bi-send-dialog">
        <DeliveryProgress status="delivered" t={translatorFor(SEND_LABELS, 'en')} lang="en" />
      </div>,
    )
    const tree = await accessibilityTree('.bi-send-dialog-progress')
    // "● Sent" was read "black circle Sent", "○ Read" "white circle Read".
    expect(tree.map((line) => line.trim())).toEqual([
      'list "Delivery progress"',
      'listitem ""',
      '"Queued"',
      'listitem ""',
      '"Sent"',
      'listitem ""',
      '"Delivered"',
      'listitem ""',
      '"Read"',
    ])
    expect(document.querySelector('[aria-current="step"]')).toHaveTextContent('Delivered')
  })

  it.each([
    ['en', 'Not delivered (sent, then failed)'],
    ['sw', 'Haikuwasilishwa (ilitumwa, kisha ikashindikana)'],
  ] as const)('a failed list is described by how far the message got (%s)', async (locale, said) => {
    const t = translatorFor(SEND_LABELS, locale)
    render(
      <div className="bi-root bi-send-dialog">
        <span id="status">{statusLabel(t, 'failed', 'sent')}</span>
        <DeliveryProgress status="failed" reached="sent" describedBy="status" t={t} lang="en" />
      </div>,
    )
    const tree = await accessibilityTree('.bi-send-dialog-progress')
    expect(tree[0]?.trim()).toBe(`list "${t('sendDialog.progress.label')}" — ${said}`)
  })
})
