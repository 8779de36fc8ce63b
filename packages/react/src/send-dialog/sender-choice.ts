import type { Sender } from '@briq-interactive/core'
import { isolateDirection } from '../preview/text-direction.ts'

/** The active ones of the senders read (`listSenders`); `undefined` while none have been read. */
export const activeSenders = (senders: readonly Sender[] | undefined): Sender[] | undefined =>
  senders?.filter((candidate) => candidate.is_active)

/**
 * Whether "Send from" is offered for these active senders: with one, Briq sends from it, so there
 * is nothing to choose and no field shows a sender.
 */
export const offersSenderChoice = (active: readonly Sender[]): boolean => active.length >= 2

/**
 * A sender as "Send from" names it: its label and number, with the separator of the dialog's
 * language between them (`punctuation.separator`), or its number alone.
 */
export const senderName = (sender: Sender, separator: string): string =>
  sender.label ? `${isolateDirection(sender.label)}${separator}+${sender.display_number}` : `+${sender.display_number}`
