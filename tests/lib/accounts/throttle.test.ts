// Sign-in throttling where the password is checked (signInWithThrottle, called by next-auth's
// credentials `authorize` for every transport). The route's 429 answer is tested in the browser
// suite (tests/e2e/sign-in-abuse.e2e.test.ts) through a form post and a JSON post.
import { describe, expect, it } from 'vitest'
import { RateLimitedError } from '@/lib/api/errors'
import { answerLoginAttempt, noteLoginRefusal, signInWithThrottle } from '@/lib/accounts/throttle'
import { LOGIN_FAILURES_PER_ACCOUNT } from '@/lib/accounts/limits'
import { createMember } from '@/tests/factories'

const PASSWORD = 'the right password'
let ipCounter = 0
const freshIp = () => `192.0.2.${++ipCounter}`

type Outcome = 'signed in' | 'wrong' | 'throttled'
async function attempt(login: string, password: string, ip: string): Promise<Outcome> {
  try {
    return (await signInWithThrottle(login, password, ip)) ? 'signed in' : 'wrong'
  } catch (error) {
    if (error instanceof RateLimitedError) return 'throttled'
    throw error
  }
}

describe('sign-in throttling', () => {
  it('5 failures from one address for one account refuse the 6th attempt there, even with the right password, with a clear wait', async () => {
    const member = await createMember({ password: PASSWORD })
    const ip = freshIp()
    for (let i = 1; i <= 5; i++) expect(await attempt(member.handle, 'wrong password', ip), `attempt ${i}`).toBe('wrong')
    const refusal = await signInWithThrottle(member.handle, PASSWORD, ip).catch((error: unknown) => error)
    expect(refusal).toBeInstanceOf(RateLimitedError)
    const { retryAfterSeconds, message } = refusal as RateLimitedError
    expect(retryAfterSeconds).toBeGreaterThan(0)
    expect(retryAfterSeconds).toBeLessThanOrEqual(15 * 60)
    expect(message).toMatch(/Too many failed sign-in attempts.*wait \d+ minutes/)
  })

  it('nobody can lock a member out: failures from elsewhere do not refuse the right password from a fresh address', async () => {
    const member = await createMember({ password: PASSWORD })
    const attacker = freshIp()
    for (let i = 0; i < 8; i++) await attempt(member.handle, 'guess', attacker)
    expect(await attempt(member.handle, 'guess', attacker)).toBe('throttled')
    expect(await attempt(member.handle, PASSWORD, freshIp())).toBe('signed in')
  })

  it('counts the handle and the email of one account together', async () => {
    const member = await createMember({ password: PASSWORD })
    const ip = freshIp()
    for (let i = 0; i < 3; i++) await attempt(member.handle, 'nope', ip)
    for (let i = 0; i < 2; i++) await attempt(member.email.toUpperCase(), 'nope', ip)
    expect(await attempt(member.email, 'nope', ip)).toBe('throttled')
  })

  it('a success resets the address’s count for that account', async () => {
    const member = await createMember({ password: PASSWORD })
    const ip = freshIp()
    for (let i = 0; i < 4; i++) await attempt(member.handle, 'nope', ip)
    expect(await attempt(member.handle, PASSWORD, ip)).toBe('signed in')
    for (let i = 0; i < 5; i++) expect(await attempt(member.handle, 'nope', ip)).toBe('wrong')
    expect(await attempt(member.handle, 'nope', ip)).toBe('throttled')
  })

  it('20 failures from one address, whatever the accounts, block that address and only that one', async () => {
    const ip = freshIp()
    for (let i = 0; i < 20; i++) expect(await attempt(`nobody_${i}`, 'guess', ip)).toBe('wrong')
    const member = await createMember({ password: PASSWORD })
    expect(await attempt(member.handle, PASSWORD, ip)).toBe('throttled')
    expect(await attempt(member.handle, PASSWORD, freshIp())).toBe('signed in')
  })

  it('30 parallel wrong attempts from one address check at most 5 passwords', async () => {
    const member = await createMember({ password: PASSWORD })
    const ip = freshIp()
    const outcomes = await Promise.all(Array.from({ length: 30 }, () => attempt(member.handle, 'wrong', ip)))
    expect(outcomes.filter((outcome) => outcome === 'wrong')).toHaveLength(5)
    expect(outcomes.filter((outcome) => outcome === 'throttled')).toHaveLength(25)
  })

  it('past the account’s ceiling each address that has not failed gets one guess, and the member still gets in', async () => {
    const member = await createMember({ password: PASSWORD })
    // Many addresses, a few guesses each: the account's ceiling, never one address's limit.
    for (let sent = 0; sent < LOGIN_FAILURES_PER_ACCOUNT.points; ) {
      const ip = freshIp()
      for (let i = 0; i < 4 && sent < LOGIN_FAILURES_PER_ACCOUNT.points; i++, sent++) expect(await attempt(member.handle, 'guess', ip)).toBe('wrong')
    }
    const botnet = freshIp()
    expect(await attempt(member.handle, 'guess', botnet)).toBe('wrong')
    expect(await attempt(member.handle, 'guess', botnet)).toBe('throttled')
    expect(await attempt(member.handle, PASSWORD, freshIp())).toBe('signed in')
  })

  it('an unknown account and a wrong password answer alike', async () => {
    const member = await createMember({ password: PASSWORD })
    expect(await attempt(member.handle, 'not the password', freshIp())).toBe('wrong')
    expect(await attempt('no_such_member', 'not the password', freshIp())).toBe('wrong')
  })
})

describe('answerLoginAttempt', () => {
  it('answers 429 with Retry-After when authorize noted a refusal, whatever next-auth answered', async () => {
    const response = await answerLoginAttempt(async () => {
      noteLoginRefusal(new RateLimitedError(120, 'Too many failed sign-in attempts.'))
      return new Response(null, { status: 302, headers: { location: '/signin?error=x' } })
    })
    expect(response.status).toBe(429)
    expect(response.headers.get('Retry-After')).toBe('120')
  })

  it('passes next-auth’s answer through otherwise', async () => {
    const response = await answerLoginAttempt(async () => new Response(null, { status: 302 }))
    expect(response.status).toBe(302)
  })
})
