import { handledNothing } from '../../sending/may-have-been-sent.ts'
import type { SendFailure } from '../../sending/send-failure-reason.ts'
import { capitalise } from '../capitalise.ts'
import type { CoreMessages } from '../core-messages.ts'
import { gatewayTimedOut, httpStatusNote, slowOrLargeSentence } from '../http-status-note.ts'
import { waitSw } from './grammar.ts'

// Kitambulisho cha ombi kinatajwa tu jibu likiwa nacho (Only an answer with a request id gives one to quote).
const supportSw = (requestId: string | undefined) =>
  requestId === undefined
    ? '.'
    : '; ikiendelea kushindikana, wasiliana na huduma kwa wateja ya Briq ukitaja kitambulisho cha ombi.'

// Aliyeshindwa kwa 5xx bila maelezo ya hitilafu ya Briq: 500 tupu huenda ni ya Briq yenyewe; 502
// ni jibu batili kutoka kwa seva iliyo nyuma (huenda ni ya Briq); 501 na 505 pekee si za Briq
// (Who failed with a 5xx that has none of Briq's error details: a bare 500 may be Briq's own; a
// 502 is no valid answer from the server behind, which may be Briq's; only 501 and 505, which
// handled nothing, are not Briq's).
const failedSw = (status: number | undefined): string => {
  const note = httpStatusNote(status)
  if (status === 500) return `Briq, au seva iliyo njiani kuielekea, imeshindwa${note}`
  if (gatewayTimedOut(status)) return `seva iliyo njiani kuelekea Briq iliacha kusubiri jibu${note}`
  if (status === 502)
    return `seva iliyo njiani kuelekea Briq haikupata jibu halali kutoka kwa seva iliyo nyuma yake${note}`
  return status !== undefined && handledNothing(status)
    ? `seva iliyo njiani kuelekea Briq imeshindwa${note}, si Briq yenyewe`
    : `seva iliyo njiani kuelekea Briq imeshindwa${note}`
}

// 408: haikupokea ombi lote kwa wakati (RFC 9110), si kukataa; hakuna kilichopita (did not
// receive it whole in time, not a refusal: nothing past it got a complete message).
const requestTooSlowSw = (note: string, who = 'seva iliyo njiani kuelekea Briq') =>
  `${who} iliacha kusubiri kabla ombi lote halijaifikia${note}`
const requestTooSlowSendSw = (note: string, who?: string) =>
  `${capitalise(requestTooSlowSw(note, who))}, kwa hiyo ujumbe haukutumwa. Mara nyingi chanzo ni muunganisho wa polepole au usio thabiti: angalia muunganisho wako, kisha utume ujumbe tena.`

// 431 (RFC 6585): vichwa vya ombi ni vikubwa mno, mara nyingi vidakuzi (its headers too large: cookies, most often).
const headersTooLargeSw = (note: string, who = 'seva iliyo njiani kuelekea Briq') =>
  `${who} imekataa ombi kwa sababu vichwa vyake (headers) ni vikubwa mno${note}`
const headersTooLargeSendSw = (note: string, who?: string) =>
  `${capitalise(headersTooLargeSw(note, who))}, mara nyingi kwa sababu tovuti hii inahifadhi vidakuzi (cookies) vingi au vikubwa mno, kwa hiyo ujumbe haukutumwa. Kufuta vidakuzi vya tovuti hii kisha kuingia tena kunaweza kusaidia; vinginevyo mjulishe aliyeandaa ukurasa huu.`
const proxySw = 'proksi ya seva yako'
// 417 na 503 za proksi yenyewe; hakuna kilichopitishwa (the proxy's own 417 and 503: nothing forwarded).
const expectationFailedSw = 'proksi ya seva yako haiwezi kutimiza kichwa Expect (header) cha ombi (HTTP 417)'
const connectionSpentSw = 'proksi ya seva yako haipokei maombi zaidi kwenye muunganisho huo (HTTP 503)'

// 408 au 431 ikitajwa kwa aliyeijibu (seva iliyo njiani, proksi, Briq); hakuna kati yake inayokataa
// ujumbe wenyewe (A 408 or 431 said of who answered it, none a refusal of the message).
type SlowOrLarge = { status?: number; headersTooLarge?: true }
const slowOrLargeSendSw = (f: SlowOrLarge, who?: string) =>
  slowOrLargeSentence(
    f,
    (note) => requestTooSlowSendSw(note, who),
    (note) => headersTooLargeSendSw(note, who),
  )
