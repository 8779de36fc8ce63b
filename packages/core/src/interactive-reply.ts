/**
 * What a customer sends back when answering an interactive message, in Meta's inbound webhook
 * shape (Meta, Cloud API webhooks reference, messages: interactive and location).
 * The preview's `onReply`, the mock's `simulateReply` and the `content` of a paired inbound
 * message on Briq's Get message status all use this one shape. A tap in the preview is only ever
 * a `button_reply` or a `list_reply`; the other answers come from a real (or mock) customer.
 * `readReply` says what an answer means.
 */
export type InteractiveReply =
  | {
      type: 'button_reply'
      /** The `id` and `title` of the tapped reply button (or carousel quick reply). */
      button_reply: { id: string; title: string }
    }
  | {
      type: 'list_reply'
      /** The chosen row; `description` only when the row had one. */
      list_reply: { id: string; title: string; description?: string }
    }
  | {
      type: 'location'
      /**
       * The location the customer shared, answering a `location_request_message` (Meta, Location
       * request messages guide): a `location` message, not an interactive one.
       */
      location: {
        /** Degrees north (negative: south). */
        latitude: number
        /** Degrees east (negative: west). */
        longitude: number
        /** The place's name, when the customer picked a named place. */
        name?: string
        /** The place's address, when WhatsApp knows one. */
        address?: string
      }
    }
  | {
      type: 'call_permission_reply'
      /** The customer's answer to a `call_permission_request` (Meta, User call permissions guide). */
      call_permission_reply: {
        /** `accept`: the business may call; `reject`: it may not. */
        response: 'accept' | 'reject'
        /** `true` when the customer allowed calls for good rather than for a while. */
        is_permanent?: boolean
        /** When a temporary permission ends (Unix seconds); only on an accepted, temporary one. */
        expiration_timestamp?: number
        /** `user_action` when the customer tapped; `automatic` when WhatsApp answered for them. */
        response_source?: string
      }
    }
  | {
      type: 'nfm_reply'
      /**
       * A completed flow (`name: "flow"`, Meta, Receive a Flow response guide) or a submitted
       * address (`name: "address_message"`, Meta, Address messages guide).
       */
      nfm_reply: {
        /** `flow` for a flow, `address_message` for an address. */
        name: string
        /** What the customer's chat shows: `Sent` for a flow, the address for an address. */
        body?: string
        /**
         * The submitted values as a JSON string (a flow's includes its `flow_token`), exactly as
         * received; `readReply` hands it back parsed, and says so when it is broken.
         */
        response_json: string
      }
    }

/** A tap on a reply button, carousel quick reply or list row: what the preview's `onReply` reports. */
export type InteractiveTapReply = Extract<InteractiveReply, { type: 'button_reply' | 'list_reply' }>
