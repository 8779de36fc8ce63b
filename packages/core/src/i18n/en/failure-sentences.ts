import { handledNothing } from '../../sending/may-have-been-sent.ts'
import type { SendFailure } from '../../sending/send-failure-reason.ts'
import { capitalise } from '../capitalise.ts'
import type { CoreMessages } from '../core-messages.ts'
import { gatewayTimedOut, httpStatusNote, slowOrLargeSentence } from '../http-status-note.ts'
import { waitEn } from './grammar.ts'

// Only an answer with a request id (a send held, or a gateway's own error page, has none) gives one to quote.
const supportEn = (requestId: string | undefined) =>
  requestId === undefined ? '.' : '; if it keeps failing, give Briq customer support the request id.'

// Who failed with a 5xx that has none of Briq's error details. A bare 500 may be Briq's own:
// its framework (FastAPI, on Starlette) answers an error it did not catch with the text
// "Internal Server Error", no envelope. The other 5xx are a gateway's words, and only one that
// handled nothing (501, 505) is not Briq's: a 502 (RFC 9110, Bad Gateway) says the gateway got
// no valid answer from the server behind it, which may be Briq's, and after a 504, 524 or any
// other 5xx the request may have gone on to Briq.
const failedEn = (status: number | undefined): string => {
  const note = httpStatusNote(status)
  if (status === 500) return `Briq, or a server on the way to it, failed${note}`
  if (gatewayTimedOut(status)) return `a server on the way to Briq stopped waiting for the answer${note}`
  if (status === 502) return `a server on the way to Briq got no valid answer from the server behind it${note}`
  return status !== undefined && handledNothing(status)
    ? `a server on the way to Briq failed${note}, not Briq itself`
    : `a server on the way to Briq failed${note}`
}

// RFC 9110, 408: it did not receive the whole request in time (not a refusal), and a client may
// send it again; nothing past it got a complete message (one that timed out waiting on Briq says 504).
const requestTooSlowEn = (note: string, who = 'a server on the way to Briq') =>
  `${who} stopped waiting before the whole request reached it${note}`
const requestTooSlowSendEn = (note: string, who?: string) =>
  `${capitalise(requestTooSlowEn(note, who))}, so the message was not sent. This is usually a slow or unsteady connection: check it, then send the message again.`

// RFC 6585, 431: its header fields too large; from a server in front of the page's own site,
// most often the site's cookies, which go with every request to it.
const headersTooLargeEn = (note: string, who = 'a server on the way to Briq') =>
  `${who} refused the request because its headers were too large${note}`
const headersTooLargeSendEn = (note: string, who?: string) =>
  `${capitalise(headersTooLargeEn(note, who))}, most often because this site keeps too many or too large cookies, so the message was not sent. Clearing this site's cookies and signing in again may help; otherwise tell whoever set up this page.`
const proxyEn = "your server's proxy"
// The proxy's own 417 (PROXY_EXPECTATION_FAILED: an `Expect` other than 100-continue, which no
// browser sends) and 503 (PROXY_CONNECTION_REQUEST_LIMIT: pipelined past its requests per
// connection; PROXY_STOPPING: a deploy stopping it, taking no more); nothing was forwarded in any.
const expectationFailedEn = "your server's proxy cannot meet the request's Expect header (HTTP 417)"
const connectionSpentEn = "your server's proxy took no more requests on that connection (HTTP 503)"

// A 408 or 431 said of who answered it (a server on the way to Briq by default, the proxy, Briq),
// none of them a refusal of the message; nothing for any other answer.
type SlowOrLarge = { status?: number; headersTooLarge?: true }
const slowOrLargeSendEn = (f: SlowOrLarge, who?: string) =>
  slowOrLargeSentence(
    f,
    (note) => requestTooSlowSendEn(note, who),
    (note) => headersTooLargeSendEn(note, who),
  )
const slowOrLargeEn = (f: SlowOrLarge, who?: string) =>
  slowOrLargeSentence(
    f,
    (note) => requestTooSlowEn(note, who),
    (note) => `${headersTooLargeEn(note, who)}, most often because of this site's cookies`,
  )

