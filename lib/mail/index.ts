// Outgoing mail. With SMTP_HOST set it goes through nodemailer; without, it is written to the
// OutboxMessage table, which /dev/outbox shows in development so the flows can be tried end to
// end. Every message counts against limits per recipient and per requesting IP address.
import 'server-only'
import type { Transporter } from 'nodemailer'
import { db } from '../db'
import { env } from '../env'
import { consume, enforce } from '../rate-limit'
import type { RateLimit } from '../rate-limit'

export interface Mail {
  to: string
  subject: string
  text: string
}

const HOUR_SECONDS = 3600
/** Mail to one address (verification, reset, email change, notifications). */
export const MAILS_PER_ADDRESS: RateLimit = { name: 'mail-address', points: 5, durationSeconds: HOUR_SECONDS }
/** Mail triggered from one IP address. */
export const MAILS_PER_IP: RateLimit = { name: 'mail-ip', points: 20, durationSeconds: HOUR_SECONDS }

export const MAIL_LIMIT_MESSAGE = 'We have sent several emails already: please check your inbox (and spam folder) or try again later.'

let transport: Promise<Transporter> | undefined
function smtpTransport(): Promise<Transporter> {
  transport ??= import('nodemailer').then((nodemailer) =>
    nodemailer.createTransport({
      host: env.SMTP_HOST,
      port: env.SMTP_PORT,
      secure: env.SMTP_SECURE,
      auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD } : undefined,
    }),
  )
  return transport
}

export function mailDelivery(): 'smtp' | 'outbox' {
  return env.SMTP_HOST ? 'smtp' : 'outbox'
}

/** Counts one message to `to` from `ip` against the limits; throws RateLimitedError when over. */
async function reserveMailQuota(to: string, ip: string): Promise<void> {
  await enforce(MAILS_PER_ADDRESS, to.trim().toLowerCase(), MAIL_LIMIT_MESSAGE)
  await enforce(MAILS_PER_IP, ip, MAIL_LIMIT_MESSAGE)
}

/** Sends one message; throws RateLimitedError when the address or the IP has had enough. */
export async function sendMail(mail: Mail, context: { ip: string }): Promise<void> {
  await reserveMailQuota(mail.to.trim().toLowerCase(), context.ip)
  await deliverMail(mail)
}

/**
 * Mail the site sends on its own (notification emails): no requesting IP to count, but the
 * per-address limit still applies. Returns false when the address has had enough for now.
 */
export async function sendSiteMail(mail: Mail): Promise<boolean> {
  const quota = await consume(MAILS_PER_ADDRESS, mail.to.trim().toLowerCase())
  if (!quota.allowed) return false
  await deliverMail(mail)
  return true
}

/** Sends one message whose quota the caller has already counted. */
export async function deliverMail(mail: Mail): Promise<void> {
  const to = mail.to.trim().toLowerCase()
  if (mailDelivery() === 'smtp') {
    await (await smtpTransport()).sendMail({ from: env.SMTP_FROM, to, subject: mail.subject, text: mail.text })
    return
  }
  if (env.NODE_ENV === 'production') {
    console.warn('[mail] SMTP_HOST is not set: mail is kept in the outbox table and nobody receives it')
  }
  await db.outboxMessage.create({ data: { to, subject: mail.subject, text: mail.text } })
}
