import { draftType } from './describe-interactive.ts'

const twoDigits = (value: number): string => String(value).padStart(2, '0')

/**
 * The name a downloaded draft is saved under: its type and the local date and time to the
 * minute, `interactive-list-2026-12-06-0930.json` (`interactive-draft-…` before a type is
 * chosen). Only a known type's API name goes in, so the name holds no character a file system
 * refuses, and drafts saved one after another sort by when they were saved.
 */
export function draftFileName(draft: unknown, at: Date): string {
  const date = `${at.getFullYear()}-${twoDigits(at.getMonth() + 1)}-${twoDigits(at.getDate())}`
  const time = `${twoDigits(at.getHours())}${twoDigits(at.getMinutes())}`
  return `interactive-${draftType(draft) ?? 'draft'}-${date}-${time}.json`
}
