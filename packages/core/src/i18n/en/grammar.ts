import { byteSize } from '../byte-size.ts'
import type { CoreMessages } from '../core-messages.ts'
import { waitParts } from '../wait-parts.ts'
/** A count with its noun, plural unless the count is 1: "1 character", "3 quick-reply buttons". */
export const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`

/** A wait of whole seconds as people say it, rounded up: "45 seconds", "5 minutes", "2 hours 5 minutes". */
export function waitEn(seconds: number): string {
  const parts = waitParts(seconds)
  if ('seconds' in parts) return plural(parts.seconds, 'second')
  if (!('hours' in parts)) return plural(parts.minutes, 'minute')
  return parts.minutes === 0
    ? plural(parts.hours, 'hour')
    : `${plural(parts.hours, 'hour')} ${plural(parts.minutes, 'minute')}`
}

// Pure: a bundle that never words a size (the validators, the client) drops it.
const sizeNumbers = /* @__PURE__ */ new Intl.NumberFormat('en', { maximumFractionDigits: 1 })
/** A size in bytes as people read it: "256 KB", "1.5 MB", "5,120 MB". */
export const sizeEn: CoreMessages['size'] = (bytes) => {
  const { amount, unit } = byteSize(bytes)
  return `${sizeNumbers.format(amount)} ${unit}`
}
