import { expect } from 'vitest'
import { validFixtures } from '../../preview/fixtures.ts'
import { renderPreview } from '../../preview/testing/browser-render.tsx'

/**
 * Renders a carousel and checks that its bubble and every card have a solid edge of their own
 * (where their fill and shadow are not drawn); hands back their styles for the rest.
 */
export function outlinedBubbleAndCards(): CSSStyleDeclaration[] {
  const { root } = renderPreview(validFixtures.carouselQuickReply)
  const styles = [...root.querySelectorAll<HTMLElement>('.bi-bubble, .bi-card')].map((part) => getComputedStyle(part))
  expect(styles.length).toBeGreaterThan(2)
  for (const style of styles) {
    expect(style.outlineStyle).toBe('solid')
    expect(Number.parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(1)
  }
  return styles
}
