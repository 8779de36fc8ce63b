import { equalData } from './equal-data.ts'
import type { DraftMessage } from './normalize.ts'

/**
 * `next` with each part equal in content to `previous`'s taken from `previous`, so the parts a
 * change did not touch keep their objects and their memoised views skip re-rendering: typing in
 * the body leaves the header, the buttons, the list's sections and the cards as they were.
 */
export function shareDraft(next: DraftMessage, previous: DraftMessage | undefined): DraftMessage {
  if (previous === undefined || previous === next) return next
  const keep = <K extends keyof DraftMessage>(key: K): DraftMessage[K] =>
    equalData(next[key], previous[key]) ? previous[key] : next[key]
  const shared: DraftMessage = {
    ...next,
    header: keep('header'),
    body: keep('body'),
    footer: keep('footer'),
    actions: keep('actions'),
    sections: keep('sections'),
    cards: keep('cards'),
    productIds: keep('productIds'),
  }
  return (Object.keys(shared) as (keyof DraftMessage)[]).every((key) => shared[key] === previous[key])
    ? previous
    : shared
}
