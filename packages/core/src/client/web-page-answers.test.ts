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
