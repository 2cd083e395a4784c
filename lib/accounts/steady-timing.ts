// Answers that must not tell whether an email address is registered (sign-up, forgotten
// password) take the same time either way: the work differs (a row created or not, a mail sent
// or not), so the answer waits until a fixed time after the request began. The floor sits well
// above the slower path (an argon2id hash and a few writes) on a loaded machine.
import 'server-only'

export const ACCOUNT_LOOKUP_ANSWER_MS = 600

export async function withSteadyTiming<T>(work: () => Promise<T>, floorMs = ACCOUNT_LOOKUP_ANSWER_MS): Promise<T> {
  const started = performance.now()
  const wait = () => new Promise((resolve) => setTimeout(resolve, Math.max(0, floorMs - (performance.now() - started))))
  try {
    return await work()
  } finally {
    await wait()
  }
}