const slowOrLargeSw = (f: SlowOrLarge, who?: string) =>
  slowOrLargeSentence(
    f,
    (note) => requestTooSlowSw(note, who),
    (note) => `${headersTooLargeSw(note, who)}, mara nyingi kwa sababu ya vidakuzi (cookies) vya tovuti hii`,
  )

// Seva iliyo njiani kuelekea Briq imejibu bila maelezo ya hitilafu ya Briq: ilichofanya, si Briq,
// na la kufanya (A server on the way to Briq answered, with none of Briq's error details; 511 is
// a network's sign-in, which answers before anything leaves the network).
function gatewaySw(f: SendFailure): string {
  const { status } = f
  const maybeSent = f.maybeSent === true
  const server = 'Seva iliyo njiani kuelekea Briq'
  const note = httpStatusNote(status)
  const tell = 'mjulishe aliyeandaa ukurasa huu'
  if (status === 511) {
    return `Mtandao unaoutumia (kama Wi-Fi ya hoteli au ya uwanja wa ndege) unataka uingie kwanza${note}, kwa hiyo ujumbe haukutumwa. Fungua ukurasa wowote wa wavuti ili uingie kwenye mtandao, kisha uutume tena.`
  }
  // 503: huduma haipatikani kwa sasa; kwa kawaida hakuna kilichopitishwa, lakini si mara zote
  // (503: unavailable for now; usually nothing was passed on, but not always).
  if (status === 503 && maybeSent) {
    return `${server} imejibu kwamba huduma haipatikani kwa sasa${note}. Kwa kawaida seva kama hiyo hujibu hivi kabla ya kupitisha chochote (wakati wa matengenezo, au kukiwa na msongamano), lakini baadhi hujibu hivi baada ya kupitisha ombi, kwa hiyo huenda ujumbe umetumwa. Angalia mazungumzo kabla ya kuutuma tena; kama haupo, jaribu tena baada ya dakika chache.`
  }
  if (status === undefined || status >= 500) {
    return maybeSent
      ? `${capitalise(failedSw(status))}, kwa hiyo huenda ujumbe umetumwa. Angalia mazungumzo kabla ya kuutuma tena.`
      : `${capitalise(failedSw(status))}, kwa hiyo ujumbe haukutumwa. Jaribu tena baada ya dakika chache; ikiendelea kushindikana, ${tell}.`
  }
  const slowOrLarge = slowOrLargeSendSw(f)
  if (slowOrLarge !== undefined) return slowOrLarge
  if (status === 413) {
    return `${server} imekataa ombi kubwa hivi${note}, kwa hiyo ujumbe haukutumwa. Tafadhali ${tell}: kikomo cha ukubwa cha seva hiyo ni kidogo mno.`
  }
  if (status === 401 || status === 403) {
    return `${server} imekataa ombi${note}, si Briq: huenda ni ukurasa wa kuingia au ngome ya mtandao (firewall). Ujumbe haukutumwa. Ukurasa huu ukikuomba uingie, uupakie upya kisha uingie; vinginevyo ${tell}.`
  }
  return `${server} imekataa ombi${note}, si Briq, kwa hiyo ujumbe haukutumwa. Tafadhali mwombe aliyeandaa ukurasa huu ahakiki anwani ambayo ukurasa unatuma kwake (URL ya proksi).`
}

// Retry-After ya zaidi ya siku moja (`waitTooLong`): huenda ni mpangilio uliokosewa, hakuna
// kinachosimamishwa (A Retry-After past a day: most likely a setting gone wrong, nothing held).
const tooLongSw =
  'imeomba kusubiri zaidi ya siku moja kabla ya kutuma tena; huenda ni mpangilio uliokosewa, kwa hiyo kutuma hakujasimamishwa'

// La kufanya baada ya 429 (What to do after a 429: wait as asked or, past a day, try again soon).
const waitAgainSw = (f: SendFailure, who: string) =>
  f.waitTooLong
    ? ` ${who} ${tooLongSw}: jaribu tena baada ya dakika chache, na ujumbe ukikataliwa tena, mjulishe aliyeandaa ukurasa huu.`
    : f.retryAfterSeconds === undefined
      ? ' Subiri kidogo, kisha ujaribu tena.'
      : ` Jaribu tena baada ya ${waitSw(f.retryAfterSeconds)}.`

