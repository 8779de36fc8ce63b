import { DEFAULT_API_KEY } from '@briq-interactive/mock'
import { render } from '@testing-library/react'
import { BriqProvider } from '../../provider/briq-provider.tsx'
import { InteractiveComposer, type InteractiveComposerProps } from '../interactive-composer.tsx'

/**
 * Renders the composer, polling statuses every 20 ms, over real fetch to the msw handlers
 * `startMockServer` serves.
 */
export function renderComposerOverMock(props: Partial<InteractiveComposerProps> = {}) {
  return render(
    <BriqProvider endpoint="http://localhost/api/briq" headers={{ 'X-API-Key': DEFAULT_API_KEY }}>
      <InteractiveComposer pollIntervalMs={20} {...props} />
    </BriqProvider>,
  )
}
