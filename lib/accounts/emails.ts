// The text of account emails: plain text, no tracking, the link on a line of its own.
import type { Mail } from '../mail'

const SIGNATURE = '\n\n— WhatHelped\nYou receive this because someone used this address on WhatHelped. If it was not you, ignore this email.'

export function verifyEmailMail(to: string, handle: string, link: string): Mail {
  return {
    to,
    subject: 'Confirm your email address on WhatHelped',
    text: `Hello ${handle},\n\nPlease confirm that this is your address, so that you can reset your password if you ever forget it:\n\n${link}\n\nThe link works once, for 48 hours.${SIGNATURE}`,
  }
}

export function accountExistsMail(to: string, link: string): Mail {
  return {
    to,
    subject: 'You already have a WhatHelped account',
    text: `Hello,\n\nSomeone — probably you — tried to sign up on WhatHelped with this address, which already belongs to an account. Sign in with it, or reset its password here:\n\n${link}${SIGNATURE}`,
  }
}

export function resetPasswordMail(to: string, handle: string, link: string): Mail {
  return {
    to,
    subject: 'Reset your WhatHelped password',
    text: `Hello ${handle},\n\nUse this link to choose a new password:\n\n${link}\n\nThe link works once, for one hour. Choosing a new password signs you out everywhere.${SIGNATURE}`,
  }
}

export function changeEmailMail(to: string, handle: string, link: string): Mail {
  return {
    to,
    subject: 'Confirm your new email address on WhatHelped',
    text: `Hello ${handle},\n\nYou asked to use this address for your WhatHelped account. Confirm it here:\n\n${link}\n\nThe link works once, for 24 hours.${SIGNATURE}`,
  }
}
