import type { CSSProperties } from 'react'

/** A host's theme: the `--bi-*` values it sets on its own wrapper, its page colours and the kit's theme. */
export interface HostTheme {
  /** What the story calls it. */
  name: string
  /** The `theme` the host gives the kit's parts. */
  kitTheme: 'light' | 'dark'
  /** The host page's own background and text (not the kit's). */
  page: { background: string; color: string }
  /** The variables on the wrapper: a handful for the chrome, a few more where the host wants the chat restyled. */
  tokens: Record<`--bi-${string}`, string>
}

/** A shop's back office in its brand purple, light. Only the kit's chrome changes; the chat stays WhatsApp's. */
export const brandTheme: HostTheme = {
  name: 'Brand colours',
  kitTheme: 'light',
  page: { background: '#faf5ff', color: '#2e1065' },
  tokens: {
    '--bi-font-family': 'system-ui, "Segoe UI", Roboto, sans-serif',
    '--bi-primary': '#5b21b6',
    '--bi-on-primary': '#ffffff',
    '--bi-focus': '#7c3aed',
    '--bi-link': '#6d28d9',
    '--bi-surface-muted': '#f5f3ff',
    '--bi-field-border': '#6b5b95',
    '--bi-radius': '4px',
    '--bi-control-radius': '6px',
    '--bi-surface-radius': '16px',
    '--bi-backdrop': 'rgba(46, 16, 101, 0.5)',
  },
}

/** A dark admin in slate: surfaces, fields and the chat's wallpaper and bubbles in its palette. */
export const darkAdminTheme: HostTheme = {
  name: 'Dark admin',
  kitTheme: 'dark',
  page: { background: '#020617', color: '#e2e8f0' },
  tokens: {
    '--bi-text': '#e2e8f0',
    '--bi-text-secondary': '#94a3b8',
    '--bi-surface': '#0f172a',
    '--bi-surface-muted': '#1e293b',
    '--bi-field-bg': '#020617',
    '--bi-field-border': '#64748b',
    '--bi-divider': '#334155',
    '--bi-primary': '#38bdf8',
    '--bi-on-primary': '#082f49',
    '--bi-focus': '#7dd3fc',
    '--bi-backdrop': 'rgba(2, 6, 23, 0.8)',
    '--bi-error': '#fca5a5',
    '--bi-error-bg': '#450a0a',
    '--bi-success': '#86efac',
    '--bi-success-bg': '#052e16',
    '--bi-wallpaper-bg': '#0b1220',
    '--bi-wallpaper-doodle': 'rgba(148, 163, 184, 0.1)',
    '--bi-bubble-in-bg': '#1e293b',
    '--bi-sheet-bg': '#0f172a',
  },
}

/** High contrast: black on white, solid 2px outlines instead of shadows, no wallpaper. */
export const highContrastTheme: HostTheme = {
  name: 'High contrast',
  kitTheme: 'light',
  page: { background: '#ffffff', color: '#000000' },
  tokens: {
    '--bi-text': '#000000',
    '--bi-text-secondary': '#000000',
    '--bi-link': '#0000ee',
    '--bi-button-text': '#00007a',
    '--bi-surface': '#ffffff',
    '--bi-surface-muted': '#ffffff',
    '--bi-surface-shadow': '0 0 0 2px #000000',
    '--bi-field-bg': '#ffffff',
    '--bi-field-border': '#000000',
    '--bi-divider': '#000000',
    '--bi-primary': '#000000',
    '--bi-on-primary': '#ffffff',
    '--bi-focus': '#0000ee',
    '--bi-backdrop': 'rgba(0, 0, 0, 0.85)',
    '--bi-error': '#a00000',
    '--bi-error-bg': '#ffffff',
    '--bi-warning': '#5c3b00',
    '--bi-warning-bg': '#ffffff',
    '--bi-success': '#004d1a',
    '--bi-success-bg': '#ffffff',
    '--bi-wallpaper-bg': '#ffffff',
    '--bi-wallpaper-doodle': 'transparent',
    '--bi-bubble-in-bg': '#ffffff',
    '--bi-bubble-out-bg': '#ffffff',
    '--bi-bubble-shadow': '0 0 0 2px #000000',
    '--bi-tail-shadow': '#000000',
    '--bi-section-title': '#000000',
    '--bi-accent': '#000000',
    '--bi-on-accent': '#ffffff',
    '--bi-radio-ring': '#000000',
    '--bi-tick-grey': '#000000',
    '--bi-tick-read': '#0000ee',
    '--bi-quote-bar': '#000000',
    '--bi-quote-author': '#000000',
  },
}

/** The wrapper's inline style: the host's page colours and its tokens. */
export function wrapperStyle(theme: HostTheme): CSSProperties {
  return { ...theme.page, ...theme.tokens, padding: 16, display: 'grid', gap: 16, justifyItems: 'start' }
}
