import { describe, expect, it } from 'vitest'
import { REPORT_NOTE_MAX_LENGTH, autoHideThresholdSchema, reportSchema, reportTargetSchema } from '@/lib/reports/schemas'
import { REASON_SEVERITY, REPORT_REASONS, REPORT_REASON_VALUES, highestSeverity } from '@/lib/reports/reasons'
import { ReportReason } from '@/lib/generated/prisma/enums'

function errorsOf(input: unknown): Record<string, string[]> {
  const result = reportSchema.safeParse(input)
  if (result.success) return {}
  const fields: Record<string, string[]> = {}
  for (const issue of result.error.issues) (fields[issue.path.join('.') || '_'] ??= []).push(issue.message)
  return fields
}

describe('report schema', () => {
  it('accepts a story, a reply or a member with a reason, and trims the note', () => {
    expect(reportSchema.parse({ type: 'post', id: '42', reason: 'SPAM', note: '  shop links  ' })).toEqual({ type: 'post', id: 42, reason: 'SPAM', note: 'shop links' })
    expect(reportSchema.parse({ type: 'comment', id: '7', reason: 'HARASSMENT' })).toEqual({ type: 'comment', id: 7, reason: 'HARASSMENT', note: undefined })
    expect(reportSchema.parse({ type: 'user', id: ' lena_k ', reason: 'OTHER', note: '' })).toEqual({ type: 'user', id: 'lena_k', reason: 'OTHER', note: undefined })
  })

  it('a blank note is no note', () => {
    expect(reportSchema.parse({ type: 'post', id: 1, reason: 'SPAM', note: '   \n ' }).note).toBeUndefined()
  })

  it('needs a reason from the list', () => {
    expect(errorsOf({ type: 'post', id: 1 }).reason).toEqual(['Choose a reason'])
    expect(errorsOf({ type: 'post', id: 1, reason: 'BORING' }).reason).toEqual(['Choose a reason'])
  })

  it('keeps the note to 1,000 characters after trimming', () => {
    expect(errorsOf({ type: 'post', id: 1, reason: 'SPAM', note: 'x'.repeat(REPORT_NOTE_MAX_LENGTH) })).toEqual({})
    expect(errorsOf({ type: 'post', id: 1, reason: 'SPAM', note: `  ${'x'.repeat(REPORT_NOTE_MAX_LENGTH)}  ` })).toEqual({})
    expect(errorsOf({ type: 'post', id: 1, reason: 'SPAM', note: 'x'.repeat(REPORT_NOTE_MAX_LENGTH + 1) }).note?.[0]).toMatch(/1,000 characters/)
  })

  it('refuses unknown target types and ids that are not positive 32-bit integers', () => {
    for (const target of [
      { type: 'article', id: 1 },
      { type: 'post', id: 0 },
      { type: 'post', id: -3 },
      { type: 'post', id: '1.5' },
      { type: 'post', id: 'abc' },
      { type: 'comment', id: 2_147_483_648 },
      { type: 'user', id: '' },
      { type: 'user', id: 'x'.repeat(25) },
      {},
    ]) {
      expect(reportTargetSchema.safeParse(target).success, JSON.stringify(target)).toBe(false)
    }
  })
})

describe('reasons', () => {
  it('every reason has a label, a description and a severity, self-harm the highest', () => {
    expect([...REPORT_REASON_VALUES].sort()).toEqual(Object.values(ReportReason).sort())
    for (const reason of REPORT_REASON_VALUES) {
      expect(REPORT_REASONS[reason].label.length).toBeGreaterThan(3)
      expect(REPORT_REASONS[reason].description.length).toBeGreaterThan(10)
      expect(REASON_SEVERITY[reason]).toBeGreaterThan(0)
    }
    const others = REPORT_REASON_VALUES.filter((r) => r !== 'SELF_HARM').map((r) => REASON_SEVERITY[r])
    expect(REASON_SEVERITY.SELF_HARM).toBeGreaterThan(Math.max(...others))
    expect(highestSeverity(['SPAM', 'SELF_HARM', 'OFF_TOPIC'])).toBe(REASON_SEVERITY.SELF_HARM)
    expect(highestSeverity([])).toBe(0)
  })
})

describe('auto-hide threshold schema', () => {
  it('takes a whole number from 2 to 20', () => {
    expect(autoHideThresholdSchema.parse('5')).toBe(5)
    for (const bad of ['1', '21', '2.5', 'three', '']) expect(autoHideThresholdSchema.safeParse(bad).success, bad).toBe(false)
  })
})
