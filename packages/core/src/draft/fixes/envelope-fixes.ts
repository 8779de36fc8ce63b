import type { Issue } from '../../issue.ts'
import { draftType } from '../describe-interactive.ts'
import { isRecord } from '../draft-path.ts'
import type { FixIt } from './fix-it.ts'

/**
 * A whole message pasted where only its interactive object goes: Meta's message as its docs
 * show it (`messaging_product`, `to`, `type: "interactive"`, `interactive`) or Briq's send
 * request (`to`, `interactive`). Keep the object inside; the message's own fields stay out.
 */
export function keepInteractiveObject(draft: unknown, issues: readonly Issue[]): FixIt[] {
  if (!isRecord(draft) || draftType(draft) !== undefined) return []
  const inner = draft.interactive
  if (!isRecord(inner)) return []
  return [
    {
      id: 'use-interactive',
      labelKey: 'fix.useInteractive',
      params: {},
      paths: [['type']],
      // The envelope's own complaints: its type, its fields WhatsApp's object does not take.
      issues: issues.filter((issue) => issue.path.length <= 1),
      apply: () => structuredClone(inner),
    },
  ]
}
