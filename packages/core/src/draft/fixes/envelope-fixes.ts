import type { Issue } from '../../issue.ts'
import { draftType } from '../describe-interactive.ts'
import { unwrapMessage } from '../wrapped-interactive.ts'
import type { FixIt } from './fix-it.ts'

/**
 * A whole message pasted where only its interactive object goes (`unwrapMessage`): keep the
 * object inside; the message's own fields stay out, its recipient and sender carried for the
 * send step, and what it leaves out named (as the JSON tab names it for a paste or a file).
 */
export function keepInteractiveObject(draft: unknown, issues: readonly Issue[]): FixIt[] {
  if (draftType(draft) !== undefined) return []
  const message = unwrapMessage(draft)
  if (!message) return []
  const { interactive: inner, to: recipient, sender, leftOut, leftOutWithTo } = message
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
      ...(sender === undefined ? {} : { sender }),
      leftOut,
      leftOutWithTo,
    },
  ]
}
