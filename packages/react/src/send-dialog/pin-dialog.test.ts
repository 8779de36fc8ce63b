import { describe, expect, it } from 'vitest'
import { nextPin } from './pin-dialog.ts'

// Heights measured in Chromium at 1280×800 (the preview beside the form): 530 px as it opens,
// 768 px (the window's room) once Briq's 500 asks before sending again.
describe('nextPin: where the send dialog holds its bottom edge, below the window’s middle', () => {
  it('opens centred when that leaves the room wanted above it', () => {
    expect(nextPin(undefined, 530, 1400, 392)).toBe(265)
  })

  it('opens lower when centred leaves too little room above, as far as 16 px from the bottom', () => {
    // Centred, its top would be at 135 px: lowered until 392 px are free above it (top at 408).
    expect(nextPin(undefined, 400, 1000, 392)).toBe(16 + 392 + 400 - 500)
    expect(nextPin(undefined, 530, 800, 392)).toBe(400 - 16)
    // Taller than the window: its room, top and bottom 16 px from the edges.
    expect(nextPin(undefined, 900, 800, 392)).toBe(384)
  })

  it('then holds the edge while what is above the buttons grows or shrinks within the room', () => {
    expect(nextPin(265, 806, 1400, 392)).toBe(265)
    expect(nextPin(265, 400, 1400, 392)).toBe(265)
  })

  it('follows the edge down when the dialog grows below, the room above run out, never back up', () => {
    // 1200×900, held 227 px below the middle (677 px): a 780 px dialog's top stays at 16 px.
    expect(nextPin(227, 780, 900, 0)).toBe(16 + 780 - 450)
    expect(nextPin(346, 554, 900, 0)).toBe(346)
    // Never past the window's bottom edge.
    expect(nextPin(346, 2000, 900, 0)).toBe(450 - 16)
  })
})
