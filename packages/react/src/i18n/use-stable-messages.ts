import { useMemo } from 'react'
import type { Messages } from './messages.ts'

/**
 * A component's `messages` overrides, the same object while their content stays the same: a
 * host writing `messages={{ … }}` inline makes a new object each render, and the translator
 * (and every part that reads it) is rebuilt only when a wording changes.
 */
export function useStableMessages(messages: Partial<Messages> | undefined): Partial<Messages> | undefined {
  const key = JSON.stringify(messages ?? null)
  // biome-ignore lint/correctness/useExhaustiveDependencies: the overrides' content (key) is the dependency.
  return useMemo(() => messages, [key])
}
