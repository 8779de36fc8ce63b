import type { Issue } from '../../issue.ts'
import { draftType } from '../describe-interactive.ts'
import { wrappedInteractive, wrappedRecipient } from '../wrapped-interactive.ts'
import type { FixIt } from './fix-it.ts'

/**
 * A whole message pasted where only its interactive object goes (`wrappedInteractive`): keep
 * the object inside; the message's own fields stay out.
 */
export function keepInteractiveObject(draft: unknown, issues: readonly Issue[]): FixIt[] {
  if (draftType(draft) !== undefined) return []
  const inner = wrappedInteractive(draft)
  if (!inner) return []
  const recipient = wrappedRecipient(draft)
  return [
    {
      id: 'use-interactive',
      labelKey: 'fix.useInteractive',
      params: {},
      paths: [['type']],
      // The envelope's own complaints: its type, its fields WhatsApp's object does not take.
      issues: issues.filter((issue) => issue.path.length <= 1),
      apply: () => structuredClone(inner),
      ...(recipient === undefined ? {} : { recipient }),
    },
  ]
}
