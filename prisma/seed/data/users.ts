// Demo accounts. Their passwords are for local development only (README lists them). Only the
// embedded database seeds itself; a PostgreSQL database gets them only from `npm run db:seed`.
import type { Role } from '../../../lib/generated/prisma/enums'

export interface SeedUser {
  handle: string
  email: string
  password: string
  role: Role
  bio?: string
  /** Condition slugs shown on the profile. */
  shows?: string[]
}

export const DEMO_PASSWORD = 'whathelped-demo'

export const DEMO_USERS: SeedUser[] = [
  { handle: 'admin', email: 'admin@whathelped.test', password: 'whathelped-admin', role: 'ADMIN', bio: 'Runs WhatHelped. Ask me about the site, not your skin.' },
  { handle: 'mod_maya', email: 'maya@whathelped.test', password: 'whathelped-mod', role: 'MODERATOR', bio: 'Moderator. Eczema since childhood.', shows: ['eczema'] },
  { handle: 'lena_k', email: 'lena@whathelped.test', password: DEMO_PASSWORD, role: 'MEMBER', bio: 'Adult acne, 31. Keeping a food diary since 2024.', shows: ['hormonal-acne'] },
  { handle: 'tomas', email: 'tomas@whathelped.test', password: DEMO_PASSWORD, role: 'MEMBER', bio: 'Dad of an eczema kid, and a rosacea nose of my own.', shows: ['rosacea', 'eczema'] },
  { handle: 'priya_s', email: 'priya@whathelped.test', password: DEMO_PASSWORD, role: 'MEMBER', shows: ['acne'] },
  { handle: 'jordan', email: 'jordan@whathelped.test', password: DEMO_PASSWORD, role: 'MEMBER', bio: 'Psoriasis for 12 years. Skeptical of miracle cures.', shows: ['psoriasis'] },
  { handle: 'amara', email: 'amara@whathelped.test', password: DEMO_PASSWORD, role: 'MEMBER', shows: ['eczema', 'dyshidrotic-eczema'] },
  { handle: 'kenji', email: 'kenji@whathelped.test', password: DEMO_PASSWORD, role: 'MEMBER', bio: 'Seb derm and a stressful job.', shows: ['seborrheic-dermatitis'] },
  { handle: 'sofia_r', email: 'sofia@whathelped.test', password: DEMO_PASSWORD, role: 'MEMBER', shows: ['rosacea'] },
  { handle: 'ben_w', email: 'ben@whathelped.test', password: DEMO_PASSWORD, role: 'MEMBER', bio: 'Back acne since university.' },
  { handle: 'noor', email: 'noor@whathelped.test', password: DEMO_PASSWORD, role: 'MEMBER', shows: ['perioral-dermatitis'] },
  { handle: 'ola', email: 'ola@whathelped.test', password: DEMO_PASSWORD, role: 'MEMBER' },
  { handle: 'chris_m', email: 'chris@whathelped.test', password: DEMO_PASSWORD, role: 'MEMBER', bio: 'Nurse. Not your nurse.' },
  { handle: 'hana', email: 'hana@whathelped.test', password: DEMO_PASSWORD, role: 'MEMBER', shows: ['keratosis-pilaris', 'acne'] },
  { handle: 'rafael', email: 'rafael@whathelped.test', password: DEMO_PASSWORD, role: 'MEMBER', shows: ['hidradenitis-suppurativa'] },
  { handle: 'ines', email: 'ines@whathelped.test', password: DEMO_PASSWORD, role: 'MEMBER' },
]