// A server between the page and Briq answered, with none of Briq's error details: what it did,
// not Briq, and what to do. Its status says which: 511 a network's sign-in (a captive portal
// answers before anything leaves the network), 5xx failed, 408 the request too slow to arrive,
// 413 a size limit, 431 headers too large, 401/403 a sign-in or a firewall, another 4xx an
// address it does not serve.
function gatewayEn(f: SendFailure): string {
  const { status } = f
  const maybeSent = f.maybeSent === true
  const server = 'A server on the way to Briq'
  const note = httpStatusNote(status)
  const tell = 'tell whoever set up this page'
  if (status === 511) {
    return `The network you are on (such as hotel or airport Wi-Fi) wants you to sign in first${note}, so the message was not sent. Open any web page to sign in to the network, then send it again.`
  }
  // RFC 9110, 503: unable to handle it for now (maintenance, overload). A gateway's maintenance
  // page takes nothing, but gateways answer 503 also after passing the request on (Heroku's
  // router on a timeout, Envoy on a reset), and the two cannot be told apart: said as both.
  if (status === 503 && maybeSent) {
    return `${server} answered that the service is unavailable for now${note}. Such a server usually says this before passing anything on (during maintenance, or with too much traffic), but some say it after passing the request on, so the message may have been sent. Check the conversation before sending it again; if it is not there, try again in a few minutes.`
  }
  if (status === undefined || status >= 500) {
    return maybeSent
      ? `${capitalise(failedEn(status))}, so the message may have been sent. Check the conversation before sending it again.`
      : `${capitalise(failedEn(status))}, so the message was not sent. Try again in a few minutes; if it keeps failing, ${tell}.`
  }
  const slowOrLarge = slowOrLargeSendEn(f)
  if (slowOrLarge !== undefined) return slowOrLarge
  if (status === 413) {
    return `${server} refused a request this large${note}, so the message was not sent. Please ${tell}: that server's size limit is too low.`
  }
  if (status === 401 || status === 403) {
    return `${server} refused the request${note}, not Briq: most likely a sign-in or a firewall. The message was not sent. If this page asks you to sign in, reload it and sign in; otherwise ${tell}.`
  }
  return `${server} refused the request${note}, not Briq, so the message was not sent. Please ${tell} to check the address it sends to (the proxy's URL).`
}

// A Retry-After past a day (`waitTooLong`): said as what it most likely is, with nothing held.
const tooLongEn =
  'asked to wait more than a day before sending again, which is most likely a setting gone wrong, so sending is not put on hold'

// What to do after a 429: wait as long as was asked, or, past a day, try again soon.
const waitAgainEn = (f: SendFailure, who: string) =>
  f.waitTooLong
    ? ` ${who} ${tooLongEn}: try again in a few minutes, and if it is refused again, tell whoever set up this page.`
    : f.retryAfterSeconds === undefined
      ? ' Wait a moment, then try again.'
      : ` Try again in ${waitEn(f.retryAfterSeconds)}.`

// A call answered 404 by no route of Briq's: the address is wrong, whatever the call asked for.
const nothingAnswersEn = 'nothing answers at this address (HTTP 404)'

