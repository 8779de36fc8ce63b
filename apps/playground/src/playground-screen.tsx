import {
  forgetSends,
  type InteractiveTapReply,
  rememberedSendsKey,
  type SendInteractiveRequest,
  type SendResult,
  type ValidateOptions,
} from '@briq-interactive/core'
import { INTERACTIVE_EXAMPLES } from '@briq-interactive/fixtures'
import {
  type ComposerReplyContext,
  InteractiveComposer,
  type SendRequestBody,
  useBriqClient,
} from '@briq-interactive/react'
import { useCallback, useEffect, useId, useMemo, useState } from 'react'
import type { AppProps } from './app.tsx'
import { type PlaygroundTheme, SettingsBar } from './components/settings-bar.tsx'
import { SnippetPanel } from './components/snippet-panel.tsx'
import { keepTheme, startingTheme } from './components/starting-theme.ts'
import { useRewording } from './components/use-rewording.ts'
import { DEFAULT_EXAMPLE_TYPE, DEFAULT_RECIPIENT, DRAFT_KEY } from './examples/playground-defaults.ts'
import { keepLocale } from './i18n/starting-locale.ts'
import { createTranslator, type PlaygroundLocale, TranslateContext } from './i18n/translator.ts'
import { createMockControls } from './mock/mock-controls.ts'
import { MockPanel } from './mock/mock-panel.tsx'
import { pageStorage } from './page-storage.ts'
import { ValidationPanel } from './validation/validation-panel.tsx'

/** How often the in-page mock is asked for the status: it runs in the page, so asking costs nothing. */
const MOCK_POLL_INTERVAL_MS = 600

/** Props of `PlaygroundScreen`: the app's, and the validation options it holds. */
export interface PlaygroundScreenProps extends AppProps {
  validation: ValidateOptions
  onValidationSwitch(options: ValidateOptions): void
}

/**
 * The playground: a thin host of the kit. The page around `InteractiveComposer` (builder,
 * preview and send, the draft kept across reloads), the mock's controls in mock mode, and the
 * request as code. It owns no copy of a kit part.
 */
