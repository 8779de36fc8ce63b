import type { InteractiveType } from '../schemas/interactive.ts'

/**
 * A message type as a language's type picker names it (`names`), with its API name, which is
 * what JSON takes: `Reply buttons ("button")`. A value the picker does not name is its API name.
 */
export function pickedType(names: Readonly<Record<InteractiveType, string>>, value: string): string {
  return Object.hasOwn(names, value) ? `${names[value as InteractiveType]} ("${value}")` : `"${value}"`
}
