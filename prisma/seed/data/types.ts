// Shapes of the demo content; prisma/seed/seed.ts turns them into rows.
import type { Outcome, SkinNow, Visibility } from '../../../lib/generated/prisma/enums'

export interface SeedOutcome {
  /** An intervention slug from tags.ts. */
  slug: string
  outcome: Outcome
  durationWeeks?: number
  note?: string
}

export interface SeedComment {
  /** A handle from users.ts. */
  author: string
  body: string
  /** Hours after the parent (story or comment) was posted. */
  hoursLater: number
  /** Handles of members who marked it helpful. */
  helpfulBy?: string[]
  replies?: SeedComment[]
}

export interface SeedUpdate {
  daysAfter: number
  body: string
  skinNow?: SkinNow
  outcomes: SeedOutcome[]
}

export interface SeedStory {
  /** Stable, unique: used to keep seeding idempotent. */
  key: string
  author: string
  kind: 'STORY' | 'DISCUSSION'
  title: string
  /** Markdown. */
  body: string
  /** Condition slugs from tags.ts; at least one for a STORY. */
  conditions: string[]
  /** What they tried; empty for a DISCUSSION. */
  tried: SeedOutcome[]
  skinNow?: SkinNow
  otherChanges?: string
  /** 1–4: which of the article's closing questions this story answers. */
  answersQuestion?: 1 | 2 | 3 | 4
  visibility?: Visibility
  /** How long ago it was posted. */
  daysAgo: number
  helpfulBy?: string[]
  meTooBy?: string[]
  comments: SeedComment[]
  updates?: SeedUpdate[]
}