export function PlaygroundScreen({
  connection,
  pollIntervalMs,
  initialLocale = 'en',
  mockError,
  mockErrorCause = 'address',
  catalogue,
  validation,
  onValidationSwitch,
}: PlaygroundScreenProps) {
  const [locale, setLocale] = useState<PlaygroundLocale>(initialLocale)
  // A reload opens in the language chosen (main.tsx reads it back with startingLocale).
  const chooseLocale = useCallback((next: PlaygroundLocale) => {
    setLocale(next)
    keepLocale(pageStorage(), next)
  }, [])
  // Kept like the language: a reload opens in the theme chosen.
  const [theme, setTheme] = useState<PlaygroundTheme>(() => startingTheme(pageStorage()))
  const chooseTheme = useCallback((next: PlaygroundTheme) => {
    setTheme(next)
    keepTheme(pageStorage(), next)
  }, [])
  const t = useMemo(() => createTranslator(locale), [locale])
  const rewording = useRewording(locale)
  // The tab's title and the page's language follow the chosen language (screen readers,
  // spell checkers and hyphenation read the document's lang).
  useEffect(() => {
    document.title = t('appTitle')
    document.documentElement.lang = locale
  }, [t, locale])
  // The request the composer's Send would send (one builder of it: the kit's), for the snippets.
  const [request, setRequest] = useState<SendRequestBody | undefined>(undefined)
  const [to, setTo] = useState(DEFAULT_RECIPIENT)
  const [controls] = useState(() => (connection.mode === 'mock' ? createMockControls(connection.endpoint) : undefined))
  const [replyError, setReplyError] = useState<unknown>(undefined)
  // The message sent last and its type, for the mock panel's answers beyond a tap.
  const [sent, setSent] = useState<{ messageId: string; type: string } | undefined>(undefined)
  const onSent = useCallback(
    (result: SendResult, request: SendInteractiveRequest) =>
      setSent({ messageId: result.message_id, type: String(request.interactive.type) }),
    [],
  )
  // Bumped whenever the mock answers differently from now on: the composer then drops a failure
  // that described the mock as it was (a 429 from the old scenario) and looks the window up
  // again; a message sent stays, with its status, and the customer can still answer it.
  const [mockGeneration, setMockGeneration] = useState(0)
  const onMockChanged = useCallback(() => setMockGeneration((count) => count + 1), [])
  // Bumped on a reset, which forgets every message: the composer then drops a sent one too.
  const [mockResets, setMockResets] = useState(0)
  // The in-page mock starts empty on every page load and every reset: the sends the kit
  // remembers (in the page, and beside the draft for a reload) are ones it never saw, and an
  // "already sent" would contradict its "Briq does not know this message". Against a proxy (a
  // standalone briq-mock or Briq behind it) the server keeps its messages: nothing is forgotten.
  const client = useBriqClient()
  const onMockReset = useCallback(() => {
    forgetSends(client, { key: DRAFT_KEY })
    setMockResets((count) => count + 1)
  }, [client])
  useEffect(() => {
    if (!controls) return
    // Only what pages before this one kept beside the draft: this page's client starts with no
    // memory, and it keeps it across a validation switch, which talks to the same mock.
    const forgetKept = () => forgetSends(undefined, { key: DRAFT_KEY })
    forgetKept()
    // Another tab has a mock of its own: what it sent there (kept under the same key, as the
    // draft is) is unknown to this page's. This page's own memory stays.
    const anotherTabSent = (event: StorageEvent) => {
      if (event.key === rememberedSendsKey(DRAFT_KEY) && event.newValue !== null) forgetKept()
    }
    // Back from the back/forward cache, where no `storage` event reached it: another tab may
    // have sent meanwhile, which the kit now reads.
    const shownAgain = (event: PageTransitionEvent) => {
      if (event.persisted) forgetKept()
    }
    window.addEventListener('storage', anotherTabSent)
    window.addEventListener('pageshow', shownAgain)
    return () => {
      window.removeEventListener('storage', anotherTabSent)
      window.removeEventListener('pageshow', shownAgain)
    }
  }, [controls])
  const headingId = useId()

  const onReply = useCallback(
    (reply: InteractiveTapReply, sent: ComposerReplyContext) => {
      if (!controls || sent.messageId === undefined) return
      setReplyError(undefined)
      // The mock records the customer's tap; polling at once shows it without waiting.
      controls
        .reply(sent.messageId, reply)
        .then(() => sent.refresh())
        .catch((error: unknown) => setReplyError(error))
    },
    [controls],
  )

  return (
    <TranslateContext.Provider value={t}>
      <div className="pg-app" data-theme={theme} lang={locale}>
        <header className="pg-header">
          <div>
            <h1 id={headingId}>{t('appTitle')}</h1>
            <p className="pg-hint">{t(connection.mode === 'mock' ? 'appTagline' : 'appTaglineProxy')}</p>
            {/* A mock that did not start answers nothing: the alert beside says so instead. */}
            {mockError ? null : (
              <p className="pg-mode" data-mode={connection.mode}>
                {connection.mode === 'mock' ? t('modeMock') : t('modeProxy', { endpoint: connection.endpoint })}
              </p>
            )}
          </div>
          {mockError ? (
            <p className="pg-alert" role="alert" aria-live={rewording ? 'off' : undefined}>
              {t(mockErrorCause === 'refused' ? 'mockRefused' : 'mockFailed')} <span lang="en">{mockError}</span>
            </p>
          ) : null}
          <SettingsBar locale={locale} onLocaleChange={chooseLocale} theme={theme} onThemeChange={chooseTheme} />
        </header>
        <main className="pg-main" aria-labelledby={headingId}>
          <InteractiveComposer
            className="pg-composer"
            sendMode="inline"
            persistKey={DRAFT_KEY}
            defaultValue={INTERACTIVE_EXAMPLES[DEFAULT_EXAMPLE_TYPE]}
            onRequestChange={setRequest}
            resetKeys={[mockResets]}
            refreshKeys={[mockGeneration]}
            locale={locale}
            theme={theme}
            catalogue={catalogue}
            businessName="Duka la Mama Neema"
            to={to}
            onToChange={setTo}
            onReply={onReply}
            onSent={onSent}
            pollIntervalMs={pollIntervalMs ?? (connection.mode === 'mock' ? MOCK_POLL_INTERVAL_MS : undefined)}
          />
          <div className="pg-column">
            {controls ? (
              <MockPanel
                controls={controls}
                recipient={to}
                replyError={replyError}
                sent={sent}
                catalogue={catalogue}
                onMockChanged={onMockChanged}
                onMockReset={onMockReset}
              />
            ) : null}
            <ValidationPanel value={validation} onValueChange={onValidationSwitch} />
            <SnippetPanel request={request} connection={connection} />
          </div>
        </main>
      </div>
    </TranslateContext.Provider>
  )
}
