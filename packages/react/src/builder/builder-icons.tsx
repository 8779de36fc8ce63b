import type { ReactNode } from 'react'

const paths = {
  // An error is a filled circle with a cross, a warning a triangle with "!", a suggestion a
  // light bulb: the shapes differ, so severity never rests on colour alone (WCAG 1.4.1).
  error: (
    <g fill="none" stroke="currentColor" strokeWidth="1.6">
      <circle cx="8" cy="8" r="6.5" />
      <path d="M5.6 5.6l4.8 4.8M10.4 5.6l-4.8 4.8" />
    </g>
  ),
  warning: (
    <g fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round">
      <path d="M8 1.8L14.8 14H1.2z" />
      <path d="M8 6.2v3.8M8 11.4v1" />
    </g>
  ),
  suggestion: (
    <path
      d="M8 1.5a4.5 4.5 0 0 0-2.6 8.2V12h5.2V9.7A4.5 4.5 0 0 0 8 1.5zM6 13.5h4"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.4"
    />
  ),
  up: <path d="M8 13V3M3.5 7.5L8 3l4.5 4.5" fill="none" stroke="currentColor" strokeWidth="1.6" />,
  down: <path d="M8 3v10M3.5 8.5L8 13l4.5-4.5" fill="none" stroke="currentColor" strokeWidth="1.6" />,
  remove: (
    <path d="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.6 9h5.8l.6-9" fill="none" stroke="currentColor" strokeWidth="1.4" />
  ),
  grip: (
    <g fill="currentColor">
      <circle cx="6" cy="4" r="1.2" />
      <circle cx="10" cy="4" r="1.2" />
      <circle cx="6" cy="8" r="1.2" />
      <circle cx="10" cy="8" r="1.2" />
      <circle cx="6" cy="12" r="1.2" />
      <circle cx="10" cy="12" r="1.2" />
    </g>
  ),
  undo: <path d="M5.5 3L2.5 6l3 3M2.5 6H10a3.5 3.5 0 0 1 0 7H7" fill="none" stroke="currentColor" strokeWidth="1.6" />,
  redo: <path d="M10.5 3l3 3-3 3M13.5 6H6a3.5 3.5 0 0 0 0 7h3" fill="none" stroke="currentColor" strokeWidth="1.6" />,
  add: <path d="M8 3v10M3 8h10" fill="none" stroke="currentColor" strokeWidth="1.6" />,
  // A blank page.
  new: <path d="M3.5 1.5h6l3 3v10h-9zM9.5 1.5v3h3" fill="none" stroke="currentColor" strokeWidth="1.4" />,
} satisfies Record<string, ReactNode>

/** The builder's icon names. */
export type BuilderIconName = keyof typeof paths

/** Every icon name, for tests that check each icon. */
export const BUILDER_ICON_NAMES = /* @__PURE__ */ Object.keys(paths) as BuilderIconName[]

/** A 16×16 icon; decorative (its button or message carries the words). */
export function BuilderIcon({ name }: { name: BuilderIconName }) {
  return (
    <svg className="bi-builder-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      {paths[name]}
    </svg>
  )
}
