/** WCAG 2.2's target size minimum (2.5.8, https://www.w3.org/TR/WCAG22/#target-size-minimum), in CSS px. */
export const MIN_TARGET = 24

// What a pointer activates: controls, links, disclosures and anything made focusable.
const INTERACTIVE = [
  'button',
  'a[href]',
  'summary',
  'select',
  'textarea',
  'input:not([type="hidden"])',
  '[role="button"]',
  '[role="tab"]',
  '[role="radio"]',
  '[role="option"]',
  '[role="menuitem"]',
  '[tabindex]:not([tabindex="-1"])',
].join(', ')

/**
 * The target a pointer hits for an element: a radio or a check box inside its label is the
 * whole label (a tap on its text chooses it too).
 */
function targetOf(element: HTMLElement): HTMLElement {
  if (element.matches('input[type="radio"], input[type="checkbox"]')) {
    const label = element.closest('label')
    if (label !== null) return label
  }
  return element
}

/**
 * Every visible interactive target under `root` smaller than `MIN_TARGET` in either direction,
 * as "name width×height" lines (none: `[]`). Hidden ones (no box) are left out.
 */
export function smallTargets(root: ParentNode, min = MIN_TARGET): string[] {
  const targets = new Set<HTMLElement>()
  for (const element of root.querySelectorAll<HTMLElement>(INTERACTIVE)) {
    if (element.getClientRects().length === 0) continue
    targets.add(targetOf(element))
  }
  return [...targets].flatMap((target) => {
    const { width, height } = target.getBoundingClientRect()
    if (width >= min && height >= min) return []
    const name = target.getAttribute('aria-label') ?? (target.textContent?.trim() || target.className)
    return [`${target.tagName.toLowerCase()}.${target.className} "${name.slice(0, 60)}" ${width}×${height}`]
  })
}
