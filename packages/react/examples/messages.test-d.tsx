import { InteractiveBuilder, InteractivePreview, type Messages } from '@briq-interactive/react'

// A host's wording is checked by key: a misspelt key, a key the kit does not have, or a plural
// given as a bare number fails to compile instead of leaving the kit's word silently in place.

export const inline = <InteractivePreview value={{ type: 'button' }} messages={{ 'preview.viewItems': 'Menu' }} />

export const misspelt = (
  // @ts-expect-error 'preview.viewItem' is not a key ('preview.viewItems' is).
  <InteractivePreview value={{ type: 'button' }} messages={{ 'preview.viewItem': 'Menu' }} />
)

// Kept in a variable, the wording is checked where it is written, with `satisfies`.
export const swahili = {
  'builder.tab.json': 'Msimbo',
  'builder.count.row': { one: 'Safu {count} kati ya {limit}', other: 'Safu {count} kati ya {limit}' },
} satisfies Partial<Messages>

export const builder = <InteractiveBuilder locale="sw" messages={swahili} />

export const wrongForm = {
  // @ts-expect-error a plural needs its `one` and `other` forms.
  'builder.issues.errors': { one: 'Kosa {count}' },
} satisfies Partial<Messages>

export const unknownKey = {
  // @ts-expect-error 'builder.tabs.json' is not a key.
  'builder.tabs.json': 'Msimbo',
} satisfies Partial<Messages>
