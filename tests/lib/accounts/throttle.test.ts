// Sign-in throttling around the credentials check, as the /api/auth/callback/credentials route
// runs it (the route passes next-auth's handler; here a stand-in answers as next-auth does).
import { describe, expect, it } from 'vitest'
import { verifyCredentials } from '@/lib/accounts/credentials'
import { withLoginThrottle } from '@/lib/accounts/throttle'
import { createMember } from '@/tests/factories'

const PASSWORD = 'the right password'
let ipCounter = 0
const freshIp = () => `192.0.2.${++ipCounter}`

/** next-auth's answers: 401 with an error URL for a failure, 200 with the callback URL on success. */
function signIn(login: string, password: string, ip: string) {
  return withLoginThrottle(login, ip, async () => {
    const user = await verifyCredentials(login, password)
    return user
      ? Response.json({ url: 'http://forum.test/' }, { status: 200 })
      : Response.json({ url: 'http://forum.test/signin?error=CredentialsSignin&provider=credentials' }, { status: 401 })
  })
}

describe('sign-in throttling', () => {
  it('the 6th failure for one account within 15 minutes gets 429 with Retry-After and a clear message', async () => {
    const member = await createMember({ password: PASSWORD })
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await signIn(member.handle, 'wrong password', freshIp())).status, `attempt ${attempt}`).toBe(401)
    }
    const sixth = await signIn(member.handle, 'wrong password', freshIp())
    expect(sixth.status).toBe(429)
    const retryAfter = Number(sixth.headers.get('Retry-After'))
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(15 * 60)
    const body = (await sixth.json()) as { error: { code: string; message: string } }
    expect(body.error.code).toBe('rate_limited')
    expect(body.error.message).toMatch(/Too many failed sign-in attempts.*wait \d+ minutes/)
    // Even the right password waits: the throttle answers before any check.
    expect((await signIn(member.handle, PASSWORD, freshIp())).status).toBe(429)
  })

  it('counts the handle and the email of one account together', async () => {
    const member = await createMember({ password: PASSWORD })
    for (let i = 0; i < 3; i++) await signIn(member.handle, 'nope', freshIp())
    for (let i = 0; i < 2; i++) await signIn(member.email.toUpperCase(), 'nope', freshIp())
    expect((await signIn(member.email, 'nope', freshIp())).status).toBe(429)
  })

  it('a success resets the account counter', async () => {
    const member = await createMember({ password: PASSWORD })
    for (let i = 0; i < 4; i++) await signIn(member.handle, 'nope', freshIp())
    expect((await signIn(member.handle, PASSWORD, freshIp())).status).toBe(200)
    for (let i = 0; i < 5; i++) expect((await signIn(member.handle, 'nope', freshIp())).status).toBe(401)
    expect((await signIn(member.handle, 'nope', freshIp())).status).toBe(429)
  })

  it('20 failures from one IP address, whatever the accounts, block that address', async () => {
    const ip = freshIp()
    for (let i = 0; i < 20; i++) expect((await signIn(`nobody_${i}`, 'guess', ip)).status).toBe(401)
    const member = await createMember({ password: PASSWORD })
    expect((await signIn(member.handle, PASSWORD, ip)).status).toBe(429)
    expect((await signIn(member.handle, PASSWORD, freshIp())).status).toBe(200)
  })

  it('an unknown account and a wrong password get the same status and body, in about the same time', async () => {
    const member = await createMember({ password: PASSWORD })
    const time = async (login: string) => {
      const started = performance.now()
      const response = await signIn(login, 'not the password', freshIp())
      return { status: response.status, body: await response.text(), ms: performance.now() - started }
    }
    await time('warm_up_the_dummy_hash')
    const wrongPassword = await time(member.handle)
    const unknown = await time('no_such_member')
    expect(unknown.status).toBe(wrongPassword.status)
    expect(unknown.body).toBe(wrongPassword.body)
    // Both run one argon2id verification; without the dummy hash the unknown one takes ~0 ms.
    expect(unknown.ms).toBeGreaterThan(wrongPassword.ms * 0.4)
  })
})
