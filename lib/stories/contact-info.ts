// Spots what looks like an email address or a phone number in a draft, so the composer can
// warn before contact details end up next to someone's health story. A warning, not a
// filter: false positives only cost the author a second look.

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g
// Runs of digits with the usual separators; counted as a phone number from MIN_PHONE_DIGITS.
const PHONE_CANDIDATE = /\+?\(?\d[\d\s().\-/]{6,}\d/g
export const MIN_PHONE_DIGITS = 8
export const MAX_PHONE_DIGITS = 15

export interface ContactInfoFound {
  emails: string[]
  phones: string[]
}

function looksLikeDate(candidate: string): boolean {
  return /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/.test(candidate.trim()) || /^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/.test(candidate.trim())
}

export function findContactInfo(text: string): ContactInfoFound {
  const emails = [...new Set(text.match(EMAIL) ?? [])]
  const phones: string[] = []
  for (const candidate of text.match(PHONE_CANDIDATE) ?? []) {
    const digits = candidate.replace(/\D/g, '').length
    if (digits < MIN_PHONE_DIGITS || digits > MAX_PHONE_DIGITS || looksLikeDate(candidate)) continue
    if (!phones.includes(candidate.trim())) phones.push(candidate.trim())
  }
  return { emails, phones }
}
