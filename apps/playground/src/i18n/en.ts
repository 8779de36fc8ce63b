/** A message whose wording depends on `{count}`: `one` for a count of one, `other` otherwise. */
export interface PluralMessage {
  readonly one: string
  readonly other: string
}

/**
 * The playground's English strings; `{name}` placeholders are filled by the translator. What
 * core produces (issue sentences, phone reasons, what a failed send means) comes from core's
 * catalogues, not from here.
 */
export const en = {
  appTitle: 'Briq interactive playground',
  appTagline:
    "Compose a WhatsApp interactive message, check it against WhatsApp's rules, preview it, and send it — offline, to the built-in mock.",
  appTaglineProxy:
    "Compose a WhatsApp interactive message, check it against WhatsApp's rules, preview it, and send it through your proxy.",
  modeMock: 'Offline: the built-in mock answers inside this browser.',
  mockFailed:
    'The built-in mock could not start. Sends will fail: open the playground at http://localhost or over https, where service workers are allowed.',
  modeProxy: 'Connected to {endpoint}.',
  settingsLabel: 'Display settings',
  localeLabel: 'Language',
  themeLabel: 'Theme',
  themeLight: 'Light',
  themeDark: 'Dark',
  themeSystem: 'System',
  composerHeading: 'Compose',
  typeLabel: 'Message type',
  typeHint: 'Choosing a type replaces the draft with an example of that type.',
  type_button: 'Reply buttons',
  type_list: 'List',
  type_cta_url: 'Link button',
  type_location_request_message: 'Location request',
  type_flow: 'WhatsApp Flow',
  type_product: 'Single product',
  type_product_list: 'Product list',
  type_catalog_message: 'Catalogue',
  type_carousel: 'Carousel',
  type_voice_call: 'Call button',
  type_call_permission_request: 'Call permission request',
  type_address_message: 'Address request',
  editorLabel: 'Interactive object (JSON)',
  editorHint:
    'The "interactive" part of the request. It is checked as you type; the preview and the send use the last valid JSON.',
  jsonError: 'JSON syntax error at line {line}, column {column}: “{found}” was not expected there.',
  jsonErrorAtEnd: 'JSON syntax error at line {line}, column {column}: the text ends before the JSON does.',
  jsonErrorNoPosition: 'JSON syntax error.',
  jsonErrorKept: 'Until it is fixed, the preview and the send use the last valid draft.',
  issuesHeading: 'Errors',
  issuesNone: 'No errors: WhatsApp will accept this message.',
  issuesCount: { one: '{count} error to fix before sending', other: '{count} errors to fix before sending' },
  warningsHeading: 'Warnings',
  warningsHint: 'Warnings do not stop a send.',
  issuePathRoot: '(the whole request)',
  recipientLabel: 'Recipient phone number',
  recipientHint: 'Tanzanian numbers can be typed as 0712 345 678; other countries need + and the country code.',
  recipientNormalised: 'Will be sent to +{number}',
  recipientEmpty: "Type the customer's number.",
  recipientInvalid: 'This number cannot receive messages: {reason}',
  sendHeading: 'Send',
  sendToMock: 'Send to the mock',
  sendToProxy: 'Send through the proxy',
  sending: 'Sending…',
  sendBlocked: 'Fix the errors above before sending.',
  messageId: 'Message id',
  statusLabel: 'Status',
  status_pending: 'Pending (queued at Briq)',
  status_sent: 'Sent to WhatsApp',
  status_delivered: 'Delivered to the phone',
  status_read: 'Read by the customer',
  status_failed: 'Failed',
  statusFailedReason: 'WhatsApp refused it:',
  replyHeading: "Customer's reply",
  replyWaiting: 'Tap a button or choose a row in the preview to answer as the customer.',
  replyWaitingProxy: "The customer's answer appears here when they tap a button or choose a row on their phone.",
  replyReceived: 'The customer answered “{title}” (id {id}).',
  replyFailed: 'The mock could not record the reply: {reason}',
  mockControlNetwork: 'the mock did not answer',
  mockControlRefused: 'the mock refused it ({code})',
  pollFailed: 'Could not refresh the status: {reason}',
  errorHeading: 'Not sent ({code})',
  errorBriq: 'What Briq said:',
  errorStatus: 'HTTP {status}',
  errorRequestId: 'Request id: {id}',
  sendAnyway: 'Send it again anyway',
  maybeSent:
    'The message may have reached Briq before this failure. Check the customer’s chat before sending again, or they may get it twice.',
  draftKept: 'Your draft is unchanged.',
  customerWritesFirst: 'Let the customer write first',
  customerWritesFirstText: 'Habari',
  customerWrote: 'The customer wrote “{text}”; the 24-hour window is open. Send again.',
  scenarioHeading: 'Mock scenario',
  scenarioLabel: 'How the mock answers',
  scenario_happy: 'Everything works',
  'scenario_window-closed': 'Every 24-hour window is closed',
  'scenario_rate-limited': 'Too many messages at once (429)',
  'scenario_server-error': 'Server error (500)',
  'scenario_slow-network': 'Slow network',
  scenarioChanged: 'The mock now answers as: {name}.',
  scenarioFailed: 'The scenario could not be switched: {reason}',
  customerWriteFailed: 'The customer could not write first: {reason}',
  scenarioUnavailable: 'Scenarios need the mock; this playground talks to {endpoint}.',
  snippetHeading: 'Copy as code',
  copyCurl: 'Copy as curl',
  copyFetch: 'Copy as fetch',
  snippetLabel: 'Code for this request',
  copied: 'Copied the {what} code.',
  copyFailed: 'The clipboard is not available; select the code below and copy it.',
  fileHeading: 'File',
  exportJson: 'Download JSON',
  importJson: 'Open a JSON file',
  importDone: 'Opened {name}.',
  importNotJson: '{name} is not valid JSON (line {line}, column {column}). The draft is unchanged.',
  importNotJsonNoPosition: '{name} is not valid JSON. The draft is unchanged.',
  importNotObject:
    'The file must hold one JSON object: an interactive, or a request with an "interactive" field. The draft is unchanged.',
  importUnreadable: '{name} could not be read. The draft is unchanged.',
  previewHeading: 'Preview',
  exampleRecipientNote: '255712345678 is the mock customer Amina, whose 24-hour window is open.',
} as const satisfies Record<string, string | PluralMessage>

/** A key of the playground's catalogue. */
export type PlaygroundMessageKey = keyof typeof en

/** A catalogue: every key, translated (a string, or plural forms). */
export type PlaygroundMessages = Record<PlaygroundMessageKey, string | PluralMessage>
