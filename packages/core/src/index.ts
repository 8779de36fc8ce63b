export type { CatalogueProduct, ProductCatalogue } from './catalogue/product-catalogue.ts'
export type {
  BriqClient,
  ListConversationsQuery,
  ListMessagesQuery,
  ListSendersQuery,
  MarkConversationReadOptions,
} from './client/briq-client.ts'
export {
  BriqError,
  type BriqErrorDetail,
  type BriqErrorInit,
  type BriqErrorKind,
  type BriqErrorOf,
  isBriqError,
} from './client/briq-error.ts'
export type {
  BriqClientOptions,
  FetchLike,
  HeadersInitLike,
  HeadersOption,
  RequestOptions,
  RetryOptions,
} from './client/client-options.ts'
export { createBriqClient, DEFAULT_CLIENT_TIMEOUT_MS } from './client/create-briq-client.ts'
export { type FetchFailure, type FetchFailureKind, readFetchFailure } from './client/fetch-failure.ts'
export { fetchOptionProblem } from './client/fetch-option-problem.ts'
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
  senderListSchema,
  senderSchema,
  sendResultSchema,
} from './client/responses.ts'
export { sameBriqClient } from './client/same-briq-client.ts'
export type { WebPageAnswer } from './client/web-page-answer.ts'
export type { ConfigProblem } from './config-problem.ts'
export { BRIQ_API_KEY_HEADER, BRIQ_API_ORIGIN } from './contract/briq-api-origin.ts'
export { type BriqRoute, routePath } from './contract/briq-route.ts'
export {
  BRIQ_ROUTES,
  type BriqRouteId,
  getConversationRoute,
  getMessageRoute,
  getSenderRoute,
  getTemplateRoute,
  listConversationsRoute,
  listMessagesRoute,
  listSendersRoute,
  listTemplatesRoute,
  markConversationReadRoute,
  markMessageReadRoute,
  sendDocumentRoute,
  sendImageRoute,
  sendInteractiveLegacyRoute,
  sendInteractiveRoute,
  sendMediaLegacyRoute,
  sendMessageRoute,
  sendTemplateLegacyRoute,
  sendTemplateRoute,
  sendTextLegacyRoute,
  sendTextRoute,
  sendVideoRoute,
} from './contract/briq-routes.ts'
export {
  advanceStatus,
  canAdvance,
  type FailedAfterStep,
  failedAfter,
  furthestStep,
  MESSAGE_STATUS_ORDER,
  type MessageStatusStep,
  readMessageStatus,
} from './contract/message-status-order.ts'
export {
  isMockCode,
  isProxyCode,
  MOCK_HOST_NOT_ALLOWED,
  MOCK_ORIGIN_NOT_ALLOWED,
  MOCK_STOPPING,
  PROXY_BAD_REQUEST,
  PROXY_BODY_ALREADY_READ,
  PROXY_CONNECTION_REQUEST_LIMIT,
  PROXY_ERROR,
  PROXY_EXPECTATION_FAILED,
  PROXY_HEADERS_TOO_LARGE,
  PROXY_HOST_NOT_ALLOWED,
  PROXY_METHOD_NOT_ALLOWED,
  PROXY_NOT_CONFIGURED,
  PROXY_NOT_FOUND,
  PROXY_ORIGIN_NOT_ALLOWED,
  PROXY_PAYLOAD_TOO_LARGE,
  PROXY_REQUEST_TIMEOUT,
  PROXY_STOPPING,
  PROXY_UNAUTHORIZED,
  PROXY_UNSUPPORTED_MEDIA_TYPE,
  UPSTREAM_ANSWER_LOST,
  UPSTREAM_REDIRECT,
  UPSTREAM_REDIRECT_FOLLOWED,
  UPSTREAM_RESPONSE_TOO_LARGE,
  UPSTREAM_RESPONSE_UNREADABLE,
  UPSTREAM_TIMEOUT,
  UPSTREAM_UNREACHABLE,
} from './contract/proxy-codes.ts'
export {
  CONVERSATION_STATUS_FILTERS,
  type ConversationStatusFilter,
  MESSAGE_DIRECTIONS,
  type MessageDirection,
} from './contract/query-values.ts'
export { type Shape, type ShapeOutput, type ShapeProblem, shapeProblem } from './contract/shape.ts'
export { shapeSchema } from './contract/shape-schema.ts'
export {
  type BriqErrorEnvelope,
  type BriqFieldError,
  briqErrorEnvelope,
  issueField,
  toBriqErrors,
} from './contract/to-briq-errors.ts'
export {
  signWebhookBody,
  WEBHOOK_SIGNATURE_HEADER,
  WEBHOOK_SIGNATURE_PREFIX,
  webhookMac,
} from './contract/webhook-signature.ts'
export { COUNT_OPTION_WORDS, isCountOption } from './count-option.ts'
export { applyDraftOperation, canApplyDraftOperation, tryDraftOperation } from './draft/apply-draft-operation.ts'
export { createDraft } from './draft/create-draft.ts'
export { describeInteractive, draftType } from './draft/describe-interactive.ts'
export type {
  ChoiceDescription,
  ChoiceKind,
  ChoiceOption,
  DraftNode,
  DraftOption,
  FieldDescription,
  FieldKind,
  FieldsetDescription,
  GroupDescription,
  InteractiveDescription,
  ItemKind,
} from './draft/draft-description.ts'
export { draftFileName } from './draft/draft-file-name.ts'
export {
  coalesceKeyOf,
  createDraftHistory,
  type DraftHistory,
  type DraftHistoryOptions,
  type DraftHistorySnapshot,
  type RecordOptions,
  typedBack,
} from './draft/draft-history.ts'
export { draftJsonText } from './draft/draft-json-text.ts'
export { DRAFT_LABEL_KEYS, type DraftLabelKey } from './draft/draft-label-keys.ts'
export type { DraftOperation, DraftOperationResult, DraftRefusal, DraftRefused } from './draft/draft-operation.ts'
export type { DraftOptions } from './draft/draft-options.ts'
export { type DraftPath, getAt as draftValueAt, samePath } from './draft/draft-path.ts'
export {
  createDraftPersistence,
  type DraftPersistence,
  type DraftPersistenceOptions,
  type DraftStorage,
  type DraftStorageChange,
  type DraftToOpen,
  localDraftStorage,
  type SaveDraftResult,
  type SavedDraft,
  type UnreadableDraft,
  unreadableDraftText,
} from './draft/draft-persistence.ts'
export {
  applyEditorOperation,
  createEditorState,
  type EditorOperation,
  type EditorOperationResult,
  type EditorState,
  type EditorStateOptions,
  idFollowsTitle,
  itemKey,
  tryEditorOperation,
} from './draft/editor-state.ts'
export { fieldRequired } from './draft/field-required.ts'
export { draftFixIts } from './draft/fixes/draft-fix-its.ts'
export { type FixIt, issuesAt } from './draft/fixes/fix-it.ts'
export { followingIdPaths, restoreFollowingIds } from './draft/following-ids.ts'
export { type GroupCounts, groupCounts } from './draft/group-counts.ts'
export {
  type IssueAnchor,
  type IssueAnchorFinder,
  type IssueAnchorKind,
  inFormOrder,
  issueAnchor,
  issueAnchors,
} from './draft/issue-anchor.ts'
export {
  type JsonExpected,
  type JsonSyntaxCause,
  type JsonSyntaxProblem,
  jsonSyntaxCause,
  jsonSyntaxProblem,
} from './draft/json-syntax.ts'
export { type JsonTextResult, readJsonText } from './draft/json-text.ts'
export { keepsAside } from './draft/kept-aside.ts'
export { type MoveStepResult, moveStep, tryMoveStep } from './draft/move-step.ts'
export { isNewDraft } from './draft/new-draft.ts'
export {
  formatDraftJson,
  type JsonSyntaxError,
  type ParseJsonDraftResult,
  parseJsonDraft,
} from './draft/parse-json-draft.ts'
export { pastedMessage } from './draft/pasted-message.ts'
export { type PlainJsonSpaces, plainJsonSpaces } from './draft/plain-json-spaces.ts'
export {
  type AlsoHeldOption,
  type AlsoHeldReason,
  alsoHeldOptions,
  choiceOption,
  chosenOption,
  readChoice,
} from './draft/read-choice.ts'
export { type DraftFile, openDraftFile, type ReadDraftFileResult, readDraftFile } from './draft/read-draft-file.ts'
export {
  readSavedSetAside,
  restoreSetAside,
  type SavedItemKeys,
  type SavedKeys,
  type SavedSetAside,
  savedSetAside,
} from './draft/saved-set-aside.ts'
export type { SetAside } from './draft/set-aside.ts'
export type { IdFollows } from './draft/set-field.ts'
export { STARTER_TEXT, type StarterText, type StarterTextKey } from './draft/starter-text.ts'
export {
  editorFixIts,
  editorValidation,
  fixItsWait,
  restoreUnparsed,
  type SavedText,
  type TextUpdate,
  type UnparsedText,
  unparsedAt,
} from './draft/unparsed-text.ts'
export { leftOutOf, type UnwrappedMessage, unwrapMessage, wrappedRecipient } from './draft/wrapped-interactive.ts'
export { isContactLinkHref } from './formatting/contact-link-href.ts'
export { cutFormatting } from './formatting/cut-formatting.ts'
export type {
  FormattingCode,
  FormattingLineBreak,
  FormattingLink,
  FormattingList,
  FormattingListItem,
  FormattingMono,
  FormattingNode,
  FormattingQuote,
  FormattingStyle,
  FormattingText,
} from './formatting/formatting-node.ts'
export { formattingToText } from './formatting/formatting-to-text.ts'
export { type ParseFormattingOptions, parseFormatting } from './formatting/parse-formatting.ts'
export { type ParseLinksOptions, parseLinks } from './formatting/parse-links.ts'
export { READ_MORE, type ReadMoreOptions, readMoreIndex } from './formatting/read-more.ts'
export {
  INLINE_STYLE_MARKERS,
  type InlineStyle,
  type TextSelection,
  toggleFormatting,
} from './formatting/toggle-formatting.ts'
export { type ByteSize, byteSize } from './i18n/byte-size.ts'
export { afterColon } from './i18n/capitalise.ts'
export { coreIssueMessagesEn } from './i18n/core-issue-messages-en.ts'
export { coreIssueMessagesSw } from './i18n/core-issue-messages-sw.ts'
export { type CoreMessageOverrides, withCoreMessages } from './i18n/core-message-overrides.ts'
export type {
  CoreIssueMessages,
  CoreMessages,
  IssueMessageKey,
  IssueSentence,
  IssueSentences,
  JsonTextReason,
  JsonTextSentences,
  PhoneReason,
  PhoneSentences,
} from './i18n/core-messages.ts'
export { TYPE_NAMES_EN } from './i18n/en/field-names.ts'
export {
  describeField,
  describeRequestFailure,
  describeSendFailure,
  describeSize,
  formatIssue,
} from './i18n/format-issue.ts'
export {
  type CardKind,
  type CountNoun,
  type CountScope,
  ISSUE_REASONS,
  type IssueParams,
  type IssueReason,
  JSON_TEXT_REASONS,
} from './i18n/issue-reason.ts'
export { coreMessagesEn } from './i18n/messages-en.ts'
export { coreMessagesSw } from './i18n/messages-sw.ts'
export { TYPE_NAMES_SW } from './i18n/sw/type-names.ts'
export type { InteractiveReply, InteractiveTapReply } from './interactive-reply.ts'
export type {
  Issue,
  IssueCode,
  IssuePath,
  UnwordedIssue,
  UnwordedValidationResult,
  ValidationResult,
} from './issue.ts'
export { createInteractiveJsonSchema, INTERACTIVE_SCHEMA_ID } from './json-schema/interactive-json-schema.ts'
export type { Limit, LimitKind } from './limits.ts'
export { BRIQ_PHONE_PATTERN, FLOW_MESSAGE_VERSION, LIMITS, UUID_PATTERN } from './limits.ts'
export { knownCountryCodeOf } from './phone/national-number-lengths.ts'
export {
  type NormalizePhoneOptions,
  type NormalizePhoneResult,
  normalizePhone,
} from './phone/normalize-phone.ts'
export {
  parseReplyResponse,
  type ReplyReading,
  type ReplyResponse,
  readReply,
} from './read-reply.ts'
export type { ReadonlyDeep } from './readonly-deep.ts'
export {
  addressOnOneLine,
  addressReply,
  addressReplyBody,
  flowReply,
  type ReplyMessage,
  replyMessage,
} from './reply-message.ts'
export type { AddressInteractive } from './schemas/address.ts'
export type { ButtonInteractive } from './schemas/button.ts'
export type { CallPermissionRequestInteractive, VoiceCallInteractive } from './schemas/calls.ts'
export type { CarouselInteractive, MediaCard, ProductCard } from './schemas/carousel.ts'
export type { CtaUrlInteractive } from './schemas/cta-url.ts'
export type { FlowInteractive } from './schemas/flow.ts'
export { INTERACTIVE_TYPES, type Interactive, type InteractiveType } from './schemas/interactive.ts'
export { createInteractiveSchema, interactiveSchema } from './schemas/interactive-schema.ts'
export { countMark, type LengthMark, lengthMark, lineBreaksMark } from './schemas/length-issue.ts'
export type { ListInteractive, ListRow, ListSection } from './schemas/list.ts'
export type { LocationRequestInteractive } from './schemas/location-request.ts'
export type { DocumentMedia, Media } from './schemas/media.ts'
export {
  allowedHeaderKinds,
  CAROUSEL_CARD_HEADER_KINDS,
  carouselQuickReplyLimit,
  HEADER_KINDS,
  MESSAGE_PARTS,
  type MessageParts,
} from './schemas/message-parts.ts'
export { nullableSendTargetShape } from './schemas/nullable-send-target.ts'
export type { Header, HeaderKind, TextHeader } from './schemas/parts.ts'
export type { CatalogInteractive, ProductInteractive, ProductListInteractive } from './schemas/product.ts'
export {
  CAROUSEL_QUICK_REPLY_MAX_READINGS,
  readCarouselQuickReplyMax,
  type SchemaOptions,
  VALIDATE_OPTION_FLAGS,
} from './schemas/schema-options.ts'
export { createSendInteractiveLegacyRequestSchema } from './schemas/send-interactive-legacy-request.ts'
export { createSendMessageRequestSchema, type SendMessageRequest } from './schemas/send-message-request.ts'
export type { SendInteractiveRequest } from './schemas/send-request.ts'
export { createSendInteractiveRequestSchema, sendInteractiveRequestSchema } from './schemas/send-request-schema.ts'
export { type SendTargetApi, sendTargetCheck } from './schemas/send-target.ts'
export { sendTargetShape } from './schemas/send-target-shape.ts'
export {
  type SendTemplateRequest,
  type SendTextRequest,
  sendTemplateRequestSchema,
  sendTextRequestSchema,
} from './schemas/send-text-template-requests.ts'
export { hasVisibleText, loadableLink } from './schemas/text.ts'
export { validationOptionsProblem } from './schemas/validation-options-problem.ts'
export { type BriqWords, briqWords } from './sending/briq-words.ts'
export {
  type ConversationWindow,
  conversationWindow,
  recipientThread,
} from './sending/conversation-window.ts'
export { forgetSends } from './sending/forget-sends.ts'
export { liftSendHold } from './sending/lift-send-hold.ts'
export { IDLE_STATUS_SNAPSHOT, type MessageStatusSnapshot } from './sending/message-status-snapshot.ts'
export {
  createMessageStatusWatcher,
  type MessageStatusWatcher,
  type MessageStatusWatcherOptions,
} from './sending/message-status-watcher.ts'
export { refusalIssues } from './sending/refusal-issues.ts'
export { REMEMBERED_SEND_MS, rememberedSendsKey, type SendPersistOptions } from './sending/remembered-sends.ts'
export {
  type ProxyFailureReason,
  type RequestFailure,
  type RequestFailureReason,
  type RequestSubject,
  requestFailureReason,
} from './sending/request-failure-reason.ts'
export {
  createSendController,
  type SendCallOptions,
  type SendController,
  type SendControllerOptions,
} from './sending/send-controller.ts'
export { type SendFailure, type SendFailureReason, sendFailureReason } from './sending/send-failure-reason.ts'
export {
  MAX_SEND_HOLD_MS,
  type SendHold,
  type SendHoldAskedBy,
  type SendHoldReason,
  sendHoldSecondsLeft,
} from './sending/send-hold.ts'
export { IDLE_SEND_SNAPSHOT, type SendSnapshot, type SendStatus } from './sending/send-snapshot.ts'
export type { SentBefore } from './sending/sent-before.ts'
export { toBriqError } from './sending/to-briq-error.ts'
export type {
  BriqSnippetOptions,
  ProxySnippetOptions,
  SnippetHeaders,
  SnippetOptions,
  SnippetRequest,
} from './snippets/snippet-options.ts'
export { toCurl } from './snippets/to-curl.ts'
export { toFetchSnippet } from './snippets/to-fetch-snippet.ts'
export {
  countCharacters,
  countLineBreaks,
  keepLineBreaks,
  lineBreakOverflowIndex,
  nextLineBreak,
  overflowIndex,
} from './text-length.ts'
export { isTimeoutMs, MAX_TIMER_MS, TIMEOUT_MS_WORDS } from './timer-limit.ts'
export { MAX_ISSUES } from './validation/capped-issues.ts'
export { createStepValidator } from './validation/create-step-validator.ts'
export { describePath } from './validation/describe-path.ts'
export { type ValidateOptions, validateInteractive } from './validation/validate-interactive.ts'
export { validateInteractiveUnworded } from './validation/validate-interactive-unworded.ts'
export { validateRequest } from './validation/validate-request.ts'
export { validateSendRequest } from './validation/validate-send-request.ts'
