import type { MessageStatusStep } from '@briq-interactive/core'
import type { ReactNode, SVGProps } from 'react'
import { withClassName } from '../dom/with-class-name.ts'

/** The glyphs the preview draws. All original, 24×24 viewBox, stroked in `currentColor`. */
export type IconName =
  | 'reply'
  | 'external'
  | 'list'
  | 'pin'
  | 'phone'
  | 'flow'
  | 'play'
  | 'document'
  | 'close'
  | 'send'
  | 'bag'
  | 'catalog'
  | 'address'
  | 'image'
  | 'chevron'

const paths: Record<IconName, ReactNode> = {
  reply: <path d="M10 6 4 12l6 6M4.5 12H14a6 6 0 0 1 6 6v1" />,
  external: (
    <path d="M14 4h6v6M20 4l-9 9M18 14v4.5A1.5 1.5 0 0 1 16.5 20h-11A1.5 1.5 0 0 1 4 18.5v-11A1.5 1.5 0 0 1 5.5 6H10" />
  ),
  list: <path d="M9 6h11M9 12h11M9 18h11M4.5 6h.01M4.5 12h.01M4.5 18h.01" />,
  pin: (
    <>
      <path d="M12 21s-6.5-5.8-6.5-11a6.5 6.5 0 0 1 13 0c0 5.2-6.5 11-6.5 11Z" />
      <circle cx="12" cy="10" r="2.4" />
    </>
  ),
  phone: (
    <path d="M6.6 3.5h2.6l1.4 4.2-2 1.4a11 11 0 0 0 6.3 6.3l1.4-2 4.2 1.4v2.6a2 2 0 0 1-2.2 2A16.5 16.5 0 0 1 4.6 5.7a2 2 0 0 1 2-2.2Z" />
  ),
  flow: (
    <>
      <rect x="4" y="3.5" width="16" height="17" rx="2" />
      <path d="M8 8.5h8M8 12.5h8M8 16.5h4" />
    </>
  ),
  play: <path d="M9 6.5v11l9-5.5-9-5.5Z" fill="currentColor" stroke="none" />,
  document: (
    <>
      <path d="M14 3H7a1.5 1.5 0 0 0-1.5 1.5v15A1.5 1.5 0 0 0 7 21h10a1.5 1.5 0 0 0 1.5-1.5V7.5L14 3Z" />
      <path d="M14 3v4.5h4.5" />
    </>
  ),
  close: <path d="M6 6l12 12M18 6 6 18" />,
  send: <path d="M4 20 21 12 4 4l2.5 8L4 20Zm2.5-8H13" />,
  bag: (
    <>
      <path d="M5 8h14l-1 12H6L5 8Z" />
      <path d="M9 10V7a3 3 0 0 1 6 0v3" />
    </>
  ),
  catalog: (
    <>
      <path d="M4 9.5 5.5 4h13L20 9.5a2.7 2.7 0 0 1-5.3 0 2.7 2.7 0 0 1-5.4 0 2.7 2.7 0 0 1-5.3 0Z" />
      <path d="M5.5 12v8h13v-8M10 20v-4.5h4V20" />
    </>
  ),
  address: (
    <>
      <path d="M4 11 12 4l8 7M6 9.5V20h12V9.5" />
      <path d="M10 20v-5h4v5" />
    </>
  ),
  chevron: <path d="m9.5 5.5 6.5 6.5-6.5 6.5" />,
  image: (
    <>
      <rect x="3.5" y="5" width="17" height="14" rx="2" />
      <circle cx="9" cy="10" r="1.6" />
      <path d="m4 17 5-4.5 4 3.5 3-2.5 4 3.5" />
    </>
  ),
}

/** Props of `Icon`. */
export interface IconProps extends SVGProps<SVGSVGElement> {
  name: IconName
}

/** A decorative glyph; hidden from assistive technology (labels carry the meaning). */
export function Icon({ name, className, ...rest }: IconProps): ReactNode {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      className={withClassName('bi-icon', className)}
      data-icon={name}
      {...rest}
    >
      {paths[name]}
    </svg>
  )
}

/** A status WhatsApp draws ticks for: every step of core's `MESSAGE_STATUS_ORDER` after `pending`. */
export type TickState = Exclude<MessageStatusStep, 'pending'>

/** WhatsApp-style message ticks: one for sent, two for delivered and read. */
export function Ticks({ state }: { state: TickState }): ReactNode {
  return (
    <svg
      viewBox={state === 'sent' ? '0 0 12 11' : '0 0 16 11'}
      className="bi-ticks"
      data-state={state}
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.5}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M1 6l3 3 6.5-7.5" />
      {state === 'sent' ? null : <path className="bi-ticks-second" d="M7.5 8.6 8 9l6.5-7.5" />}
    </svg>
  )
}
