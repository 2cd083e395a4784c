// Replies posted directly under the article's four question threads (by question position).
import type { SeedComment } from './types'

export const QUESTION_REPLIES: Record<1 | 2 | 3 | 4, SeedComment[]> = {
  1: [
    {
      author: 'lena_k',
      hoursLater: 20,
      body: 'Yes: I cut dairy and most sugar for three months. My jawline breakouts halved, but I also started spironolactone halfway through, so I honestly cannot say which did it.',
      helpfulBy: ['priya_s', 'tomas'],
      replies: [
        {
          author: 'jordan',
          hoursLater: 5,
          body: 'This is the problem with almost every "what worked" story, mine included. Thanks for saying it out loud.',
          replies: [{ author: 'lena_k', hoursLater: 3, body: 'That is why I tagged both, each with its own outcome. Readers can decide.' }],
        },
      ],
    },
    {
      author: 'kenji',
      hoursLater: 60,
      body: 'I tried a low-sugar month for seborrheic dermatitis. No difference at all. The antifungal shampoo did more in a week than the diet did in a month.',
    },
    {
      author: 'amara',
      hoursLater: 130,
      body: 'Fermented foods every day for my eczema. Hard to say. My gut feels better, my hands do not.',
      replies: [{ author: 'ines', hoursLater: 14, body: 'Same for me with kefir. I kept it because I like it, not for my skin.' }],
    },
  ],
  2: [
    {
      author: 'priya_s',
      hoursLater: 10,
      body: 'Probiotics alone: nothing I could see. Probiotics plus cutting sugar: fewer breakouts. I wrote it up as a story with both outcomes.',
      helpfulBy: ['ben_w', 'hana'],
    },
    {
      author: 'tomas',
      hoursLater: 40,
      body: 'For my son\'s eczema our paediatrician suggested trying an LGG probiotic alongside the emollients. Six weeks in, fewer night-time scratching episodes, but it is winter-to-spring, which always helps.',
      replies: [
        { author: 'mod_maya', hoursLater: 6, body: 'Good reminder that seasons change eczema a lot. If you post a story, the "other changes at the same time" field is the place for that.' },
      ],
    },
    {
      author: 'ben_w',
      hoursLater: 200,
      body: 'Cleaner eating did nothing for my back acne. Benzoyl peroxide wash in the shower did.',
    },
  ],
  3: [
    {
      author: 'hana',
      hoursLater: 8,
      body: 'Still figuring it out. I keep a food and skin diary and the only pattern so far is stress before exams.',
      helpfulBy: ['lena_k'],
      replies: [
        { author: 'chris_m', hoursLater: 12, body: 'A diary is the right tool. Give it at least two or three months: skin lags behind whatever changed by weeks.' },
      ],
    },
    {
      author: 'noor',
      hoursLater: 30,
      body: 'Mine turned out to be my toothpaste (perioral dermatitis). Took a year and a dermatologist to figure that out.',
    },
    {
      author: 'sofia_r',
      hoursLater: 75,
      body: 'Rosacea: heat, red wine and hot showers are my triggers. Food beyond that seems random.',
    },
  ],
  4: [
    {
      author: 'jordan',
      hoursLater: 4,
      body: 'Skeptical, but open. The studies I have read are small and mostly on eczema in infants. I would love to see what this forum\'s numbers say once there are enough stories.',
      helpfulBy: ['chris_m', 'kenji', 'amara'],
      replies: [
        {
          author: 'chris_m',
          hoursLater: 9,
          body: 'Self-reported forum data will never be a trial, but a few hundred honest reports with outcomes per intervention is more than most of us had before.',
        },
      ],
    },
    {
      author: 'rafael',
      hoursLater: 50,
      body: 'With HS, cutting dairy and sugar made a real difference for me, so I believe there is something to it. Not a cure though.',
    },
    {
      author: 'ola',
      hoursLater: 160,
      body: 'I believe in it in the boring sense: eating better, sleeping more and being less stressed helps everything, skin included.',
    },
  ],
}
