// Sign-in abuse against the production server, as an attacker would try it: both transports
// (next-auth's JSON post and a plain HTML form post), forged X-Forwarded-For headers, parallel
// attempts, and a stranger trying to lock a member out. Each client connects from its own
// loopback address (127.0.0.x), which is what the server counts (TRUST_PROXY_HOPS unset).
import { describe, expect, inject, it } from 'vitest'
import { DEMO_PASSWORD } from '@/prisma/seed/data/users'
import { apiSignIn } from './support/http'

const baseURL = inject('baseURL')
const signIn = (login: string, password: string, options: Parameters<typeof apiSignIn>[3]) => apiSignIn(baseURL, login, password, options)
const hasSession = (cookie: string) => /next-auth\.session-token=/.test(cookie)

describe('sign-in abuse', () => {
  it('a plain form post is throttled like a JSON one: the 6th attempt is refused even with the right password', async () => {
    const from = '127.0.0.2'
    for (let i = 1; i <= 5; i++) {
      const wrong = await signIn('hana', `guess ${i}`, { from, transport: 'form' })
      expect(wrong.status, `attempt ${i}`).toBe(302)
      expect(wrong.location).toContain('error=CredentialsSignin')
    }
    const right = await signIn('hana', DEMO_PASSWORD, { from, transport: 'form' })
    expect(right.status).toBe(429)
    expect(Number(right.retryAfter)).toBeGreaterThan(0)
    expect(hasSession(right.cookie)).toBe(false)
  })

  it('the member’s right password from another address still signs in (no lock-out by strangers)', async () => {
    const answer = await signIn('hana', DEMO_PASSWORD, { from: '127.0.0.3' })
    expect(answer.status).toBe(200)
    expect(hasSession(answer.cookie)).toBe(true)
  })

  it('a forged X-Forwarded-For, rotated or prepended, does not get past the limit per address', async () => {
    const from = '127.0.0.4'
    const statuses: number[] = []
    for (let i = 0; i < 22; i++) {
      const forged = i % 2 ? `198.51.100.${i}` : `198.51.100.${i}, 127.0.0.9`
      statuses.push((await signIn(`nobody_${i}`, 'guess', { from, headers: { 'X-Forwarded-For': forged, 'X-Real-IP': forged } })).status)
    }
    expect(statuses.slice(0, 20).every((status) => status === 401)).toBe(true)
    expect(statuses.slice(20)).toEqual([429, 429])
    // …and it was counted against 127.0.0.4 alone: a client elsewhere is not affected.
    expect((await signIn('nobody_else', 'guess', { from: '127.0.0.5' })).status).toBe(401)
  })

  it('30 parallel wrong attempts check at most 5 passwords', async () => {
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => signIn('rafael', `parallel guess ${i}`, { from: '127.0.0.6' })))
    const statuses = answers.map((answer) => answer.status)
    expect(statuses.filter((status) => status === 401)).toHaveLength(5)
    expect(statuses.filter((status) => status === 429)).toHaveLength(25)
  })
})
