import { useState } from 'react'
import { useBuilderControls, useBuilderSelector } from './builder-context.ts'

/**
 * Why a press did nothing, to show beside the control until the draft next changes: a tooltip
 * (`title`) needs a mouse's hover, and the announcement reaches screen readers only; on a phone
 * a sighted user saw nothing happen. Returns the text shown now, if any, and `show(text)`.
 */
export function useShownRefusal(part: string): [shown: string | undefined, show: (text: string) => void] {
  const { model } = useBuilderControls(part)
  const [refusal, setRefusal] = useState<{ text: string; state: unknown } | undefined>(undefined)
  const current = useBuilderSelector((snapshot) => refusal !== undefined && snapshot.state === refusal.state, part)
  const show = (text: string) => setRefusal({ text, state: model.getSnapshot().state })
  return [current ? refusal?.text : undefined, show]
}