/** What a failed send means, in English (by `sendFailureReason`). */
export const sendFailureEn: CoreMessages['sendFailure'] = {
  duplicate: () =>
    'This exact message was already sent to this customer, so it was not sent again. Change it, or send it again on purpose.',
  maybe_sent: () =>
    'An earlier try of this exact message may have reached the customer (Briq did not confirm it), so it was not sent again. Send it again on purpose only if you know it did not arrive.',
  window_closed: () =>
    'The customer has not written to you in the last 24 hours, so WhatsApp only allows a template message. Ask the customer to write first, or send an approved template.',
  rate_limited: (f) =>
    f.askedBy === 'gateway'
      ? `A server on the way to Briq got too many requests at once (HTTP 429), not Briq, so the message was not sent.${waitAgainEn(f, 'That server')}`
      : `Too many messages at once.${waitAgainEn(f, f.askedBy === 'briq' ? 'Briq' : 'The server')}`,
  validation: () => "The message breaks WhatsApp's rules; fix the errors shown, then send it.",
  network: (f) =>
    f.maybeSent
      ? "The server could not be reached, the connection broke before its answer came, or the browser blocked its answer (a server that does not allow this page's address), so the message may have been sent. Check the connection and the conversation before sending it again."
      : 'The server could not be reached. Check the connection, then try again.',
  timeout: (f) =>
    f.maybeSent
      ? 'No answer came in time, so the message may have been sent. Check the conversation before sending it again.'
      : 'The send took too long to start (it was still getting ready), so the message was not sent. Try again.',
  server: (f) =>
    f.maybeSent
      ? `Briq had a problem on its side${httpStatusNote(f.status)}, so the message may have been sent. Check the conversation before sending it again${supportEn(f.requestId)}`
      : f.waitTooLong
        ? `Briq had a problem on its side${httpStatusNote(f.status)} and ${tooLongEn}. Try again in a few minutes${supportEn(f.requestId)}`
        : `Briq had a problem on its side${httpStatusNote(f.status)}. Try again${f.retryAfterSeconds === undefined ? '' : ` in ${waitEn(f.retryAfterSeconds)}`}${supportEn(f.requestId)}`,
  unauthorized: (f) =>
    f.keyMissing
      ? "No API key reached Briq (HTTP 401): this page called Briq, or the mock, directly rather than through your server's proxy, which adds the key, so the message was not sent. Whoever set up this page should point it at the proxy's URL."
      : 'Briq refused the API key, so the message was not sent. Whoever set up this page should check the key: that it is right and has not expired, and that its app is linked to a workspace.',
  no_endpoint: () =>
    "Nothing answers sends at the address this page sends to (HTTP 404), so the message was not sent. Whoever set up the page should check that address (the proxy's URL).",
  // Not followed (outside a web page: a server, a script; its status given): the address itself
  // redirects, which no reload or sign-in in a page mends. Followed in a page: a sign-in, most likely.
  redirected: (f) =>
    f.status === undefined
      ? 'The request was sent on to another page instead of Briq, most likely a sign-in page (your session may have ended), so the message was not sent. Reload this page and sign in if it asks, then send the message again.'
      : `The address the message was sent to answered with a redirect to another address${httpStatusNote(f.status)} instead of Briq's answer, and a redirect is not followed outside a web page, so the message was not sent. Whoever set up the sending should check that address (https:// rather than http://, say).`,
  proxy_unauthorized: () =>
    "Your server's proxy refused the request: you are not signed in, or the proxy token is wrong or missing (HTTP 401), so the message was not sent. Sign in again, or check the token your app sends to the proxy (not the Briq API key).",
  proxy_not_configured: () =>
    "Your server's proxy is not set up (HTTP 500), so the message was not sent. Whoever runs the server finds what is missing in its log.",
  proxy_forbidden: () =>
    "Your server's proxy does not take requests from this page's address (HTTP 403), so the message was not sent. Open the page at an address the proxy allows, or ask whoever runs the server to add this one to its allowed origins.",
  proxy_refused: (f) =>
    f.status === 413
      ? "Your server's proxy does not take a message this large (HTTP 413), so it was not sent. Whoever runs the server can raise the proxy's body limit."
      : f.status === 417
        ? `${capitalise(expectationFailedEn)}, so the message was not sent. Whoever set up the sending should send it without that header.`
        : f.status === 503
          ? `${capitalise(connectionSpentEn)}, so the message was not sent. Send it again: it goes on a new connection.`
          : (slowOrLargeSendEn(f, proxyEn) ??
            `Your server's proxy refused the request${httpStatusNote(f.status)}, so the message was not sent. Whoever set up the page should check the address it sends to and the proxy's settings.`),
  proxy_error: () =>
    "Your server's proxy failed while handling the request (HTTP 500), so the message may have been sent. Check the conversation before sending it again; whoever runs the server finds the cause in the proxy's log.",
  mock_forbidden: () =>
    "The mock server does not take requests from this page's address (HTTP 403), so the message was not sent. Restart it with --allow-origin and this page's address (allowedOrigins in code).",
  // The mock's MOCK_STOPPING: its stop turned the request away before handling it.
  mock_stopping: () =>
    'The mock server is stopping (HTTP 503) and did not handle the request, so the message was not sent and nothing changed. Send it again once the mock runs again.',
  upstream_unreachable: () =>
    "Your server's proxy could not reach Briq (HTTP 502), so the message was not sent. Check the server's connection to Briq, then try again.",
  upstream_timeout: () =>
    "Briq did not answer your server's proxy in time (HTTP 504), so the message may have been sent. Check the conversation before sending it again.",
  upstream_answer_lost: () =>
    "Your server's proxy did not get Briq's answer, or could not pass it on (HTTP 502), so the message may have been sent. Check the conversation before sending it again; if it keeps happening, whoever runs the server finds why in the proxy's log.",
  gateway: gatewayEn,
  // A web page instead of Briq's JSON: a portal or a wrong address, most likely, which take nothing,
  // but a server between may also have passed the message on and answered with its own page.
  invalid_response: (f) =>
    f.webPage
      ? `A web page came back${httpStatusNote(f.status)} instead of Briq's answer. This is most often a network that wants you to sign in first (such as hotel Wi-Fi) or a wrong address for sending (the proxy's URL), but that cannot be known for sure, so the message may have been sent. Check the conversation before sending it again; if it is not there, open any web page to sign in to the network, or tell whoever set up this page.`
      : `An answer came${httpStatusNote(f.status)} that could not be read as Briq's, so the message may have been sent. Check the conversation before sending it again.`,
  aborted: (f) =>
    f.maybeSent
      ? 'The send was cancelled after it had left, so the message may have been sent. Check the conversation before sending it again.'
      : 'The send was cancelled before it left, so the message was not sent.',
  other: (f) =>
    f.maybeSent
      ? 'The send failed in a way that cannot be placed, so the message may have been sent. Check the conversation before sending it again.'
      : f.status === undefined
        ? // Said after the dialog's "Not sent:" too: what happened, not those words again.
          'The send failed.'
        : // Briq's own 408 or 431 (the mock's, standing in for it) took nothing either.
          (slowOrLargeSendEn(f, 'Briq') ?? `Briq refused the message${httpStatusNote(f.status)}.`),
}

