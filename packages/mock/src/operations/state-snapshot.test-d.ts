import { expectTypeOf } from 'vitest'
import {
  type BriqMock,
  createBriqMock,
  type MockStateSnapshot,
  type SenderRecord,
  type TemplateRecord,
  type TemplateStatus,
} from '../index.ts'

// A test reading the mock's state names the records it holds, e.g. in a helper of its own.
const mock: BriqMock = createBriqMock()
const state: MockStateSnapshot = mock.state()
expectTypeOf(state.senders).toEqualTypeOf<SenderRecord[]>()
expectTypeOf(state.templates).toEqualTypeOf<TemplateRecord[]>()
expectTypeOf<TemplateRecord['status']>().toEqualTypeOf<TemplateStatus>()

const defaultSender = (senders: SenderRecord[]): string | undefined =>
  senders.find((s) => s.is_default)?.phone_number_id
expectTypeOf(defaultSender(state.senders)).toEqualTypeOf<string | undefined>()
const approved = (templates: TemplateRecord[]) => templates.filter((t) => t.status === 'APPROVED')
expectTypeOf(approved(state.templates)).toEqualTypeOf<TemplateRecord[]>()
