import { createServer } from 'node:http'
import { describe, expect, it } from 'vitest'
import { describeRequestFailure, describeSendFailure } from '../i18n/format-issue.ts'
import { coreMessagesSw } from '../i18n/messages-sw.ts'
import { requestFailureReason } from '../sending/request-failure-reason.ts'
import { sendFailureReason } from '../sending/send-failure-reason.ts'
import { SEND_REQUEST as request } from '../test-support/send-request.ts'
import { testServers } from '../test-support/test-servers.ts'
import { BriqError } from './briq-error.ts'
import { createBriqClient } from './create-briq-client.ts'

// Web pages where Briq's JSON should be, from a real server over real fetch (outside a web page).
const servers = testServers()

/** A client of a server answering every request with `status`, `headers` and `body`. */
async function answering(status: number, headers: Record<string, string>, body: string) {
  const { url } = await servers.listen(
    createServer((req, res) => {
      req.resume()
      res.writeHead(status, headers).end(body)
    }),
  )
  return createBriqClient({ endpoint: `${url}/api/briq`, retry: false })
}

async function failed(promise: Promise<unknown>): Promise<BriqError> {
  const error = await promise.catch((reason: unknown) => reason)
  expect(error).toBeInstanceOf(BriqError)
  return error as BriqError
}

const HTML = { 'Content-Type': 'text/html; charset=utf-8' }
// nginx's own page for a request whose headers pass large_client_header_buffers (its status 494,
// answered as 400), as nginx 1.24 sends it.
const NGINX_HEADERS_TOO_LARGE =
  '<html>\r\n<head><title>400 Request Header Or Cookie Too Large</title></head>\r\n<body>\r\n<center><h1>400 Bad Request</h1></center>\r\n<center>Request Header Or Cookie Too Large</center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n'

