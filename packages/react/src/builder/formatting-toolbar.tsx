import type { InlineStyle } from '@briq-interactive/core'
import { type KeyboardEvent, memo, useState } from 'react'
import type { BuilderKey, BuilderTranslate } from '../i18n/messages.ts'
import { langIfOther, ownLang } from '../i18n/own-lang.tsx'

/** The toolbar's buttons: style, name, the glyph shown, and the shortcut (WhatsApp Web's). */
export const FORMATTING_BUTTONS: readonly {
  style: InlineStyle
  name: BuilderKey
  glyph: string
  keys: string
}[] = [
  { style: 'bold', name: 'builder.format.bold', glyph: 'B', keys: 'Control+B Meta+B' },
  { style: 'italic', name: 'builder.format.italic', glyph: 'I', keys: 'Control+I Meta+I' },
  { style: 'strike', name: 'builder.format.strike', glyph: 'S', keys: 'Control+Shift+X Meta+Shift+X' },
  { style: 'mono', name: 'builder.format.mono', glyph: '</>', keys: 'Control+Shift+M Meta+Shift+M' },
]

/** The style a key press asks for in a formatted text (Ctrl/Cmd+B, +I, +Shift+X, +Shift+M), if any. */
export function shortcutStyle(event: KeyboardEvent): InlineStyle | undefined {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return undefined
  const key = event.key.toLowerCase()
  if (!event.shiftKey && key === 'b') return 'bold'
  if (!event.shiftKey && key === 'i') return 'italic'
  if (event.shiftKey && key === 'x') return 'strike'
  if (event.shiftKey && key === 'm') return 'mono'
  return undefined
}

interface FormattingToolbarProps {
  /** "Text style" (a host's own words may name the field: `{field}`). */
  label: string
  /** The language `label` is worded in, and the builder's around it (`lang` of `BuilderControls`). */
  labelLang: string
  around: string
  /** The id of the text area it formats. */
  controls: string
  onToggle(style: InlineStyle): void
  t: BuilderTranslate
}

/**
 * WhatsApp's formatting for a text area: bold, italic, strikethrough, monospace. One tab stop,
 * arrow keys move between the buttons (WAI-ARIA toolbar pattern); pressing a button keeps the
 * text area's selection, which core's `toggleFormatting` wraps or unwraps.
 */
export const FormattingToolbar = memo(function FormattingToolbar({
  label,
  labelLang,
  around,
  controls,
  onToggle,
  t,
}: FormattingToolbarProps) {
  const [active, setActive] = useState(0)
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = FORMATTING_BUTTONS.length - 1
    const next =
      event.key === 'ArrowRight'
        ? active === last
          ? 0
          : active + 1
        : event.key === 'ArrowLeft'
          ? active === 0
            ? last
            : active - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : undefined
    if (next === undefined) return
    event.preventDefault()
    setActive(next)
    event.currentTarget.querySelectorAll<HTMLButtonElement>('button')[next]?.focus()
  }
  return (
    <div
      className="bi-builder-toolbar"
      role="toolbar"
      aria-label={label}
      // A name can only be marked on its element: the buttons say theirs against it.
      lang={langIfOther(labelLang, around)}
      aria-controls={controls}
      onKeyDown={onKeyDown}
    >
      {FORMATTING_BUTTONS.map((button, index) => (
        <button
          key={button.style}
          type="button"
          className="bi-builder-toolbar-button"
          data-style={button.style}
          tabIndex={index === active ? 0 : -1}
          title={t(button.name)}
          lang={ownLang(t, button.name, labelLang)}
          aria-keyshortcuts={button.keys}
          onMouseDown={(event) => event.preventDefault()}
          onFocus={() => setActive(index)}
          onClick={() => onToggle(button.style)}
        >
          {/* Drawn by CSS, not text: Chromium exposes a title equal to the button's text as no
              description, and an aria-hidden glyph still counts in that text ("B" + "Bold"). */}
          <span className="bi-builder-toolbar-glyph" aria-hidden="true" data-glyph={button.glyph} />
          <span className="bi-builder-sr">{t(button.name)}</span>
        </button>
      ))}
    </div>
  )
})
