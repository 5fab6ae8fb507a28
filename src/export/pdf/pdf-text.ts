// The PDF's text is set in Helvetica, one of the fonts every PDF reader has, so the file needs no
// embedded font and its text stays selectable and searchable. Helvetica covers Latin-1 and the
// usual typographic marks (WinAnsi: German, French, Spanish, Nordic letters, €, quotes, dashes);
// other letters lose their accents where that leaves a Latin letter, and emoji are left out.

const EXTRA = new Set([
  '€',
  '–',
  '—',
  '„',
  '“',
  '”',
  '‘',
  '’',
  '‚',
  '…',
  '•',
  '†',
  '‡',
  '‰',
  '‹',
  '›',
  'Œ',
  'œ',
  'Š',
  'š',
  'Ž',
  'ž',
  'Ÿ',
  'ƒ',
  'ˆ',
  '˜',
  '™',
])

export function pdfText(text: string): string {
  let out = ''
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0)!
    if ((code >= 32 && code < 127) || (code >= 160 && code <= 255) || EXTRA.has(ch)) out += ch
    else if (ch === '−') out += '-'
    else if (/\p{Extended_Pictographic}|\p{Variation_Selector}|\u200d/u.test(ch)) continue
    else {
      const plain = ch.normalize('NFKD').replace(/\p{M}/gu, '')
      out += [...plain].every((c) => c.codePointAt(0)! < 256) && plain !== '' ? plain : '?'
    }
  }
  return out
}
