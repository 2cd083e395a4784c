// Why a member reports something: the words the form shows and the moderators' queue reads,
// and how urgent each reason is. Browser-safe: no server imports.
import type { ReportReason } from '../generated/prisma/enums'

/** The reasons in the order the report form offers them. */
export const REPORT_REASON_VALUES = [
  'SPAM',
  'DANGEROUS_MEDICAL',
  'HARASSMENT',
  'SELF_HARM',
  'PRIVATE_INFO',
  'OFF_TOPIC',
  'OTHER',
] as const satisfies readonly ReportReason[]

export interface ReportReasonText {
  label: string
  /** One line under the choice, saying what belongs there. */
  description: string
}

export const REPORT_REASONS: Record<ReportReason, ReportReasonText> = {
  SPAM: {
    label: 'Spam or advertising',
    description: 'Selling something, links to a shop or a clinic, or the same message posted again and again.',
  },
  DANGEROUS_MEDICAL: {
    label: 'Dangerous or false medical claims',
    description: 'Advice that could hurt someone, such as stopping prescribed treatment, or a made-up “cure”.',
  },
  HARASSMENT: {
    label: 'Harassment or abuse',
    description: 'Insults, threats, mocking someone’s skin or body, or picking on a member.',
  },
  SELF_HARM: {
    label: 'Someone may be at risk of harming themselves',
    description: 'Talk of self-harm or suicide. Moderators look at these first.',
  },
  PRIVATE_INFO: {
    label: 'Private information',
    description: 'A real name, address, phone number, email or photo shared without the person’s consent.',
  },
  OFF_TOPIC: {
    label: 'Off-topic',
    description: 'Nothing to do with skin, health or what helped.',
  },
  OTHER: {
    label: 'Something else',
    description: 'Please say what is wrong in the note below.',
  },
}

/**
 * How urgent a reason is for the moderators' queue: higher first. Self-harm comes before
 * everything, then what could hurt someone's health or safety, then the rest.
 */
export const REASON_SEVERITY: Record<ReportReason, number> = {
  SELF_HARM: 100,
  DANGEROUS_MEDICAL: 80,
  HARASSMENT: 70,
  PRIVATE_INFO: 60,
  SPAM: 30,
  OTHER: 20,
  OFF_TOPIC: 10,
}

/** The most urgent of several reports' reasons (0 for none). */
export function highestSeverity(reasons: Iterable<ReportReason>): number {
  let highest = 0
  for (const reason of reasons) highest = Math.max(highest, REASON_SEVERITY[reason])
  return highest
}