/** Why another call failed, in English, shortly (by `requestFailureReason`). */
export const requestFailureEn: CoreMessages['requestFailure'] = {
  network: () => 'the server could not be reached',
  timeout: () => 'no answer in time',
  rate_limited: (f) => {
    // A gateway's 429 page is named as a send's sentence names it, not said as Briq's.
    const many =
      f.askedBy === 'gateway'
        ? 'a server on the way to Briq got too many requests at once (HTTP 429), not Briq'
        : 'too many requests at once'
    return f.waitTooLong
      ? `${many}, and ${f.askedBy === 'gateway' ? 'it' : 'the server'} asked to wait more than a day, which is most likely a setting gone wrong`
      : f.retryAfterSeconds === undefined
        ? `${many}; wait a moment`
        : `${many}; try again in ${waitEn(f.retryAfterSeconds)}`
  },
  unauthorized: (f) =>
    f.keyMissing
      ? "no API key reached Briq (HTTP 401): this page must call it through your server's proxy, which adds the key"
      : 'the API key was refused',
  redirected: (f) =>
    f.status === undefined
      ? 'it was sent on to another page, most likely a sign-in: reload this page and sign in'
      : `the address answered with a redirect${httpStatusNote(f.status)}, which is not followed outside a web page: check the address`,
  proxy_unauthorized: () =>
    "your server's proxy refused the request: you are not signed in, or the proxy token is wrong or missing (HTTP 401)",
  proxy_not_configured: () => "your server's proxy is not set up (HTTP 500)",
  proxy_forbidden: () => "your server's proxy does not take requests from this page's address (HTTP 403)",
  proxy_refused: (f) =>
    f.status === 417
      ? expectationFailedEn
      : f.status === 503
        ? `${connectionSpentEn}: try again`
        : (slowOrLargeEn(f, proxyEn) ?? `your server's proxy refused the request${httpStatusNote(f.status)}`),
  proxy_error: () => "your server's proxy failed while handling the request (HTTP 500)",
  mock_forbidden: () => "the mock server does not take requests from this page's address (HTTP 403)",
  mock_stopping: () =>
    'the mock server is stopping (HTTP 503) and did not handle the request: try again once it runs again',
  upstream_unreachable: () => "your server's proxy could not reach Briq (HTTP 502)",
  upstream_timeout: () => "Briq did not answer your server's proxy in time (HTTP 504)",
  upstream_answer_lost: () => "your server's proxy did not get Briq's answer, or could not pass it on (HTTP 502)",
  gateway: (f) =>
    f.status === 511
      ? 'the network wants you to sign in first (HTTP 511): open any web page to sign in'
      : f.status === 404
        ? nothingAnswersEn
        : f.status === 503
          ? 'a server on the way to Briq answered that the service is unavailable for now (HTTP 503)'
          : (slowOrLargeEn(f) ??
            ((f.status ?? 500) >= 500
              ? failedEn(f.status)
              : `a server on the way to Briq refused the request${httpStatusNote(f.status)}, not Briq`)),
  not_found: (f) =>
    f.about === 'list'
      ? nothingAnswersEn
      : f.about === 'conversation'
        ? 'Briq does not know this conversation'
        : 'Briq does not know this message',
  server: () => 'Briq had a problem on its side',
  invalid_response: (f) =>
    f.webPage
      ? "a web page came back instead of Briq's answer (a network's sign-in, or a wrong address)"
      : "the answer could not be read as Briq's",
  aborted: () => 'it was cancelled',
  other: (f) =>
    f.status === undefined ? 'the request failed' : (slowOrLargeEn(f, 'Briq') ?? `Briq answered with HTTP ${f.status}`),
}

/** That sends are held after a Retry-After (Briq's, or a gateway's 429), in English. */
// A gateway is named as its failure's sentence names it, and it counts requests, not messages.
export const sendHoldEn: CoreMessages['sendHold'] = ({ reason, seconds, askedBy }) =>
  `Sending is on hold for another ${waitEn(seconds)}: ${
    askedBy === 'briq' ? 'Briq' : askedBy === 'gateway' ? 'a server on the way to Briq' : 'the server'
  } asked to wait (${
    reason !== 'rate_limited'
      ? 'it had a problem on its side'
      : `too many ${askedBy === 'gateway' ? 'requests' : 'messages'} at once`
  }).`
