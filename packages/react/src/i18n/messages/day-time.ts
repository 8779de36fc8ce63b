import type { Wording } from './message.ts'

/** A moment as the send dialog's window and the builder's draft conflict word it, as [English, Swahili]. */
export const dayTimeMessages = {
  // A moment (formatDayTime): {time} is on the locale tag's clock: HH:MM in 24 hours, as Swahili
  // writes it after "saa" (sw, sw-TZ), or 3:53 PM on a 12-hour one (en-US).
  'time.today': ['{time} today', 'leo saa {time}'],
  'time.tomorrow': ['{time} tomorrow', 'kesho saa {time}'],
  'time.otherDay': ['{day}, {time}', '{day} saa {time}'],
} as const satisfies Record<string, Wording>
