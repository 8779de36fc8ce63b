/// <reference types="@vitest/browser-playwright" />
import { cdp, server } from 'vitest/browser'

/**
 * A phone's touch screen in Chromium (the DevTools protocol): `(pointer: coarse)` and
 * `(hover: none)` match, and `touch` sends real touches, which the browser turns into touch and
 * pointer events (pointerType "touch") after its own hit testing, `touch-action` and gestures.
 * Call `emulateTouch(false)` after each test: the setting outlives the test, and the page, which
 * later files share. Turned off, it gives back `(pointer: fine)` but not `(hover: hover)` (Chromium
 * restores the machine's own hover, none on a server): so only the files of the browser-touch
 * project (vitest.config.ts), which has pages of its own, may turn it on.
 */
export function emulateTouch(enabled = true): Promise<unknown> {
  if (enabled && !server.config.name?.startsWith('browser-touch')) {
    throw new Error('emulateTouch: add this file to touchFiles in vitest.config.ts (the browser-touch project)')
  }
  return cdp().send('Emulation.setTouchEmulationEnabled', { enabled, maxTouchPoints: 5 })
}

/** A finger at a point of the test's page (client coordinates); `id` tells fingers apart. */
export interface TouchPoint {
  x: number
  y: number
  id?: number
}

/**
 * One touch event with every finger still down (`touchEnd`/`touchCancel`: the ones left, or none).
 * Points are client coordinates of the test's frame, placed on the browser's page here.
 */
export function touch(
  type: 'touchStart' | 'touchMove' | 'touchEnd' | 'touchCancel',
  points: readonly TouchPoint[],
): Promise<unknown> {
  return cdp().send('Input.dispatchTouchEvent', {
    type,
    touchPoints: points.map((point) => ({ ...onPage(point.x, point.y), id: point.id ?? 0 })),
  })
}

/**
 * A point of the test's frame on the browser's page, where the DevTools protocol's input events
 * are placed (the runner lays test frames out on its own page, and may scale them).
 */
export function onPage(x: number, y: number): { x: number; y: number } {
  const frame = window.frameElement?.getBoundingClientRect()
  const scale = frame === undefined ? 1 : frame.width / window.innerWidth
  return { x: (frame?.left ?? 0) + x * scale, y: (frame?.top ?? 0) + y * scale }
}
