/** A message whose wording depends on `{count}`: `one` for a count of one, `other` otherwise. */
export interface PluralMessage {
  readonly one: string
  readonly other: string
}

/**
 * The playground's own English strings: the page around the kit (title, mode, settings, the
 * mock panel, the code snippets). Everything the composer shows comes from the kit's catalogue
 * (`@briq-interactive/react`), which the playground's translator falls back to; nothing here
 * repeats it.
 */
export const en = {
  appTitle: 'Briq interactive playground',
  appTagline:
    "Compose a WhatsApp interactive message by form, check it against WhatsApp's rules, preview it, and send it — offline, to the built-in mock.",
  appTaglineProxy:
    "Compose a WhatsApp interactive message by form, check it against WhatsApp's rules, preview it, and send it through your proxy.",
  modeMock: 'Offline: the built-in mock answers inside this browser.',
  mockFailed:
    'The built-in mock could not start. Sends will fail: open the playground at http://localhost or over https, where service workers are allowed.',
  mockRefused:
    'The built-in mock could not start: this browser refused the service worker it runs in, as it does when this site may not store data (cookies and site data blocked for it, some private windows). Sends will fail: allow this site to store data, then reload.',
  modeProxy: 'Connected to {endpoint}.',
  settingsLabel: 'Display settings',
  localeLabel: 'Language',
  themeLabel: 'Theme',
  themeLight: 'Light',
  themeDark: 'Dark',
  themeSystem: 'System',
  mockHeading: 'The mock',
  customerHeading: 'Play the customer',
  customerHint:
    'After a send, tap a button or choose a row in the preview to answer as the customer; the answer shows under the message.',
  customerWritesFirst: 'The customer writes first',
  customerWritesFirstHint: 'Opens the 24-hour window of {number}, as when the customer sends a message.',
  customerWritesFirstNoNumber: 'Type a valid number in “{field}” first.',
  customerWritesFirstText: 'Habari',
  customerWrote: 'The customer ({number}) wrote “{text}”: the 24-hour window is open, so you can send now.',
  customerWriteFailed: 'The customer could not write first: {reason}',
  replyFailed: 'The mock could not record the reply: {reason}',
  answerHint: 'The message sent last asks for more than a tap: answer it as the customer.',
  answer_location: 'The customer shares a location',
  answer_accept: 'The customer allows calls',
  answer_reject: 'The customer declines calls',
  answer_complete: 'The customer completes the flow',
  answer_submit: 'The customer sends an address',
  mockControlNetwork: 'the mock did not answer',
  mockControlRefused: 'the mock refused it ({code})',
  scenarioLabel: 'How the mock answers',
  scenario_happy: 'Everything works',
  'scenario_window-closed': 'Every 24-hour window is closed',
  'scenario_rate-limited': 'Too many messages at once (429)',
  'scenario_server-error': 'Server error (500)',
  'scenario_slow-network': 'Slow network',
  scenario_unavailable: 'Briq unavailable (503)',
  'scenario_network-error': 'No connection (network error)',
  scenario_timeout: 'No answer in time (timeout)',
  'scenario_invalid-response': 'An answer that is not Briq’s (invalid response)',
  scenarioChanged: 'The mock now answers as: {name}.',
  scenarioFailed: 'The scenario could not be switched: {reason}',
  flowIdHint: 'Flow messages: the mock knows no flows, so any “{field}” will do.',
  shopProducts: 'Products of the mock shop (their ids go in the product fields; any catalog ID will do)',
  resetMock: 'Reset the mock',
  resetHint: 'Back to the fixtures: Amina’s window open, the others closed, no messages sent.',
  resetDone: 'The mock is back to its fixtures.',
  resetFailed: 'The mock could not be reset: {reason}',
  snippetHeading: 'Copy as code',
  copyCurl: 'Copy as curl',
  copyFetch: 'Copy as fetch',
  snippetLabel: 'Code for this request',
  copied: 'Copied the {what} code.',
  copyFailed: 'The clipboard is not available; select the code below and copy it.',
  curlForMock: 'The curl command calls the standalone mock: start it with {command} ({url}).',
  rulesHeading: 'Validation rules',
  rulesHint:
    'Where Meta’s own sources disagree. Pick what your mock or proxy was started with, so the builder checks as it does.',
  ruleExtendedListBody: 'List body up to {extended} characters, as the list guide says (default {limit})',
  ruleFlowMediaHeader: 'Image, video or document header on flow messages',
  ruleQuickReplies: 'Quick replies per carousel card before a warning',
  exampleRecipientNote: '255712345678 is the mock customer Amina, whose 24-hour window is open.',
} as const satisfies Record<string, string | PluralMessage>

/** A key of the playground's catalogue. */
export type PlaygroundMessageKey = keyof typeof en

/** A catalogue: every key, translated (a string, or plural forms). */
export type PlaygroundMessages = Record<PlaygroundMessageKey, string | PluralMessage>
