/// <reference types="vite/client" />
import '../../styles.css'
import { cleanup, render } from '@testing-library/react'
import { afterEach } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { FIXTURE_TIME } from '../fixtures.ts'
import { InteractivePreview, type InteractivePreviewProps } from '../interactive-preview.tsx'
import { withLocalMedia } from './local-media.ts'

afterEach(cleanup)

/** What `renderPreview` hands back. */
export interface RenderedPreview {
  /** The preview's root `section.bi-preview`. */
  root: HTMLElement
  /** The host element React rendered into. */
  container: HTMLElement
  unmount(): void
}

/**
 * Renders the preview in the browser test page with the package CSS, the fixed fixture time and
 * local media, inside a neutral 420 px wide host (a phone frame fits; compact mode shrinks).
 */
export function renderPreview(value: unknown, props: Partial<InteractivePreviewProps> = {}): RenderedPreview {
  const view = render(
    <div style={{ width: 420, padding: 16, background: '#e4e6eb' }} data-testid="host">
      <InteractivePreview value={withLocalMedia(value)} time={FIXTURE_TIME} theme="light" {...props} />
    </div>,
  )
  const root = view.container.querySelector('section.bi-preview')
  if (!(root instanceof HTMLElement)) throw new Error('InteractivePreview rendered no section.bi-preview')
  return { root, container: view.container, unmount: view.unmount }
}

/** Waits for running CSS animations (the sheet sliding up, the backdrop fading in) to finish. */
export async function animationsSettled(): Promise<void> {
  await Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined)))
}

/**
 * Parks the mouse on the host's corner so no hover highlight shows up in a screenshot (forced:
 * an open modal sets `pointer-events: none` on the page behind it).
 */
export async function mouseAway(): Promise<void> {
  await userEvent.hover(page.getByTestId('host'), { position: { x: 2, y: 2 }, force: true })
}
