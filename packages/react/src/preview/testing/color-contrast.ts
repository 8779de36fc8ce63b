/** An sRGB colour with alpha, channels 0–255 and alpha 0–1. */
export interface Rgba {
  r: number
  g: number
  b: number
  a: number
}

/**
 * Parses a computed CSS colour: `rgb(…)` / `rgba(…)` (comma or space syntax), or `color(srgb …)`,
 * which Chromium gives for a color-mix() (channels 0–1).
 */
export function parseCssColor(value: string): Rgba {
  const srgb = /^color\(srgb ([^)]+)\)$/.exec(value.trim())
  if (srgb?.[1]) {
    const [r = 0, g = 0, b = 0, a = 1] = srgb[1]
      .split(/[\s/]+/)
      .filter(Boolean)
      .map(Number)
    return { r: r * 255, g: g * 255, b: b * 255, a }
  }
  const match = /^rgba?\(([^)]+)\)$/.exec(value.trim())
  if (!match?.[1]) throw new Error(`Not a computed rgb()/rgba()/color(srgb) colour: "${value}"`)
  const parts = match[1]
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number)
  const [r = 0, g = 0, b = 0, a = 1] = parts
  return { r, g, b, a }
}

/** `top` painted over an opaque `bottom`. */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, b: number) => t * top.a + b * (1 - top.a)
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 }
}

const luminance = ({ r, g, b }: Rgba): number => {
  const lin = (c: number) => {
    const s = c / 255
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

/** WCAG 2 contrast ratio of a (possibly translucent) text colour over an opaque background. */
export function contrastRatio(text: Rgba, background: Rgba): number {
  const fg = luminance(composite(text, background))
  const bg = luminance(background)
  return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05)
}
