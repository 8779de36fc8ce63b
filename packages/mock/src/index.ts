export type { MockClock } from './clock/clock.ts'
export { createManualClock, createRealClock, DEFAULT_MANUAL_START } from './clock/clock.ts'
export type { BriqMock } from './create-briq-mock.ts'
export { createBriqMock } from './create-briq-mock.ts'
export type { FaultConfig } from './faults/fault-config.ts'
export type { ScenarioDefinition, ScenarioName } from './faults/scenarios.ts'
export { SCENARIO_NAMES, SCENARIOS } from './faults/scenarios.ts'
export { FIXTURE_CATALOGUE } from './fixtures/fixture-catalogue.ts'
export { FIXTURE_IDS, FIXTURE_PHONES } from './fixtures/fixture-ids.ts'
export type { ApiErrorItem } from './http/api-error.ts'
export { ApiError } from './http/api-error.ts'
export type { SendResult } from './operations/accept-send.ts'
export type { OpenWindowOptions } from './operations/open-window.ts'
export { REPLY_ANSWERS, type ReplyAnswer } from './operations/reply-answers.ts'
export type { MockStateSnapshot, StateSnapshotOptions } from './operations/state-snapshot.ts'
export type { BriqMockOptions } from './options.ts'
export {
  DEFAULT_API_KEY,
  DEFAULT_MAX_MESSAGES,
  DEFAULT_MAX_STORE_BYTES,
  DEFAULT_MOCK_PORT,
  DEFAULT_NO_WORKSPACE_KEY,
} from './options.ts'
export { MOCK_CONTROL_PATHS } from './routes/control-paths.ts'
export type { SenderRecord, TemplateRecord, TemplateStatus } from './store/records.ts'
export type { StatusSchedule } from './store/status-schedule.ts'
export { DEFAULT_STATUS_SCHEDULE } from './store/status-schedule.ts'
export type { ConversationView } from './views/conversation-view.ts'
export type { MessageDetailView, MessageItemView } from './views/message-views.ts'
export {
  DEFAULT_WEBHOOK_APP_ID,
  MAX_WAITING_DELIVERIES,
  type MockWebhookOptions,
  type WebhookFailure,
} from './webhooks/webhook-sender.ts'