// Ombi lililojibiwa 404 bila njia ya Briq: anwani si sahihi (A call answered 404 by no route of Briq's).
const nothingAnswersSw = 'hakuna kinachojibu kwenye anwani hii (HTTP 404)'

/** What a failed send means, in Swahili (by `sendFailureReason`). */
export const sendFailureSw: CoreMessages['sendFailure'] = {
  duplicate: () =>
    'Ujumbe uleule tayari umetumwa kwa mteja huyu, kwa hiyo haukutumwa tena. Uubadilishe, au uutume tena kwa makusudi.',
  maybe_sent: () =>
    'Jaribio la awali la kutuma ujumbe uleule huenda limemfikia mteja (Briq haikuthibitisha kuupokea), kwa hiyo haukutumwa tena. Uutume tena kwa makusudi ikiwa tu unajua haukufika.',
  window_closed: () =>
    'Mteja hajakuandikia ndani ya muda wa saa 24 uliopita, kwa hiyo WhatsApp inaruhusu ujumbe wa kiolezo tu. Mwombe mteja akuandikie kwanza, au tuma kiolezo kilichoidhinishwa.',
  rate_limited: (f) =>
    f.askedBy === 'gateway'
      ? `Seva iliyo njiani kuelekea Briq imepokea maombi mengi mno kwa wakati mmoja (HTTP 429), si Briq, kwa hiyo ujumbe haukutumwa.${waitAgainSw(f, 'Seva hiyo')}`
      : `Jumbe nyingi mno kwa wakati mmoja.${waitAgainSw(f, f.askedBy === 'briq' ? 'Briq' : 'Seva')}`,
  validation: () => 'Ujumbe unavunja kanuni za WhatsApp; rekebisha makosa yaliyoonyeshwa, kisha uutume.',
  network: (f) =>
    f.maybeSent
      ? 'Seva haikuweza kufikiwa, muunganisho ulikatika kabla jibu lake halijaja, au kivinjari kimezuia jibu lake (seva isiyoruhusu anwani ya ukurasa huu), kwa hiyo huenda ujumbe umetumwa. Angalia muunganisho na mazungumzo kabla ya kuutuma tena.'
      : 'Seva haikuweza kufikiwa. Angalia muunganisho wa mtandao, kisha ujaribu tena.',
  timeout: (f) =>
    f.maybeSent
      ? 'Hakuna jibu lililokuja kwa wakati, kwa hiyo huenda ujumbe umetumwa. Angalia mazungumzo kabla ya kuutuma tena.'
      : 'Kutuma kulichukua muda mrefu mno kuanza (kulikuwa bado kunajiandaa), kwa hiyo ujumbe haukutumwa. Jaribu tena.',
  server: (f) =>
    f.maybeSent
      ? `Briq imepata hitilafu upande wake${httpStatusNote(f.status)}, kwa hiyo huenda ujumbe umetumwa. Angalia mazungumzo kabla ya kuutuma tena${supportSw(f.requestId)}`
      : f.waitTooLong
        ? `Briq imepata hitilafu upande wake${httpStatusNote(f.status)} na ${tooLongSw}. Jaribu tena baada ya dakika chache${supportSw(f.requestId)}`
        : `Briq imepata hitilafu upande wake${httpStatusNote(f.status)}. Jaribu tena${f.retryAfterSeconds === undefined ? '' : ` baada ya ${waitSw(f.retryAfterSeconds)}`}${supportSw(f.requestId)}`,
  unauthorized: (f) =>
    f.keyMissing
      ? 'Hakuna ufunguo wa API uliofika Briq (HTTP 401): ukurasa huu uliita Briq, au mock, moja kwa moja badala ya kupitia proksi ya seva yako, ambayo huongeza ufunguo, kwa hiyo ujumbe haukutumwa. Aliyeandaa ukurasa huu auelekeze kwenye URL ya proksi.'
      : 'Briq imekataa ufunguo wa API, kwa hiyo ujumbe haukutumwa. Aliyeandaa ukurasa huu ahakiki ufunguo: kwamba ni sahihi na muda wake haujaisha, na kwamba programu yake imeunganishwa na eneo la kazi (workspace).',
  no_endpoint: () =>
    'Hakuna kinachopokea ujumbe kwenye anwani ambayo ukurasa huu unatuma kwake (HTTP 404), kwa hiyo ujumbe haukutumwa. Aliyeandaa ukurasa ahakiki anwani hiyo (URL ya proksi).',
  // Haukufuatwa (nje ya ukurasa wa wavuti; hali yake imetolewa): anwani yenyewe inaelekeza kwingine
  // (Not followed outside a web page: the address itself redirects; followed in a page: a sign-in, most likely).
  redirected: (f) =>
    f.status === undefined
      ? 'Ombi lilielekezwa kwenye ukurasa mwingine badala ya Briq, pengine ukurasa wa kuingia (huenda muda wako wa kuingia umeisha), kwa hiyo ujumbe haukutumwa. Pakia upya ukurasa huu na uingie ukiombwa, kisha utume ujumbe tena.'
      : `Anwani ambayo ujumbe ulitumwa kwake imejibu kwa kuelekeza kwenye anwani nyingine${httpStatusNote(f.status)} badala ya kutoa jibu la Briq, na uelekezaji haufuatwi nje ya ukurasa wa wavuti, kwa hiyo ujumbe haukutumwa. Aliyeandaa utumaji ahakiki anwani hiyo (kwa mfano https:// badala ya http://).`,
  proxy_unauthorized: () =>
    'Proksi ya seva yako imekataa ombi: hujaingia, au tokeni ya proksi si sahihi au haipo (HTTP 401), kwa hiyo ujumbe haukutumwa. Ingia tena, au hakiki tokeni ambayo programu yako inaituma kwa proksi (si ufunguo wa API wa Briq).',
  proxy_not_configured: () =>
    'Proksi ya seva yako haijawekwa tayari (HTTP 500), kwa hiyo ujumbe haukutumwa. Anayeendesha seva ataona kinachokosekana kwenye kumbukumbu (log) yake.',
  proxy_forbidden: () =>
    'Proksi ya seva yako haipokei maombi kutoka anwani ya ukurasa huu (HTTP 403), kwa hiyo ujumbe haukutumwa. Fungua ukurasa kwenye anwani ambayo proksi inairuhusu, au mwombe anayeendesha seva aiongeze anwani hii kwenye anwani zinazoruhusiwa.',
  proxy_refused: (f) =>
    f.status === 413
      ? 'Proksi ya seva yako haipokei ujumbe mkubwa hivi (HTTP 413), kwa hiyo haukutumwa. Anayeendesha seva anaweza kuongeza kikomo cha ukubwa wa ombi kwenye proksi.'
      : f.status === 417
        ? `${capitalise(expectationFailedSw)}, kwa hiyo ujumbe haukutumwa. Aliyeandaa utumaji autume bila kichwa hicho.`
        : f.status === 503
          ? `${capitalise(connectionSpentSw)}, kwa hiyo ujumbe haukutumwa. Uutume tena: utaenda kwa muunganisho mpya.`
          : (slowOrLargeSendSw(f, proxySw) ??
            `Proksi ya seva yako imekataa ombi${httpStatusNote(f.status)}, kwa hiyo ujumbe haukutumwa. Aliyeandaa ukurasa ahakiki anwani unayotuma kwake na mipangilio ya proksi.`),
  proxy_error: () =>
    'Proksi ya seva yako imeshindwa ilipokuwa ikishughulikia ombi (HTTP 500), kwa hiyo huenda ujumbe umetumwa. Angalia mazungumzo kabla ya kuutuma tena; anayeendesha seva ataona chanzo kwenye kumbukumbu (log) ya proksi.',
  mock_forbidden: () =>
    'Seva ya majaribio (mock) haipokei maombi kutoka anwani ya ukurasa huu (HTTP 403), kwa hiyo ujumbe haukutumwa. Iwashe upya kwa --allow-origin pamoja na anwani ya ukurasa huu (allowedOrigins kwenye msimbo).',
  mock_stopping: () =>
    'Seva ya majaribio (mock) inazimwa (HTTP 503) na haikulishughulikia ombi, kwa hiyo ujumbe haukutumwa na hakuna kilichobadilika. Uutume tena seva ya majaribio ikishawashwa tena.',
  upstream_unreachable: () =>
    'Proksi ya seva yako haikuweza kuifikia Briq (HTTP 502), kwa hiyo ujumbe haukutumwa. Angalia muunganisho wa seva na Briq, kisha ujaribu tena.',
  upstream_timeout: () =>
    'Briq haikuijibu proksi ya seva yako kwa wakati (HTTP 504), kwa hiyo huenda ujumbe umetumwa. Angalia mazungumzo kabla ya kuutuma tena.',
  upstream_answer_lost: () =>
    'Proksi ya seva yako haikupata jibu la Briq, au haikuweza kulipitisha (HTTP 502), kwa hiyo huenda ujumbe umetumwa. Angalia mazungumzo kabla ya kuutuma tena; ikiendelea kutokea, anayeendesha seva ataona sababu kwenye kumbukumbu (log) ya proksi.',
  gateway: gatewaySw,
  // Ukurasa wa wavuti badala ya jibu la Briq (A web page instead of Briq's JSON: most likely nothing
  // taken, but not surely).
  invalid_response: (f) =>
    f.webPage
      ? `Kilichorudi ni ukurasa wa wavuti${httpStatusNote(f.status)}, si jibu la Briq. Mara nyingi hii ni dalili ya mtandao unaotaka uingie kwanza (kama Wi-Fi ya hoteli) au ya anwani isiyo sahihi ya kutuma (URL ya proksi), lakini hilo haliwezi kujulikana kwa uhakika, kwa hiyo huenda ujumbe umetumwa. Angalia mazungumzo kabla ya kuutuma tena; kama haupo, fungua ukurasa wowote wa wavuti ili uingie kwenye mtandao, au mjulishe aliyeandaa ukurasa huu.`
      : `Jibu lililokuja${httpStatusNote(f.status)} halikuweza kusomwa kama jibu la Briq, kwa hiyo huenda ujumbe umetumwa. Angalia mazungumzo kabla ya kuutuma tena.`,
  aborted: (f) =>
    f.maybeSent
      ? 'Utumaji ulisitishwa baada ya ombi kuondoka, kwa hiyo huenda ujumbe umetumwa. Angalia mazungumzo kabla ya kuutuma tena.'
      : 'Utumaji ulisitishwa kabla ombi halijaondoka, kwa hiyo ujumbe haukutumwa.',
  other: (f) =>
    f.maybeSent
      ? 'Kutuma kumeshindikana kwa namna isiyojulikana, kwa hiyo huenda ujumbe umetumwa. Angalia mazungumzo kabla ya kuutuma tena.'
      : f.status === undefined
        ? 'Kutuma kumeshindikana.'
        : // 408 au 431 ya Briq yenyewe (ya mock, badala yake) haikupokea chochote pia (Briq's own 408 or 431 took nothing either).
          (slowOrLargeSendSw(f, 'Briq') ?? `Briq imeukataa ujumbe${httpStatusNote(f.status)}.`),
}

