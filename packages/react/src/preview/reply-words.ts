import type { InteractiveReply } from '@briq-interactive/core'
import type { Translate } from '../i18n/messages.ts'

/** What a reply says in words: its text, a list row's description, and a tap's id. */
export interface ReplyWords {
  /** The tapped title, or what the customer did ("Shared a location: Kariakoo Market"). */
  text: string
  /** The chosen list row's description, when it has one. */
  description?: string | undefined
  /** The id of the tapped button, quick reply or row; undefined for other answers. */
  id?: string | undefined
}

/**
 * Words for any answer a customer sends back (Meta, Cloud API webhooks reference, messages):
 * a tap shows its title, a location its name, address or coordinates, a call permission answer
 * whether calls are allowed, and an `nfm_reply` a completed flow or a submitted address.
 */
export function replyWords(reply: InteractiveReply, t: Translate): ReplyWords {
  switch (reply.type) {
    case 'button_reply':
      return { text: reply.button_reply.title, id: reply.button_reply.id }
    case 'list_reply':
      return { text: reply.list_reply.title, description: reply.list_reply.description, id: reply.list_reply.id }
    case 'location': {
      const { name, address, latitude, longitude } = reply.location
      return { text: t('preview.reply.location', { place: name || address || `${latitude}, ${longitude}` }) }
    }
    case 'call_permission_reply':
      return {
        text: t(
          reply.call_permission_reply.response === 'accept'
            ? 'preview.reply.callsAllowed'
            : 'preview.reply.callsDeclined',
        ),
      }
    case 'nfm_reply': {
      const { name, body } = reply.nfm_reply
      // Meta, Address messages guide: an address comes back as an nfm_reply named address_message
      // whose body is the address in words; any other name is a flow.
      if (name !== 'address_message') return { text: t('preview.reply.flowCompleted') }
      return { text: body ? t('preview.reply.addressSentAs', { address: body }) : t('preview.reply.addressSent') }
    }
  }
}
