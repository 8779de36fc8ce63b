import { DEFAULT_API_KEY, FIXTURE_PHONES } from '@briq-interactive/mock'
import { BriqProvider } from '../../provider/briq-provider.tsx'
import { SendInteractiveDialog, type SendInteractiveDialogProps } from '../send-interactive-dialog.tsx'

/**
 * The send dialog open on the mock's customer whose window is open, polling statuses every 20 ms,
 * over real fetch to the msw handlers `startMockServer` serves.
 */
export function DialogOverMock(
  props: Pick<SendInteractiveDialogProps, 'interactive' | 'locale' | 'onSent' | 'messageLang'>,
) {
  return (
    <BriqProvider endpoint="http://localhost/api/briq" headers={{ 'X-API-Key': DEFAULT_API_KEY }}>
      <SendInteractiveDialog defaultOpen defaultTo={FIXTURE_PHONES.open} pollIntervalMs={20} {...props} />
    </BriqProvider>
  )
}