/** Why another call failed, in Swahili, shortly (by `requestFailureReason`). */
export const requestFailureSw: CoreMessages['requestFailure'] = {
  network: () => 'seva haikuweza kufikiwa',
  timeout: () => 'hakuna jibu kwa wakati',
  rate_limited: (f) => {
    // Seva iliyo njiani inatajwa kama sentensi ya kutuma inavyoitaja (A gateway's 429 page is named as a send's sentence names it).
    const many =
      f.askedBy === 'gateway'
        ? 'seva iliyo njiani kuelekea Briq imepokea maombi mengi mno kwa wakati mmoja (HTTP 429), si Briq'
        : 'maombi mengi mno kwa wakati mmoja'
    return f.waitTooLong
      ? `${many}, na ${f.askedBy === 'gateway' ? 'seva hiyo' : 'seva'} imeomba kusubiri zaidi ya siku moja; huenda ni mpangilio uliokosewa`
      : f.retryAfterSeconds === undefined
        ? `${many}; subiri kidogo`
        : `${many}; jaribu tena baada ya ${waitSw(f.retryAfterSeconds)}`
  },
  unauthorized: (f) =>
    f.keyMissing
      ? 'hakuna ufunguo wa API uliofika Briq (HTTP 401): ukurasa huu uiite kupitia proksi ya seva yako, ambayo huongeza ufunguo'
      : 'ufunguo wa API umekataliwa',
  redirected: (f) =>
    f.status === undefined
      ? 'ombi lilielekezwa kwenye ukurasa mwingine, huenda wa kuingia: pakia upya ukurasa huu na uingie'
      : `anwani imejibu kwa kuelekeza kwingine${httpStatusNote(f.status)}, na uelekezaji haufuatwi nje ya ukurasa wa wavuti: hakiki anwani`,
  proxy_unauthorized: () =>
    'proksi ya seva yako imekataa ombi: hujaingia, au tokeni ya proksi si sahihi au haipo (HTTP 401)',
  proxy_not_configured: () => 'proksi ya seva yako haijawekwa tayari (HTTP 500)',
  proxy_forbidden: () => 'proksi ya seva yako haipokei maombi kutoka anwani ya ukurasa huu (HTTP 403)',
  proxy_refused: (f) =>
    f.status === 417
      ? expectationFailedSw
      : f.status === 503
        ? `${connectionSpentSw}: jaribu tena`
        : (slowOrLargeSw(f, proxySw) ?? `proksi ya seva yako imekataa ombi${httpStatusNote(f.status)}`),
  proxy_error: () => 'proksi ya seva yako imeshindwa ilipokuwa ikishughulikia ombi (HTTP 500)',
  mock_forbidden: () => 'seva ya majaribio (mock) haipokei maombi kutoka anwani ya ukurasa huu (HTTP 403)',
  mock_stopping: () =>
    'seva ya majaribio (mock) inazimwa (HTTP 503) na haikulishughulikia ombi: jaribu tena ikishawashwa tena',
  upstream_unreachable: () => 'proksi ya seva yako haikuweza kuifikia Briq (HTTP 502)',
  upstream_timeout: () => 'Briq haikuijibu proksi ya seva yako kwa wakati (HTTP 504)',
  upstream_answer_lost: () => 'proksi ya seva yako haikupata jibu la Briq, au haikuweza kulipitisha (HTTP 502)',
  gateway: (f) =>
    f.status === 511
      ? 'mtandao unataka uingie kwanza (HTTP 511): fungua ukurasa wowote wa wavuti ili uingie'
      : f.status === 404
        ? nothingAnswersSw
        : f.status === 503
          ? 'seva iliyo njiani kuelekea Briq imejibu kwamba huduma haipatikani kwa sasa (HTTP 503)'
          : (slowOrLargeSw(f) ??
            ((f.status ?? 500) >= 500
              ? failedSw(f.status)
              : `seva iliyo njiani kuelekea Briq imekataa ombi${httpStatusNote(f.status)}, si Briq`)),
  not_found: (f) =>
    f.about === 'list'
      ? nothingAnswersSw
      : f.about === 'conversation'
        ? 'Briq haiyajui mazungumzo haya'
        : 'Briq haiujui ujumbe huu',
  server: () => 'Briq imepata hitilafu upande wake',
  invalid_response: (f) =>
    f.webPage
      ? 'kilichorudi ni ukurasa wa wavuti, si jibu la Briq (mtandao unaotaka uingie, au anwani isiyo sahihi)'
      : 'jibu halikuweza kusomwa kama jibu la Briq',
  aborted: () => 'imesitishwa',
  other: (f) =>
    f.status === undefined ? 'ombi limeshindikana' : (slowOrLargeSw(f, 'Briq') ?? `Briq imejibu kwa HTTP ${f.status}`),
}

/** That sends are held after a Retry-After (Briq's, or a gateway's 429), in Swahili. */
// Seva iliyo njiani inatajwa kama sentensi ya kushindwa kwake inavyoitaja, na huhesabu maombi
// (A gateway is named as its failure's sentence names it, and it counts requests, not messages).
export const sendHoldSw: CoreMessages['sendHold'] = ({ reason, seconds, askedBy }) =>
  `Kutuma kumesimamishwa kwa ${waitSw(seconds)} zaidi: ${
    askedBy === 'briq' ? 'Briq' : askedBy === 'gateway' ? 'seva iliyo njiani kuelekea Briq' : 'seva'
  } imeomba kusubiri (${
    reason !== 'rate_limited'
      ? 'imepata hitilafu upande wake'
      : askedBy === 'gateway'
        ? 'maombi mengi mno kwa wakati mmoja'
        : 'jumbe nyingi mno kwa wakati mmoja'
  }).`
