import '../styles.css'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { BUILDER_ICON_NAMES, BuilderIcon } from './builder-icons.tsx'

afterEach(cleanup)

/** The box an SVG shape paints, its stroke included (getBBox leaves the stroke out). */
function paintedBox(shape: SVGGraphicsElement) {
  const box = shape.getBBox()
  const style = getComputedStyle(shape)
  const half = style.stroke === 'none' ? 0 : Number.parseFloat(style.strokeWidth) / 2
  return { left: box.x - half, top: box.y - half, right: box.x + box.width + half, bottom: box.y + box.height + half }
}

describe('builder icons (Chromium)', () => {
  // The icons do not clip (overflow: visible keeps the page's paint cheaper): a shape drawn past
  // the 16×16 viewBox would show outside the icon, over its button's label or border.
  it.each(BUILDER_ICON_NAMES)('%s draws inside its 16×16 box', (name) => {
    const { container } = render(<BuilderIcon name={name} />)
    const svg = container.querySelector('svg') as SVGSVGElement
    expect(getComputedStyle(svg).overflow).toBe('visible')
    const shapes = [...svg.querySelectorAll<SVGGraphicsElement>('path, circle')]
    expect(shapes.length).toBeGreaterThan(0)
    for (const shape of shapes) {
      const box = paintedBox(shape)
      expect(box.left).toBeGreaterThanOrEqual(0)
      expect(box.top).toBeGreaterThanOrEqual(0)
      expect(box.right).toBeLessThanOrEqual(16)
      expect(box.bottom).toBeLessThanOrEqual(16)
    }
  })
})
