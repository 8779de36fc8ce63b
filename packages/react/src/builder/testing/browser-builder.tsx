/// <reference types="vite/client" />
import '../../styles.css'
import { cleanup, type RenderResult, render } from '@testing-library/react'
import { afterEach } from 'vitest'
import { InteractiveBuilder, type InteractiveBuilderProps } from '../interactive-builder.tsx'

afterEach(cleanup)

/** Renders the preset builder with the package CSS in a 560 px wide host, as an admin side panel would. */
export function renderBuilder(props: InteractiveBuilderProps = {}): RenderResult & { root: HTMLElement } {
  const view = render(
    <div style={{ width: 560, padding: 16, background: '#e4e6eb' }} data-testid="host">
      <InteractiveBuilder theme="light" {...props} />
    </div>,
  )
  const root = view.container.querySelector('.bi-builder')
  if (!(root instanceof HTMLElement)) throw new Error('InteractiveBuilder rendered no .bi-builder')
  return { root, ...view }
}
