import { type Component, extractComponentDescription } from 'storybook/internal/docs-tools'

/**
 * A component's doc comment as its Docs page shows it (as Markdown): a JSDoc `@example` tag on a
 * line of its own reads as an "Example" heading over its code, not as the literal tag.
 */
export function componentDescription(component?: Component): string {
  return extractComponentDescription(component).replace(/^@example[ \t]*$/gm, '**Example**')
}
