import { useState } from 'react'
import type { Worded } from '../i18n/messages.ts'
import { useBuilderControls, useBuilderSelector } from './builder-context.ts'

/**
 * Why a press did nothing, to show beside the control until the draft next changes: a tooltip
 * (`title`) needs a mouse's hover, and the announcement reaches screen readers only; on a phone
 * a sighted user saw nothing happen. Returns the words shown now (with their `lang`), if any, and
 * `show(words)`.
 */
export function useShownRefusal(part: string): [shown: Worded | undefined, show: (words: Worded) => void] {
  const { model } = useBuilderControls(part)
  const [refusal, setRefusal] = useState<{ words: Worded; state: unknown } | undefined>(undefined)
  const current = useBuilderSelector((snapshot) => refusal !== undefined && snapshot.state === refusal.state, part)
  const show = (words: Worded) => setRefusal({ words, state: model.getSnapshot().state })
  return [current ? refusal?.words : undefined, show]
}
