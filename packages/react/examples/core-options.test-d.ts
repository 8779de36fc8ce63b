import type * as Core from '@briq-interactive/core'
import type * as CoreNode from '@briq-interactive/core/node'
import type * as CoreServer from '@briq-interactive/core/server'
import type { Each } from './refuses-undefined.ts'

// The app of this folder (exactOptionalPropertyTypes on) also passes core's options and queries
// its own optional values as they are: every optional key of every options, query and init type
// core exports takes `undefined` (core's own examples show the calls).
type Exported = [
  Core.BriqClientOptions,
  Core.BriqErrorInit,
  Core.BriqSnippetOptions,
  Core.DraftHistoryOptions,
  Core.DraftOptions,
  Core.DraftPersistenceOptions<unknown>,
  Core.ListConversationsQuery,
  Core.ListMessagesQuery,
  Core.ListSendersQuery,
  Core.MarkConversationReadOptions,
  Core.MessageStatusWatcherOptions,
  Core.NormalizePhoneOptions,
  Core.ProxySnippetOptions,
  Core.RecordOptions,
  Core.RequestOptions,
  Core.RetryOptions,
  Core.SchemaOptions,
  Core.SendCallOptions,
  Core.SendControllerOptions,
  Core.SnippetOptions,
  Core.ValidateOptions,
  CoreNode.NodeRequestOptions,
  CoreServer.MatchRouteOptions,
]

/** The optional keys, of any options, query or init type core exports, that refuse `undefined`: none. */
export const refusing: [Each<Exported>] extends [never] ? true : Each<Exported> = true
