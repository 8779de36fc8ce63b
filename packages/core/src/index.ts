export { interactiveReplyFromContent } from './client/interactive-reply-from-content.ts'
export type {
  BriqApiError,
  BriqEnvelope,
  Conversation,
  ConversationPage,
  ConversationReadResult,
  InboundMessage,
  MessageDetail,
  MessageListItem,
  MessagePage,
  MessageReadReceipt,
  MessageStatus,
  MessageStatusValue,
  Sender,
  SendResult,
} from './client/responses.ts'
export {
  briqApiErrorSchema,
  briqEnvelopeSchema,
  conversationPageSchema,
  conversationReadResultSchema,
  conversationSchema,
  inboundMessageSchema,
  messageDetailSchema,
  messageListItemSchema,
  messagePageSchema,
  messageReadReceiptSchema,
  messageStatusSchema,
  pageSchema,
  senderSchema,
  sendResultSchema,
} from './client/responses.ts'
export type { InteractiveReply } from './interactive-reply.ts'
export type { Issue, IssueCode, IssuePath, ValidationResult } from './issue.ts'
export type { Limit } from './limits.ts'
export { BRIQ_PHONE_PATTERN, FLOW_MESSAGE_VERSION, LIMITS } from './limits.ts'
export { countCharacters, overflowIndex } from './text-length.ts'