describe('createBriqClient: a web page where Briq should answer', () => {
  it('a 200 page with no redirect (a portal, an index.html) says a web page came back: maybe sent', async () => {
    const client = await answering(
      200,
      HTML,
      '<!DOCTYPE html><html><head><title>App</title></head><body></body></html>',
    )
    const error = await failed(client.sendInteractive(request))
    expect(error).toMatchObject({ kind: 'invalid_response', status: 200, webPage: 'page' })
    expect(error.message).not.toContain('App')
    expect(sendFailureReason(error)).toEqual({
      reason: 'invalid_response',
      status: 200,
      webPage: true,
      maybeSent: true,
    })
    expect([describeSendFailure(error), describeSendFailure(error, coreMessagesSw)]).toEqual([
      "A web page came back (HTTP 200) instead of Briq's answer. This is most often a network that wants you to sign in first (such as hotel Wi-Fi) or a wrong address for sending (the proxy's URL), but that cannot be known for sure, so the message may have been sent. Check the conversation before sending it again; if it is not there, open any web page to sign in to the network, or tell whoever set up this page.",
      'Kilichorudi ni ukurasa wa wavuti (HTTP 200), si jibu la Briq. Mara nyingi hii ni dalili ya mtandao unaotaka uingie kwanza (kama Wi-Fi ya hoteli) au ya anwani isiyo sahihi ya kutuma (URL ya proksi), lakini hilo haliwezi kujulikana kwa uhakika, kwa hiyo huenda ujumbe umetumwa. Angalia mazungumzo kabla ya kuutuma tena; kama haupo, fungua ukurasa wowote wa wavuti ili uingie kwenye mtandao, au mjulishe aliyeandaa ukurasa huu.',
    ])
    const poll = await failed(client.getMessage('m-1'))
    expect(requestFailureReason(poll)).toEqual({ reason: 'invalid_response', webPage: true })
    expect([describeRequestFailure(poll), describeRequestFailure(poll, coreMessagesSw)]).toEqual([
      "a web page came back instead of Briq's answer (a network's sign-in, or a wrong address)",
      'kilichorudi ni ukurasa wa wavuti, si jibu la Briq (mtandao unaotaka uingie, au anwani isiyo sahihi)',
    ])
  })

  it('knows a page by its start when its type says text, and other text that is not JSON stays unread', async () => {
    const page = await answering(200, { 'Content-Type': 'text/plain' }, '\n<html>x</html>')
    expect(await failed(page.sendInteractive(request))).toMatchObject({ kind: 'invalid_response', webPage: 'page' })
    const text = await answering(200, { 'Content-Type': 'text/plain' }, 'OK')
    const error = await failed(text.sendInteractive(request))
    expect(error).toMatchObject({ kind: 'invalid_response', webPage: undefined })
    expect(sendFailureReason(error)).toEqual({ reason: 'invalid_response', status: 200, maybeSent: true })
  })

  it("a gateway's 503 page is maybe sent, said as unavailable for now, not as a failure that was not Briq", async () => {
    const client = await answering(
      503,
      { ...HTML, 'Retry-After': '120' },
      '<!doctype html><title>Down for maintenance</title><h1>We will be back soon</h1>',
    )
    const error = await failed(client.sendInteractive(request))
    expect(sendFailureReason(error)).toEqual({ reason: 'gateway', status: 503, maybeSent: true })
    expect([describeSendFailure(error), describeSendFailure(error, coreMessagesSw)]).toEqual([
      'A server on the way to Briq answered that the service is unavailable for now (HTTP 503). Such a server usually says this before passing anything on (during maintenance, or with too much traffic), but some say it after passing the request on, so the message may have been sent. Check the conversation before sending it again; if it is not there, try again in a few minutes.',
      'Seva iliyo njiani kuelekea Briq imejibu kwamba huduma haipatikani kwa sasa (HTTP 503). Kwa kawaida seva kama hiyo hujibu hivi kabla ya kupitisha chochote (wakati wa matengenezo, au kukiwa na msongamano), lakini baadhi hujibu hivi baada ya kupitisha ombi, kwa hiyo huenda ujumbe umetumwa. Angalia mazungumzo kabla ya kuutuma tena; kama haupo, jaribu tena baada ya dakika chache.',
    ])
    const poll = await failed(client.getMessage('m-1'))
    expect([describeRequestFailure(poll), describeRequestFailure(poll, coreMessagesSw)]).toEqual([
      'a server on the way to Briq answered that the service is unavailable for now (HTTP 503)',
      'seva iliyo njiani kuelekea Briq imejibu kwamba huduma haipatikani kwa sasa (HTTP 503)',
    ])
  })

  it('nginx\'s 400 "Request Header Or Cookie Too Large" is said as headers too large, as a 431 is', async () => {
    const client = await answering(400, HTML, NGINX_HEADERS_TOO_LARGE)
    const error = await failed(client.sendInteractive(request))
    expect(error).toMatchObject({ kind: 'http', status: 400, errors: [], webPage: 'headers_too_large' })
    expect(error.message).toBe('The server answered 400 Bad Request with a body that is not JSON')
    expect(sendFailureReason(error)).toEqual({ reason: 'gateway', status: 400, headersTooLarge: true })
    expect([describeSendFailure(error), describeSendFailure(error, coreMessagesSw)]).toEqual([
      "A server on the way to Briq refused the request because its headers were too large (HTTP 400), most often because this site keeps too many or too large cookies, so the message was not sent. Clearing this site's cookies and signing in again may help; otherwise tell whoever set up this page.",
      'Seva iliyo njiani kuelekea Briq imekataa ombi kwa sababu vichwa vyake (headers) ni vikubwa mno (HTTP 400), mara nyingi kwa sababu tovuti hii inahifadhi vidakuzi (cookies) vingi au vikubwa mno, kwa hiyo ujumbe haukutumwa. Kufuta vidakuzi vya tovuti hii kisha kuingia tena kunaweza kusaidia; vinginevyo mjulishe aliyeandaa ukurasa huu.',
    ])
    const poll = await failed(client.getMessage('m-1'))
    expect(requestFailureReason(poll)).toEqual({ reason: 'gateway', status: 400, headersTooLarge: true })
    expect([describeRequestFailure(poll), describeRequestFailure(poll, coreMessagesSw)]).toEqual([
      "a server on the way to Briq refused the request because its headers were too large (HTTP 400), most often because of this site's cookies",
      'seva iliyo njiani kuelekea Briq imekataa ombi kwa sababu vichwa vyake (headers) ni vikubwa mno (HTTP 400), mara nyingi kwa sababu ya vidakuzi (cookies) vya tovuti hii',
    ])
  })

  it('IIS\'s 400 "The size of the request headers is too long" is said as headers too large too', async () => {
    // HTTP.sys's own page (IIS, and Azure App Service in front of an app), for headers past MaxRequestBytes.
    const client = await answering(
      400,
      { 'Content-Type': 'text/html; charset=us-ascii' },
      '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN""http://www.w3.org/TR/html4/strict.dtd">\r\n<HTML><HEAD><TITLE>Bad Request</TITLE>\r\n<META HTTP-EQUIV="Content-Type" Content="text/html; charset=us-ascii"></HEAD>\r\n<BODY><h2>Bad Request - Request Too Long</h2>\r\n<hr><p>HTTP Error 400. The size of the request headers is too long.</p>\r\n</BODY></HTML>\r\n',
    )
    const error = await failed(client.sendInteractive(request))
    expect(error).toMatchObject({ kind: 'http', status: 400, webPage: 'headers_too_large' })
    expect(sendFailureReason(error)).toEqual({ reason: 'gateway', status: 400, headersTooLarge: true })
  })

  it("nginx's plain 400 page keeps the address advice", async () => {
    const client = await answering(
      400,
      HTML,
      '<html>\r\n<head><title>400 Bad Request</title></head>\r\n<body>\r\n<center><h1>400 Bad Request</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n',
    )
    const error = await failed(client.sendInteractive(request))
    expect(error).toMatchObject({ kind: 'http', status: 400, webPage: 'page' })
    expect(sendFailureReason(error)).toEqual({ reason: 'gateway', status: 400 })
    expect(describeSendFailure(error)).toMatch(/check the address it sends to \(the proxy's URL\)\.$/)
  })
})
