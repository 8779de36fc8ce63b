import { describe, expect, it } from 'vitest'
import { nextPin, openingOf } from './pin-dialog.ts'

// Heights measured in Chromium, the preview beside the form: 462 px as it opens (the look-ups
// unanswered), 719 px once Briq's 500 asks before sending again; the room 20em of 14 px.
describe('openingOf: where the send dialog opens and how tall', () => {
  it('opens centred, at its own height, when the room is free above it', () => {
    expect(openingOf(462, 1080, 280)).toEqual({ floor: 462, pin: 231 })
  })

  it('opens centred and taller where that leaves too little room above: the rest inside it', () => {
    // 1440×900: 616 px tall, top at 142 px; 126 px free above it and 154 inside, 280 in all.
    expect(openingOf(462, 900, 280)).toEqual({ floor: 616, pin: 308 })
  })

  it('opens as tall as a short window lets it, 16 px from each edge', () => {
    expect(openingOf(462, 768, 280)).toEqual({ floor: 736, pin: 368 })
    expect(openingOf(462, 720, 280)).toEqual({ floor: 688, pin: 344 })
    // Taller than the window: its room, top and bottom 16 px from the edges.
    expect(openingOf(900, 800, 280)).toEqual({ floor: 900, pin: 384 })
  })
})

describe('nextPin: where the send dialog holds its bottom edge once open', () => {
  it('holds the edge while what is above the buttons grows or shrinks within the room', () => {
    expect(nextPin(308, 719, 900)).toBe(308)
    expect(nextPin(308, 400, 900)).toBe(308)
  })

  it('follows the edge down when the dialog grows below, the room above run out, never back up', () => {
    // 1200×900, held 227 px below the middle (677 px): a 780 px dialog's top stays at 16 px.
    expect(nextPin(227, 780, 900)).toBe(16 + 780 - 450)
    expect(nextPin(346, 554, 900)).toBe(346)
    // Never past the window's bottom edge.
    expect(nextPin(346, 2000, 900)).toBe(450 - 16)
  })
})
