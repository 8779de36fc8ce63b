// Two-letter country-code domains as IANA's root zone lists them (iana.org/domains/root/db),
// packed in pairs: a bare address such as "wa.me/255712345678" or "briq.tz" is linked only when
// it ends in one of these or in GENERIC, so "config.json", "Node.js" or "e.g." stay text.
const COUNTRY_CODES =
  'acadaeafagaialamaoaqarasatauawaxazbabbbdbebfbgbhbibjbmbnbobqbrbsbtbwbybzcacccdcfcgchcickclcmcncocrcucvcwcxcyczdedjdkdmdodzeceeegereseteufifjfkfmfofrgagbgdgegfggghgiglgmgngpgqgrgsgtgugwgyhkhmhnhrhthuidieilim' +
  'inioiqirisitjejmjojpkekgkhkikmknkpkrkwkykzlalblclilklrlsltlulvlymamcmdmemgmhmkmlmmmnmompmqmrmsmtmumvmwmxmymznancnenfngninlnonpnrnunzompapepfpgphpkplpmpnprpsptpwpyqarerorsrurwsasbscsdsesgshsisksl' +
  'smsnsosrssstsusvsxsysztctdtftgthtjtktltmtntotrtttvtwtzuaugukusuyuzvavcvevgvivnvuwfwsyeytzazmzw'

// The original generic domains and the newer ones most seen in business messages.
const GENERIC =
  'com net org info biz edu gov int mil app dev page xyz online site shop store tech africa blog cloud news live'

let known: Set<string> | undefined

/** Whether `label` (any case) is a top-level domain a bare address may end in. */
export function isKnownTopLevelDomain(label: string): boolean {
  if (known === undefined) {
    known = new Set(GENERIC.split(' '))
    for (let i = 0; i < COUNTRY_CODES.length; i += 2) known.add(COUNTRY_CODES.slice(i, i + 2))
  }
  return known.has(label.toLowerCase())
}
