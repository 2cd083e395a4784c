// Demo stories for the seed: a set of hand-written stories plus stories assembled from
// building blocks (openers, what-I-tried sentences, outcome sentences, closers, comment
// threads). Fully deterministic: the only randomness is a seeded mulberry32 PRNG, created
// fresh on every call, so buildDemoStories() always returns the same data.
import { INTERVENTIONS } from './tags'
import type { SeedComment, SeedOutcome, SeedStory, SeedUpdate } from './types'

type Out = SeedOutcome['outcome']
type Skin = NonNullable<SeedStory['skinNow']>
type Code = 'A' | 'H' | 'N' | 'W'
type Draft = Omit<SeedStory, 'key'>
type Rng = () => number
type Tone = 'good' | 'mixed' | 'none' | 'bad'

/** Interventions taken by mouth: the only ones a "what about your stomach?" question fits. */
const ORAL = new Set(INTERVENTIONS
  .filter((i) => ['PROBIOTIC', 'PREBIOTIC', 'DIET', 'SUPPLEMENT'].includes(i.category) && i.slug !== 'topical-probiotic')
  .map((i) => i.slug))

const OUT: Record<Code, Out> = { A: 'HELPED_A_LOT', H: 'HELPED', N: 'NO_CHANGE', W: 'WORSE' }

/** Members who write stories; mod_maya and admin only comment. */
const MEMBERS = [
  'lena_k', 'tomas', 'priya_s', 'jordan', 'amara', 'kenji', 'sofia_r',
  'ben_w', 'noor', 'ola', 'chris_m', 'hana', 'rafael', 'ines',
] as const

// ---------------------------------------------------------------- small helpers

function mulberry32(seed: number): Rng {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function pick<T>(rng: Rng, xs: readonly T[]): T {
  return xs[Math.floor(rng() * xs.length)] as T
}

function shuffle<T>(rng: Rng, xs: readonly T[]): T[] {
  const out = [...xs]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1))
    const tmp = out[i] as T
    out[i] = out[j] as T
    out[j] = tmp
  }
  return out
}

/** k distinct handles from the pool, never any of `exclude`. */
function handles(rng: Rng, k: number, exclude: readonly string[], pool: readonly string[] = MEMBERS): string[] {
  return shuffle(rng, pool.filter((h) => !exclude.includes(h))).slice(0, k)
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)
const md = (...paras: string[]): string => paras.join('\n\n')

function t(slug: string, code: Code, durationWeeks?: number, note?: string): SeedOutcome {
  const o: SeedOutcome = { slug, outcome: OUT[code] }
  if (durationWeeks !== undefined) o.durationWeeks = durationWeeks
  if (note) o.note = note
  return o
}

function c(author: string, hoursLater: number, body: string, replies?: SeedComment[], helpfulBy?: string[]): SeedComment {
  const out: SeedComment = { author, body, hoursLater }
  if (helpfulBy && helpfulBy.length > 0) out.helpfulBy = helpfulBy
  if (replies && replies.length > 0) out.replies = replies
  return out
}

function toneOf(tried: readonly SeedOutcome[]): Tone {
  const good = tried.some((o) => o.outcome === 'HELPED' || o.outcome === 'HELPED_A_LOT')
  const worse = tried.some((o) => o.outcome === 'WORSE')
  if (good && !worse) return 'good'
  if (good && worse) return 'mixed'
  if (worse) return 'bad'
  return 'none'
}

function countComments(cs: readonly SeedComment[]): number {
  return cs.reduce((n, x) => n + 1 + countComments(x.replies ?? []), 0)
}

// ---------------------------------------------------------------- building blocks

/** Per intervention: a short name for prose, and ways to say "what I did". */
const IV: Record<string, { n: string; tried: ((w: string) => string)[] }> = {
  'lactobacillus-rhamnosus-gg': { n: 'LGG', tried: [
    (w) => `I took one LGG capsule every morning for ${w}, the single-strain kind, so I'd know what I was testing.`,
    (w) => `I added Lactobacillus rhamnosus GG, one capsule a day with breakfast, and kept it up for ${w}.`] },
  'bifidobacterium-longum': { n: 'B. longum', tried: [
    (w) => `I took a Bifidobacterium longum capsule daily for ${w}, because it's one of the strains the gut-skin article names.`] },
  'lactobacillus-plantarum': { n: 'L. plantarum', tried: [
    (w) => `I took an L. plantarum supplement every day for ${w}, on its own rather than in a blend.`] },
  'multi-strain-probiotic': { n: 'the probiotic', tried: [
    (w) => `I took a multi-strain probiotic (ten strains, nothing fancy) every morning for ${w}.`,
    (w) => `I started a daily multi-strain probiotic from the pharmacy and stuck with it for ${w}.`] },
  'saccharomyces-boulardii': { n: 'S. boulardii', tried: [
    (w) => `On the pharmacist's suggestion I took S. boulardii alongside, for ${w}.`] },
  'topical-probiotic': { n: 'the probiotic skincare', tried: [
    (w) => `I swapped my moisturiser for a probiotic cream with bacterial lysates and used it for ${w}.`] },
  'prebiotic-fiber': { n: 'the fiber supplement', tried: [
    (w) => `I added inulin powder to my morning coffee, building up from a teaspoon, for ${w}.`,
    (w) => `I started psyllium husk in a glass of water every evening for ${w}.`] },
  'fermented-foods': { n: 'fermented foods', tried: [
    (w) => `I ate something fermented every day for ${w}: kefir in the morning, kimchi or sauerkraut with dinner.`,
    (w) => `For ${w} I had a glass of kefir or a bowl of plain yogurt daily, plus miso soup a few times a week.`] },
  'high-fiber-diet': { n: 'eating more fiber', tried: [
    (w) => `I aimed for thirty different plants a week (beans, oats, lentils, whatever vegetables were cheap) for ${w}.`] },
  'less-refined-sugar': { n: 'cutting sugar', tried: [
    (w) => `I cut out sweets, fizzy drinks and sugary cereal for ${w}, and swapped white bread for wholegrain.`,
    (w) => `For ${w} I kept refined sugar close to zero: no soft drinks, no biscuits at work, fruit instead of dessert.`] },
  'less-dairy': { n: 'cutting dairy', tried: [
    (w) => `I dropped milk, cheese and whey for ${w} and switched to oat milk.`,
    (w) => `I went dairy-free for ${w}, reading labels properly, because whey is in everything.`] },
  'less-processed-food': { n: 'cooking from scratch', tried: [
    (w) => `I stopped buying ready meals and takeaways and cooked from scratch for ${w}.`] },
  'gluten-free': { n: 'going gluten-free', tried: [(w) => `I went strictly gluten-free for ${w}.`] },
  'elimination-diet': { n: 'the elimination diet', tried: [
    (w) => `I did an elimination diet for ${w}: cut the usual suspects, then added them back one at a time with a food diary.`] },
  'less-alcohol': { n: 'cutting alcohol', tried: [
    (w) => `I stopped drinking completely for ${w}, which was easier than I expected.`,
    (w) => `I cut down to one or two drinks a week for ${w}.`] },
  hydration: { n: 'drinking more water', tried: [
    (w) => `I made myself drink about two litres of water a day for ${w}, with a bottle on my desk as a reminder.`] },
  'stress-management': { n: 'working on stress', tried: [
    (w) => `I started ten minutes of guided meditation every evening and a walk at lunch, for ${w}.`,
    (w) => `I finally started therapy and kept my evenings screen-free, for about ${w}.`] },
  'better-sleep': { n: 'sleeping properly', tried: [
    (w) => `I moved to a fixed bedtime and aimed for eight hours a night, for ${w}.`] },
  'regular-exercise': { n: 'the running', tried: [(w) => `I started running three times a week and kept it up for ${w}.`] },
  'gentle-skincare': { n: 'the simpler routine', tried: [
    (w) => `I stripped my routine down to a mild cleanser, one plain moisturiser and sunscreen for ${w}.`] },
  zinc: { n: 'zinc', tried: [(w) => `I took zinc, a modest daily dose with food, for ${w}.`] },
  'vitamin-a': { n: 'vitamin A', tried: [
    (w) => `My doctor okayed a low daily dose of vitamin A (not one of the megadoses you read about), which I took for ${w}.`] },
  'omega-3': { n: 'fish oil', tried: [(w) => `I took omega-3 fish oil every day for ${w}.`] },
  'vitamin-d': { n: 'vitamin D', tried: [
    (w) => `I took vitamin D3 daily for ${w} over the winter, after a blood test said I was low.`] },
  collagen: { n: 'collagen', tried: [(w) => `I put a scoop of collagen peptides in my coffee every morning for ${w}.`] },
  emollients: { n: 'the moisturiser', tried: [
    (w) => `I used a thick ceramide cream twice a day and after every shower, for ${w}.`,
    (w) => `I moved to a greasy ointment at night and a cream during the day, and was strict about it for ${w}.`] },
  'benzoyl-peroxide': { n: 'benzoyl peroxide', tried: [
    (w) => `I used a benzoyl peroxide wash in the shower, left on for two minutes, for ${w}.`] },
  'salicylic-acid': { n: 'salicylic acid', tried: [(w) => `I used a 2% salicylic acid lotion every other night for ${w}.`] },
  'topical-retinoid': { n: 'the retinoid', tried: [
    (w) => `I started adapalene gel three nights a week and worked up to every night, over ${w}.`] },
  'azelaic-acid': { n: 'azelaic acid', tried: [(w) => `I used azelaic acid cream twice a day for ${w}.`] },
  'topical-steroid': { n: 'the steroid cream', tried: [
    (w) => `My GP prescribed a steroid cream for the worst patches, which I used as directed in short bursts over ${w}.`] },
  'calcineurin-inhibitor': { n: 'tacrolimus', tried: [
    (w) => `My dermatologist prescribed tacrolimus ointment instead, which I used for ${w}.`] },
  ketoconazole: { n: 'ketoconazole', tried: [
    (w) => `I used ketoconazole shampoo twice a week, left on for five minutes, for ${w}.`] },
  isotretinoin: { n: 'isotretinoin', tried: [
    (w) => `My dermatologist started me on isotretinoin, with blood tests along the way, and I was on it for ${w}.`] },
  'oral-antibiotics': { n: 'the antibiotics', tried: [(w) => `I was prescribed doxycycline and took it for ${w}.`] },
  spironolactone: { n: 'spironolactone', tried: [
    (w) => `My dermatologist started me on spironolactone, with blood pressure checks, and I've been on it for ${w}.`] },
  'hormonal-contraception': { n: 'the pill', tried: [
    (w) => `I went on a combined pill, partly for my skin, and stayed on it for ${w}.`] },
  dupilumab: { n: 'dupilumab', tried: [(w) => `I started dupilumab injections every two weeks and have been on it for ${w}.`] },
  antihistamines: { n: 'antihistamines', tried: [
    (w) => `I took a non-drowsy antihistamine every day for ${w}, on my doctor's advice.`] },
  phototherapy: { n: 'phototherapy', tried: [(w) => `I had narrow-band UVB twice a week for ${w} at the hospital.`] },
}

/** Per condition: a label for prose, openers, and what "better" and "worse" looked like. */
const COND: Record<string, { label: string; open: string[]; better: string[]; worse: string[] }> = {
  acne: { label: 'acne',
    open: ["I've had acne on and off since my teens, mostly on my cheeks and chin.",
      'My acne is the inflamed, sore kind that leaves marks for months.',
      'Acne has been a constant background worry for me for years.'],
    better: ['fewer new spots', 'fewer of the deep, sore spots', 'spots that healed faster'],
    worse: ['a wave of new whiteheads', 'a cluster of sore spots along my jaw'] },
  'hormonal-acne': { label: 'hormonal acne',
    open: ['My acne follows my cycle: deep spots on the chin and jaw the week before my period.',
      'Adult, hormonal acne: clear skin as a teenager, then jawline cysts from my mid-twenties.'],
    better: ['fewer cycle breakouts', 'smaller, shorter-lived spots on my jaw'],
    worse: ['more painful jawline spots', 'twice the usual spots that cycle'] },
  eczema: { label: 'eczema',
    open: ["I've had eczema since childhood, mainly in the creases of my elbows and knees and on my hands.",
      'My eczema comes in flares: a few calm weeks, then itchy, angry patches on my arms and neck.',
      'Eczema is mostly an itch problem for me; the look of it bothers me less than the sleepless nights.'],
    better: ['less itching at night', 'fewer flares', 'flares that calmed down faster'],
    worse: ['a flare on my neck and wrists', 'more itching than before'] },
  'dyshidrotic-eczema': { label: 'dyshidrotic eczema',
    open: ['I get dyshidrotic eczema: tiny, deep, itchy blisters on my fingers and palms.'],
    better: ['fewer blister crops', 'less itching in my palms'], worse: ['a new crop of blisters'] },
  'contact-dermatitis': { label: 'contact dermatitis',
    open: ['My hands and wrists react to things that touch them, and my job makes that hard to avoid.'],
    better: ['less cracking and stinging', 'calmer, less raw skin'], worse: ['redder, more raw skin'] },
  rosacea: { label: 'rosacea',
    open: ['I have rosacea: flushing, a red nose and cheeks, and small bumps when it flares.',
      'Rosacea for me is mostly flushing, set off by heat, wine and stress.'],
    better: ['less flushing in the evenings', 'fewer bumps and calmer cheeks'],
    worse: ['more flushing than usual', 'burning, flushed cheeks'] },
  psoriasis: { label: 'psoriasis',
    open: ['I have plaque psoriasis on my elbows, knees and scalp.'],
    better: ['thinner, less scaly plaques', 'fewer new plaques'], worse: ['new plaques on my shins', 'more scaling'] },
  'seborrheic-dermatitis': { label: 'seb derm',
    open: ['Seborrheic dermatitis for me means flaky eyebrows, a red crease beside my nose and a snowy scalp.'],
    better: ['fewer flakes', 'less redness beside my nose'], worse: ['more flaking and itch'] },
  'perioral-dermatitis': { label: 'perioral dermatitis',
    open: ['Perioral dermatitis: small red bumps around my mouth and nose that sting when I put anything on them.'],
    better: ['fewer bumps around my mouth', 'less stinging'], worse: ['a spread of new bumps around my mouth'] },
  'hidradenitis-suppurativa': { label: 'HS',
    open: ['I have hidradenitis suppurativa, mostly in my armpits and groin.'],
    better: ['fewer new lumps', 'flares that settled faster'], worse: ['a painful new lump'] },
  'keratosis-pilaris': { label: 'KP',
    open: ['Keratosis pilaris: rough little bumps on the backs of my arms and on my thighs.'],
    better: ['slightly smoother arms'], worse: ['rougher, redder bumps'] },
  urticaria: { label: 'hives',
    open: ['I get hives: itchy welts that come up in the evening and move around.'],
    better: ['fewer hive days', 'less intense itching'], worse: ['more welts than usual'] },
  folliculitis: { label: 'folliculitis',
    open: ['I get folliculitis: itchy, identical little bumps on my chest and shoulders.'],
    better: ['fewer itchy bumps'], worse: ['more bumps'] },
  'sensitive-skin': { label: 'sensitive skin',
    open: ['My skin is reactive: it stings, flushes and reacts to half of what I put on it, without a clear diagnosis.'],
    better: ['less stinging and redness', 'calmer skin overall'], worse: ['more stinging and redness'] },
}

type Say = (N: string, n: string, w: string, phrase: string) => string
const OUTCOME_LINES: Record<Code, Say[]> = {
  A: [
    (N, _n, w, b) => `**${N} made the biggest difference**: within ${w} I had ${b}.`,
    (N, _n, _w, b) => `${N} was the clear winner. ${cap(b)}, and it has held so far.`,
  ],
  H: [
    (N, _n, _w, b) => `${N} helped, I think: ${b}, though nothing dramatic.`,
    (_N, n, _w, b) => `After a few weeks of ${n} I noticed ${b}. Modest, but real.`,
    (N, _n, _w, b) => `${N} seemed to help a little: ${b}.`,
  ],
  N: [
    (N, _n, w) => `${N} did nothing I could see after ${w}.`,
    (_N, n) => `Honestly, ${n} made no visible difference.`,
    (_N, n) => `I can't say ${n} changed anything, and I gave it a fair go.`,
  ],
  W: [
    (N, _n, _w, x) => `${N} made things worse: ${x}.`,
    (N, _n, _w, x) => `${N} did not agree with me. I got ${x}, so I stopped.`,
  ],
}

const LIST_INTROS = ['What I changed:', "Here's what I did:", 'The plan, roughly:']
const ONLY_LINES = [
  'It was the only thing I changed, on purpose, so at least the answer is clear.',
  'I kept everything else the same, so this is as clean a test as I could manage.',
  'Nothing else changed: same skincare, same food otherwise, same job.',
]
const TRACKING = ["I took a photo every Sunday in the same light, so I wouldn't have to rely on memory.",
  'I kept a line of notes every evening, mostly about itch, new spots and anything unusual I had eaten.',
  "I gave myself a fixed end date before starting, so I couldn't drift on forever hoping."]
const OTHER_INTROS = ['One caveat: ', 'To be fair, something else changed too. ', 'Something else changed too: ']
const CLOSERS: Record<Tone, string[]> = {
  good: ["Not a miracle, but I'm keeping it up.", "I'll post an update in a couple of months if anything changes.",
    "Happy to answer questions, with the usual caveat that everyone's skin is different.",
    "Slow and boring, but it's the most progress I've made in a long time."],
  mixed: ["So, a mixed bag. I'm keeping what helped and dropping the rest.",
    "If anyone has tried the same combination, I'd love to compare notes.",
    'Hard to untangle, honestly, but I wanted to write it down while I still remember the details.'],
  none: ['Posting anyway, because the things that did nothing are worth knowing about too.',
    "I'm going back to my doctor to talk about other options.",
    'Not the result I wanted, but at least I can cross it off the list.'],
  bad: ['If you try it and flare like I did, stop and talk to a doctor rather than pushing through.',
    'Everything settled within a couple of weeks of stopping, thankfully.',
    'Lesson learned: one new thing at a time, and stop if it gets worse.'],
}

// ---------------------------------------------------------------- comment building blocks

interface Question { q: string; good: string; bad: string; oral?: boolean; only?: string }
const QUESTIONS: Question[] = [
  { q: "Did you change anything else at the same time as {n}? Trying to work out whether it's worth copying.",
    good: "A couple of small things, yes, so I can't fully separate them. But I'm fairly sure {n} made the main difference.",
    bad: "Only what's in the post, and nothing that should have hidden an effect, so I think it just didn't do much for me.",
    only: 'Nothing else, on purpose. That was the whole point of the experiment.' },
  { q: 'How long did you give {n} before deciding? I\'m three weeks in and losing patience.',
    good: 'About a month before I was sure, and I doubted it the whole time. Hang in there if you can.',
    bad: "The full time in the post. I'd still give anything six to eight weeks before judging, though." },
  { q: "Were you keeping a diary or going by memory? I'm terrible at remembering what my skin looked like a month ago.",
    good: 'Photos every Sunday in the same light by the window. They were humbling, in both directions.',
    bad: 'Photos every Sunday in the same light by the window. They were humbling, in both directions.' },
  { q: 'Did {n} do anything for your stomach, separate from the skin?',
    good: 'A bit less bloating, if anything. Hard to say which came first.',
    bad: "Weirdly, digestion was a little better. My skin just didn't follow.", oral: true },
  { q: 'Would you do it again, knowing what you know now?',
    good: "Yes, but I'd start sooner and be more patient with it.",
    bad: "Probably not. I'd go to the dermatologist sooner instead." },
  { q: 'Is your {c} seasonal at all? Mine is worse every winter, which makes experiments really hard to read.',
    good: "Yes, a little, which is another reason I don't fully trust my own results.",
    bad: "Yes, a little, which is another reason I don't fully trust my own results." },
]
const FOLLOW_UPS = ["Thanks, that's really helpful.", "That makes sense. I'll give it a proper eight weeks before I decide.",
  'Fair enough, I appreciate the honest answer.', 'Good to know, thank you!']
const SUPPORT: Record<Tone, string[]> = {
  good: ['Thanks for writing this up so carefully. Really glad it is calming down for you.',
    'Saving this. My {c} sounds almost exactly like yours was.', 'This gives me hope. {N} is next on my list.',
    'Love that you included how long you gave each thing. So many posts skip that.'],
  mixed: ['Thanks for including the parts that didn\'t work. That\'s the useful bit for me.',
    'Saving this. Mixed results feel a lot more believable than miracle posts.',
    'Love that you included how long you gave each thing. So many posts skip that.'],
  none: ["Thanks for posting a story that didn't end in a miracle. Honestly more useful than the success ones.",
    "Sorry it wasn't the fix. Saving this so I don't spend three months on the same thing.",
    "Same boat. It's exhausting trying one thing after another.",
    "Appreciate the honesty. It's rare to read a write-up where {n} just didn't do much."],
  bad: ["Ugh, sorry it went backwards. Hope it's settling down now.", 'Thanks for the warning. I was about to try {n}.',
    'This is why I always start new things one at a time. Hope your skin forgives you soon.'],
}
const THANKS = ['Thank you, that means a lot.', "Thanks! I'll update if anything changes.", 'Appreciate it. Good luck with yours.']
const COUNTER_GOOD = ['Funny how different we all are: {n} did nothing for my {c} in three months.',
  'Glad it worked for you! I tried {n} last year and saw nothing, so maybe it depends on what else is going on.']
const COUNTER_NONE = ['For what it\'s worth, {n} did help me, but it took closer to four months than two.',
  'For me, {n} took ages: I nearly gave up around week six and then it clicked. Might not be the same for everyone, of course.']
const COUNTER_BAD = ['Same here, {n} made my {c} worse too. Took a few weeks to settle after I stopped.',
  '{N} was fine for me, so it must be very individual. Sorry you had a rough time with it.']
const CHIME_INS = ['Same for me. I think it really depends on the person.',
  "Interesting. I wonder if it's the dose or the timing that makes the difference.",
  'This is why I read these threads: every answer is different.']
const DERM = ['Worth running this past a dermatologist too if it keeps flaring. Mine spotted something I would never have guessed.',
  "Gentle reminder for anyone reading: if your {c} is painful or scarring, don't spend months on experiments before seeing someone.",
  "If it keeps coming back, a proper diagnosis is worth it. A few skin conditions look alike but need quite different treatment."]
const DERM_ACKS = ['Fair point. I did see someone last year; this was on top of what they suggested.',
  "Yes, I've got an appointment booked. This was more about what I could do in the meantime.",
  "Agreed, and it doesn't have to be one or the other."]
const MOD_NOTES = ["Mod note: thanks for listing how long you tried each thing. It's exactly what makes stories useful to others.",
  'Friendly reminder from the mod team: share experiences, not prescriptions. This thread is doing that nicely.',
  "Thanks for including what didn't work. Those stories are just as valuable here."]
const ADMIN_NOTES = ['Thanks for posting this. If you add a follow-up later, the outcomes on the insights page update too.']

/** Back-and-forth scripts: even lines by a commenter, odd lines by the author, the last by a third member. */
const CHAINS: Record<'good' | 'only' | 'none' | 'bad', string[]> = {
  only: ['How long did it take before you were sure it was {n} and not just a good month?',
    "About six weeks. I'd had good months before, so I waited until it had held for a while.",
    'Did you ever stop it to double-check?',
    'Once, by accident, on holiday. Things started creeping back within a couple of weeks.',
    "That's about as convincing as it gets for one person.",
    "That's how I see it too. Not proof, but good enough for me.",
    'Accidental experiments are the best ones, honestly.'],
  good: ["Did you stop anything else you were using while you tried {n}? I'm wondering whether the timing lines up.",
    "I dropped a couple of skincare products around then too, so yes, it's a bit messy.",
    'Have you thought about pausing one thing at a time to test it?',
    "I have, but I'm scared to rock the boat while it's calmer. Maybe in a few months.",
    'Completely understand. If you do, please post an update here.',
    "Will do, I've set myself a reminder.",
    'Following too. This is exactly the question I keep going back and forth on.'],
  none: ['How sure are you that {n} did nothing? Sometimes it is slow.',
    'Fairly sure. I gave it the full time and took photos every week.',
    'Fair. Would you try a different version of it, or is it crossed off?',
    "Crossed off for now. I'd rather spend the next few months on something else.",
    "Totally reasonable. There's only so much patience anyone has.",
    "Exactly. If someone finds the magic version, I'll happily try again.",
    "Honestly, reading 'it did nothing' posts has saved me a lot of money."],
  bad: ['Did you stop {n} as soon as it got worse, or push through?',
    'I pushed through for about a week, which I regret.',
    'Did it settle once you stopped?',
    "Mostly, within two or three weeks. I'm back roughly where I started.",
    "Glad it settled. I think a lot of us push through because of the 'purge' idea.",
    "Exactly, I kept telling myself it was a purge. It wasn't.",
    'Good reminder that purging is mostly a retinoid thing, not a food or supplement thing.'],
}

function genComments(rng: Rng, s: Draft): SeedComment[] {
  const commenters = handles(rng, 10, [s.author])
  let next = 0
  const other = (): string => commenters[next++ % commenters.length] as string
  const focus = s.tried.length > 0 ? pick(rng, s.tried) : undefined
  const n = focus ? (IV[focus.slug]?.n ?? 'it') : 'it'
  const label = COND[s.conditions[0] ?? 'acne']?.label ?? 'skin'
  const fill = (tpl: string): string => tpl.replace(/\{n\}/g, n).replace(/\{N\}/g, cap(n)).replace(/\{c\}/g, label)
  const fGood = focus?.outcome === 'HELPED' || focus?.outcome === 'HELPED_A_LOT'
  const fWorse = focus?.outcome === 'WORSE'
  const tone = toneOf(s.tried)
  const onlyChange = s.tried.length === 1 && !s.otherChanges
  // Keep every comment in the past: no path of up to 9 comments may outrun the story's age.
  const maxH = Math.max(1, Math.min(200, Math.floor((s.daysAgo * 24 - 1) / 9)))
  const h = (lim = 200): number => 1 + Math.floor(rng() * Math.min(lim, maxH))
  const helpful = (author: string, k: number): string[] => handles(rng, k, [author])

  const top: SeedComment[] = []
  const useChain = rng() < 0.15
  const kinds = shuffle(rng, ['q', 'support', 'counter', 'derm', 'q'])
  const nTop = useChain ? 1 + Math.floor(rng() * 3) : 2 + Math.floor(rng() * 4)
  const questions = shuffle(rng, QUESTIONS.filter((q) => !q.oral || (focus !== undefined && ORAL.has(focus.slug))))
  let qi = 0
  for (const kind of kinds.slice(0, nTop)) {
    const who = other()
    if (kind === 'q') {
      const q = questions[qi++ % questions.length] as Question
      const replies: SeedComment[] = []
      if (rng() < 0.85) {
        const answerReplies = rng() < 0.4 ? [c(who, h(30), pick(rng, FOLLOW_UPS))] : []
        const answer = onlyChange && q.only ? q.only : fGood ? q.good : q.bad
        replies.push(c(s.author, h(24), fill(answer), answerReplies))
      }
      top.push(c(who, h(), fill(q.q), replies))
    } else if (kind === 'support') {
      const replies = rng() < 0.45 ? [c(s.author, h(24), pick(rng, THANKS))] : []
      top.push(c(who, h(), fill(pick(rng, SUPPORT[tone])), replies))
    } else if (kind === 'counter') {
      const pool = fWorse ? COUNTER_BAD : fGood ? COUNTER_GOOD : COUNTER_NONE
      const replies = rng() < 0.5 ? [c(other(), h(48), pick(rng, CHIME_INS))] : []
      top.push(c(who, h(), fill(pick(rng, pool)), replies, rng() < 0.15 ? helpful(who, 1) : undefined))
    } else {
      const replies = rng() < 0.6 ? [c(s.author, h(24), pick(rng, DERM_ACKS))] : []
      top.push(c(who, h(), fill(pick(rng, DERM)), replies, rng() < 0.6 ? helpful(who, 1 + Math.floor(rng() * 3)) : undefined))
    }
  }
  if (useChain) {
    const script = CHAINS[fWorse ? 'bad' : fGood ? (onlyChange ? 'only' : 'good') : 'none']
    const depth = 4 + Math.floor(rng() * 4) // 4..7 comments deep
    const x = other()
    const y = other()
    let chain: SeedComment | undefined
    for (let i = depth - 1; i >= 0; i--) {
      const who = i === 6 ? y : i % 2 === 0 ? x : s.author
      chain = c(who, h(i === 0 ? 200 : 20), fill(script[i] as string), chain ? [chain] : undefined)
    }
    if (chain) top.splice(Math.floor(rng() * (top.length + 1)), 0, chain)
  }
  if (rng() < 0.12) top.push(c('mod_maya', h(), pick(rng, MOD_NOTES)))
  else if (rng() < 0.04) top.push(c('admin', h(), pick(rng, ADMIN_NOTES)))
  while (countComments(top) > 15 && top.length > 2) top.pop()
  return top
}

// ---------------------------------------------------------------- generated stories

interface Spec {
  author: string
  conditions: string[]
  title: string
  detail: string
  /** The detail is a full opening of its own; skip the condition opener. */
  ownOpener?: boolean
  tried: [string, Code, number, string?][]
  other?: string
  q?: 1 | 2 | 3 | 4
  members?: boolean
  days?: number
  updates?: SeedUpdate[]
}

const g = (author: string, conditions: string[], title: string, detail: string, tried: Spec['tried'], opts: Partial<Spec> = {}): Spec =>
  ({ author, conditions, title, detail, tried, ...opts })

const SPECS: Spec[] = [
  g('priya_s', ['acne'], 'Three months of a multi-strain probiotic: my skin shrugged',
    "I picked a ten-strain capsule because it was on offer, not because of any research, and promised myself I'd change nothing else.",
    [['multi-strain-probiotic', 'N', 12]]),
  g('ben_w', ['acne'], 'Cutting sugar cleared my forehead, not my back',
    "I'm mostly writing this because I expected one answer for my whole body and got two different ones.",
    [['less-refined-sugar', 'H', 10, 'Forehead and cheeks only'], ['benzoyl-peroxide', 'H', 10]],
    { other: 'I started going to the gym three times a week around the same time.' }),
  g('hana', ['acne'], 'Dairy-free for two months and the chin cysts slowed down',
    'I drank a lot of milk, two or three big glasses a day, so cutting it was a real change for me rather than a token one.',
    [['less-dairy', 'A', 8, 'Mostly milk; still had a little butter']], { days: 398 }),
  g('ola', ['acne'], 'A probiotic and an oat-milk swap: slow, modest improvement',
    'Nothing about this was dramatic, which is probably why it feels believable to me.',
    [['multi-strain-probiotic', 'H', 10], ['less-dairy', 'N', 10]]),
  g('ben_w', ['acne'], "Low-GI eating didn't touch my acne, sadly",
    'I had read so many success stories about sugar that I was sure this would be it.',
    [['less-refined-sugar', 'N', 8], ['less-processed-food', 'N', 8]]),
  g('chris_m', ['acne'], 'Night shifts, sugar cravings and breakouts',
    'Rotating night shifts wreck my sleep and I eat vending-machine food at 3am, so I had plenty of room for improvement.',
    [['better-sleep', 'H', 12], ['less-refined-sugar', 'H', 12], ['multi-strain-probiotic', 'N', 8]],
    { other: 'I moved to fewer night shifts per month.' }),
  g('priya_s', ['acne'], 'Whey protein shakes were my trigger all along',
    'I started lifting last year and added two whey shakes a day. Three months later my chest and jaw were the worst they had been since school.',
    [['less-dairy', 'A', 6, 'Mostly stopping the whey shakes']], { other: 'I switched to a pea protein powder.' }),
  g('ben_w', ['acne'], 'Adapalene purge, then finally some calm',
    'Everyone warns you about the purge. Nobody tells you how long six weeks of it feels.',
    [['topical-retinoid', 'H', 16, 'Worse for the first six weeks'], ['gentle-skincare', 'H', 16]]),
  g('hana', ['acne', 'keratosis-pilaris'], 'Kefir broke me out. Anyone else react to fermented dairy?',
    'I started kefir for my gut and assumed the new spots were a coincidence, until they stopped when I did.',
    [['fermented-foods', 'W', 3, 'Spots around my mouth within a week'], ['less-dairy', 'H', 6]], { days: 392 }),
  g('ola', ['acne'], 'A probiotic made my stomach happier but my skin stayed the same',
    'I had been through a rough course of antibiotics for something unrelated and wanted to look after my gut anyway, so skin was a bonus experiment.',
    [['multi-strain-probiotic', 'N', 10], ['prebiotic-fiber', 'N', 6, 'Bloating for the first week']]),
  g('ines', ['acne', 'sensitive-skin'], "Cut sugar and dairy together; can't tell which one worked",
    'I know, I know: two changes at once. I was desperate before a wedding.',
    [['less-refined-sugar', 'H', 12], ['less-dairy', 'H', 12], ['hydration', 'N', 12]],
    { days: 260, updates: [{ daysAfter: 90, skinNow: 'BETTER',
      body: "I reintroduced dairy for a month as a test, with sugar still low. No change at all, so I'm now leaning towards sugar as the one that mattered for me.",
      outcomes: [t('less-dairy', 'N', 16, 'Reintroduced for a month: no change'), t('less-refined-sugar', 'H', 24)] }] }),
  g('chris_m', ['acne'], 'Doxycycline plus a probiotic to protect my gut: honest results',
    'I was nervous about antibiotics and my gut, so I asked the pharmacist what to take alongside them.',
    [['oral-antibiotics', 'H', 12], ['saccharomyces-boulardii', 'H', 12, 'No stomach trouble on the antibiotics'],
      ['multi-strain-probiotic', 'N', 8, 'Took it for two months after the course']]),
  g('priya_s', ['acne'], 'Azelaic acid for the marks and the odd spot',
    'My acne is mostly under control these days; what bothers me is the brown marks each spot leaves behind for months.',
    [['azelaic-acid', 'H', 14]], { ownOpener: true }),
  g('ben_w', ['acne', 'folliculitis'], "It wasn't acne, it was fungal folliculitis",
    "Last summer I also got itchy, identical little bumps on my chest and shoulders that didn't respond to anything I used for acne.",
    [['ketoconazole', 'A', 4, 'As a body wash, five minutes before rinsing'], ['less-refined-sugar', 'N', 6]],
    { other: 'I started changing out of gym clothes straight after training.' }),
  g('lena_k', ['acne', 'hormonal-acne'], 'Zinc for acne: mild help, unhappy stomach',
    'Zinc kept coming up as the nutrient that matters for skin, the article included, so I tried it for a couple of months.',
    [['zinc', 'H', 10, 'Nausea unless taken with a meal'], ['multi-strain-probiotic', 'N', 10]]),
  g('ola', ['acne'], "Chocolate isn't my trigger, but milk chocolate might be",
    'I love chocolate, so I set out to prove it innocent, with a food diary and two separate phases.',
    [['less-dairy', 'H', 8], ['less-refined-sugar', 'N', 8, 'Dark chocolate was fine']], { q: 3 }),
  g('chris_m', ['acne'], 'Sugar-free January turned into a sugar-light spring',
    'It started as a New Year thing with my flatmate and I just never went back.',
    [['less-refined-sugar', 'A', 16], ['multi-strain-probiotic', 'H', 16]], { q: 2 }),
  g('priya_s', ['acne'], 'Benzoyl peroxide 2.5% beat 10% for me',
    'I used the strong one for years, thinking stronger meant better, and my skin was always red and peeling.',
    [['benzoyl-peroxide', 'H', 8, 'Switched from 10% to 2.5%']], { other: 'I added a plain moisturiser at night.' }),
  g('ines', ['hormonal-acne'], 'The pill cleared my jawline; coming off it was rough',
    'I went on a combined pill in my twenties and my skin was the best it has ever been. I came off it last year for reasons unrelated to skin.',
    [['hormonal-contraception', 'A', 26, 'Clear while on it; flared about three months after stopping']],
    { days: 220, updates: [{ daysAfter: 60, skinNow: 'SAME',
      body: 'Six months off the pill: the jawline spots have settled a little on their own, but nowhere near how they were. Seeing a dermatologist next month about other options.',
      outcomes: [t('hormonal-contraception', 'H', 26, "Worked while I took it; the effect didn't last")] }] }),
  g('noor', ['hormonal-acne', 'acne'], 'Spearmint tea and a probiotic: no change in my cycle breakouts',
    'Before trying anything prescription, I wanted to give the gentle options a fair chance.',
    [['multi-strain-probiotic', 'N', 12]], { other: 'I also drank two cups of spearmint tea a day.' }),
  g('noor', ['hormonal-acne'], 'Stress, not food, predicts my breakouts',
    'I kept a food diary for two months and then added a stress score on a whim. Guess which one lined up.',
    [['stress-management', 'H', 12], ['elimination-diet', 'W', 8, 'Restricting food made me anxious, and I broke out more']]),
  g('noor', ['hormonal-acne'], 'Spironolactone, month four: a quieter chin at last',
    'I had tried the food route for a year first and was ready for something stronger.',
    [['spironolactone', 'A', 16, 'Slow start; real change after about ten weeks']], { members: true }),
  g('ola', ['eczema'], 'LGG every day for ten weeks, flares just as often',
    'I wanted a clean test, so I kept my usual creams and wrote down every flare.',
    [['lactobacillus-rhamnosus-gg', 'N', 10]]),
  g('amara', ['eczema'], 'Sauerkraut with dinner, fewer night-time itch attacks',
    'The worst part for me is waking up having scratched my ankles raw.',
    [['fermented-foods', 'H', 8], ['emollients', 'N', 8, "Same cream I'd always used"]]),
  g('chris_m', ['eczema', 'contact-dermatitis'], 'Nurse hands: emollient on every break',
    "I've had eczema on my hands since I was a teenager, and nursing makes it so much worse: forty hand washes a shift, plus gloves, plus alcohol gel. My hands looked like a map of a river delta.",
    [['emollients', 'A', 6], ['gentle-skincare', 'H', 6]], { ownOpener: true, other: "I switched to the unit's fragrance-free soap." }),
  g('ines', ['eczema'], 'Kimchi made my eczema itchier (histamine?)',
    'I had added kimchi and kombucha to my diet because fermented foods are supposed to be good for eczema.',
    [['fermented-foods', 'W', 4, 'Itchier within a week'], ['elimination-diet', 'H', 8, 'Low-histamine version']]),
  g('rafael', ['eczema'], 'LGG plus a ceramide cream: better, but which one did it?',
    'Mine is fairly mild, mostly wrists and neck, but winter always tips it over.',
    [['lactobacillus-rhamnosus-gg', 'H', 8], ['emollients', 'H', 8]]),
  g('amara', ['eczema'], "Tacrolimus for eyelid eczema when steroids weren't an option",
    "Eczema on my eyelids is miserable, and my doctor didn't want me using steroid cream there for long.",
    [['calcineurin-inhibitor', 'A', 6, 'Stung for the first few days']]),
  g('ola', ['eczema'], 'Kefir for a whole winter: maybe a little less dry',
    'I flare every winter like clockwork, so I started kefir in October to see if this year would be different.',
    [['fermented-foods', 'H', 16], ['vitamin-d', 'H', 16], ['lactobacillus-rhamnosus-gg', 'N', 8]]),
  g('ines', ['eczema'], 'Cooking from scratch made me feel better; my skin followed slowly',
    'I was living on ready meals and takeaways through a bad year, and my eczema was as bad as my diet.',
    [['less-processed-food', 'H', 20], ['high-fiber-diet', 'H', 20], ['fermented-foods', 'N', 12]], { q: 1 }),
  g('chris_m', ['eczema'], 'Dupilumab, eight months in',
    'By last year I was on steroid creams almost constantly and sleeping badly.',
    [['dupilumab', 'A', 32, 'Sore, dry eyes for a few weeks at the start'], ['emollients', 'H', 32]],
    { days: 310, updates: [{ daysAfter: 90, skinNow: 'BETTER',
      body: "Nearly a year on dupilumab now. Still the best my skin has been as an adult. The eye dryness settled with drops. I'm still moisturising twice a day.",
      outcomes: [t('dupilumab', 'A', 44)] }] }),
  g('hana', ['eczema'], 'Probiotic drops and kefir for eczema: I gave up after six weeks',
    'I had read that probiotics mean fewer eczema episodes, and I was more than ready to believe it.',
    [['lactobacillus-rhamnosus-gg', 'W', 6, 'Bloated and itchier'], ['fermented-foods', 'N', 6]]),
  g('amara', ['eczema'], 'Wet wraps and a boring routine got me through a bad flare',
    'This was the worst flare I have had in years: both arms, my neck, weeping patches.',
    [['emollients', 'A', 3, 'With wet wraps at night'], ['topical-steroid', 'H', 2], ['stress-management', 'N', 8]]),
  g('ola', ['eczema', 'urticaria'], "Less sugar didn't change my eczema, but I sleep better",
    'I cut sugar expecting my skin to change and ended up noticing my sleep instead.',
    [['less-refined-sugar', 'N', 8], ['better-sleep', 'H', 8]]),
  g('sofia_r', ['rosacea'], 'Two months off alcohol: flushing down, not gone',
    "Red wine has always been my clearest trigger, but I'd never gone properly dry.",
    [['less-alcohol', 'H', 8]]),
  g('tomas', ['rosacea'], 'Low sugar did nothing for my rosacea nose',
    'I had read that sugar drives inflammation, and my nose had been worse than ever.',
    [['less-refined-sugar', 'N', 10], ['azelaic-acid', 'H', 10]]),
  g('sofia_r', ['rosacea', 'sensitive-skin'], 'L. plantarum capsules and a much gentler routine',
    'My skin also stings when I apply almost anything, and I had been layering serums hoping one would fix it.',
    [['lactobacillus-plantarum', 'H', 12], ['gentle-skincare', 'A', 12]]),
  g('tomas', ['rosacea'], 'Low-dose doxycycline for rosacea bumps',
    'The redness I can live with; the bumps on my nose and chin were what sent me to the doctor.',
    [['oral-antibiotics', 'H', 12], ['stress-management', 'N', 12]]),
  g('sofia_r', ['rosacea'], 'A probiotic skincare mist made my face sting',
    'I bought it because the article mentioned probiotics in topical skincare and it sounded gentle.',
    [['topical-probiotic', 'W', 2, 'Stinging and redness after two days']]),
  g('kenji', ['seborrheic-dermatitis'], 'Deadline season is eyebrow-flake season',
    'Every quarter-end at work, my eyebrows and the sides of my nose flake and go red.',
    [['stress-management', 'H', 12], ['better-sleep', 'H', 12], ['ketoconazole', 'H', 12]]),
  g('kenji', ['seborrheic-dermatitis'], 'L. plantarum for seb derm: no difference in ten weeks',
    'I wanted to test one of the strains from the article on its own, with nothing else changed.',
    [['lactobacillus-plantarum', 'N', 10]]),
  g('kenji', ['seborrheic-dermatitis', 'folliculitis'], 'Beer, sugar and my scalp',
    'A friend swore that beer and sugar feed the yeast behind seb derm, so I tested both.',
    [['less-alcohol', 'H', 8], ['less-refined-sugar', 'N', 8]]),
  g('kenji', ['seborrheic-dermatitis'], 'Running three times a week: great for my head, neutral for my skin',
    'I took up running mainly for my mood, and hoped my face would come along for the ride.',
    [['regular-exercise', 'N', 12], ['stress-management', 'H', 12]]),
  g('jordan', ['psoriasis'], "A year of omega-3 and I can't tell",
    'Fish oil comes up constantly for psoriasis, so I took it daily for a full year and kept everything else the same.',
    [['omega-3', 'N', 52]]),
  g('jordan', ['psoriasis'], 'Vitamin D in winter and steroid cream on the elbows',
    'My plaques are always worse from November to March.',
    [['vitamin-d', 'H', 20], ['topical-steroid', 'H', 4]]),
  g('jordan', ['psoriasis'], "Stress flares are real for me; diet flares aren't",
    "Twelve years in, and the only pattern I'm sure of is that hard months at work mean new plaques.",
    [['stress-management', 'H', 16], ['elimination-diet', 'N', 10]], { q: 4 }),
  g('noor', ['perioral-dermatitis'], 'Skin fasting for perioral dermatitis, week by week',
    'After my last flare I swore I would never let it get that bad again, so when the first bumps came back I stopped everything straight away.',
    [['gentle-skincare', 'A', 8]]),
  g('noor', ['perioral-dermatitis'], 'Fluoride-free toothpaste and a probiotic: a mixed bag',
    'Mine comes back every few months, usually after I get lazy about my routine.',
    [['multi-strain-probiotic', 'W', 8, 'Stomach cramps and a flare in week two'], ['gentle-skincare', 'H', 8]],
    { other: 'I switched to a fluoride-free, SLS-free toothpaste.' }),
  g('rafael', ['hidradenitis-suppurativa'], "Dropping dairy and brewer's yeast for HS: fewer new lumps",
    "I'd read about people cutting dairy and brewer's yeast (beer, bread) and was sceptical.",
    [['less-dairy', 'H', 16], ['less-refined-sugar', 'H', 16]],
    { members: true, other: "I stopped beer as part of avoiding brewer's yeast.", days: 330,
      updates: [{ daysAfter: 100, skinNow: 'BETTER',
        body: 'Still off dairy and beer. One new lump in three months, which is the calmest it has been, though a heatwave set off a bad week. Not a cure, but I am keeping it.',
        outcomes: [t('less-dairy', 'H', 30), t('less-refined-sugar', 'N', 30, 'More sugar over the holidays, no obvious effect')] }] }),
  g('rafael', ['hidradenitis-suppurativa'], 'Zinc for HS: worth trying, not a fix',
    'My dermatologist said some people with HS find zinc helps, and that it was reasonable to try alongside my treatment.',
    [['zinc', 'H', 12, 'Stomach upset unless taken with dinner']], { other: 'I continued my prescribed treatment throughout.' }),
  g('hana', ['keratosis-pilaris'], 'Chicken-skin arms: more water and fish oil did nothing',
    'I had read that KP is basically dry skin, so I tried fixing it from the inside.',
    [['hydration', 'N', 8], ['omega-3', 'N', 8]]),
  g('ines', ['urticaria'], 'Hives and a low-histamine diet',
    'My hives started after a bad flu last winter and have come and gone ever since.',
    [['elimination-diet', 'H', 6, 'Low-histamine version'], ['antihistamines', 'A', 6]]),
  g('sofia_r', ['sensitive-skin'], 'Reactive skin: water, sleep, fewer products',
    'I had bought a lot of products over the years trying to soothe it, which in hindsight was part of the problem.',
    [['hydration', 'N', 8], ['better-sleep', 'H', 8], ['gentle-skincare', 'A', 8]]),
  g('chris_m', ['contact-dermatitis'], 'A patch test found my trigger, no probiotic needed',
    'I spent months on probiotics for a rash on my wrists and neck before a patch test showed I react to a preservative in my hand cream.',
    [['multi-strain-probiotic', 'N', 8], ['gentle-skincare', 'A', 6, 'Once I dropped the preservative']]),
  g('amara', ['dyshidrotic-eczema'], 'Pompholyx every summer: what I tried this year',
    'It comes back every time the weather gets hot, and I wanted to get ahead of it this time.',
    [['topical-steroid', 'H', 3], ['stress-management', 'H', 10], ['bifidobacterium-longum', 'W', 10, 'Itchier palms from the second week']]),
  g('noor', ['perioral-dermatitis', 'rosacea'], 'Prebiotic fiber gave me bloating and a flare',
    'I had been doing well and wanted to support my gut, so I added an inulin powder to my morning coffee.',
    [['prebiotic-fiber', 'W', 3, 'Bloating and a flare around my mouth']]),
  g('tomas', ['rosacea'], 'Tretinoin on my rosacea nose was a mistake',
    'A friend with acne swore by her retinoid for redness and texture, so I borrowed the idea without asking anyone.',
    [['topical-retinoid', 'W', 4, 'Peeling, stinging and more flushing'], ['gentle-skincare', 'H', 6]]),
  g('rafael', ['eczema'], 'A probiotic body cream made my wrists sting',
    'After my LGG experiment I wondered whether putting the bacteria on the skin directly would do more.',
    [['topical-probiotic', 'W', 3, 'Stinging within minutes, redness for days']]),
  g('jordan', ['psoriasis'], 'Fermented foods for psoriasis: more bloating, same plaques',
    'I am the resident skeptic here, so I thought I should at least test the thing everyone recommends.',
    [['fermented-foods', 'W', 6, 'Bloating most evenings'], ['less-processed-food', 'N', 8]]),
  g('hana', ['eczema'], "A fragranced 'natural' balm made my eczema worse",
    'It was a gift, it smelled lovely, and the label was covered in plant oils, so I assumed it could only help.',
    [['emollients', 'W', 2, 'Fragranced balm with essential oils']]),
  g('priya_s', ['acne'], 'Collagen powder did nothing except cost a fortune',
    'Collagen is everywhere on social media, so I caved and bought a big tub.',
    [['collagen', 'N', 12]]),
  g('ben_w', ['acne'], 'Three litres of water a day for a month',
    'Someone at work swore that clear skin was all about water, so I made it my whole personality for four weeks.',
    [['hydration', 'N', 4]]),
  g('lena_k', ['acne'], "Low-dose vitamin A with my GP's okay: a small change",
    'I asked my GP before trying it, because I knew high doses can be dangerous, and we agreed on a low dose and a time limit.',
    [['vitamin-a', 'H', 12, 'Doctor-agreed low dose'], ['zinc', 'N', 12]]),
]

function genStory(rng: Rng, s: Spec, i: number): Draft {
  const cond = COND[s.conditions[0] ?? 'acne']
  const tried = s.tried.map(([slug, code, w, note]) => t(slug, code, w, note))
  const tone = toneOf(tried)
  const opener = s.ownOpener ? s.detail : `${pick(rng, cond?.open ?? [''])} ${s.detail}`
  const weeks = (w: number): string => `${w} weeks`
  const doing = s.tried.map(([slug, , w]) => pick(rng, IV[slug]?.tried ?? [() => ''])(weeks(w)))
  const extra: string[] = []
  if (s.tried.length === 1 && !s.other) extra.push(pick(rng, ONLY_LINES))
  if (s.other) extra.push(pick(rng, OTHER_INTROS) + s.other)
  const base = Math.floor(rng() * 3)
  const better = shuffle(rng, cond?.better ?? [''])
  const worse = shuffle(rng, cond?.worse ?? [''])
  const results = s.tried.map(([slug, code, w], k) => {
    const lines = OUTCOME_LINES[code]
    const say = lines[(base + k) % lines.length] as Say
    const n = IV[slug]?.n ?? slug
    const list = code === 'W' ? worse : better
    const phrase = list[k % list.length] ?? ''
    return say(cap(n), n, weeks(w), phrase)
  }).join(' ')
  const closer = pick(rng, CLOSERS[tone])
  const words = [opener, ...doing, ...extra, results, closer].join(' ').split(/\s+/).length
  if (words < 100) extra.push(pick(rng, TRACKING))
  const paras: string[] = [opener]
  if (doing.length >= 2 && rng() < 0.5) {
    paras.push(pick(rng, LIST_INTROS), doing.map((d) => `- ${d}`).join('\n'))
    if (extra.length > 0) paras.push(extra.join(' '))
  } else {
    const prose = doing.map((d, k) => (k === 1 ? `Alongside that, ${d.startsWith('I ') ? d : d.charAt(0).toLowerCase() + d.slice(1)}` : d))
    paras.push([...prose, ...extra].join(' '))
  }
  if (rng() < 0.5) paras.push(`${results} ${closer}`)
  else paras.push(results, closer)
  const skinNow: Skin | undefined = i % 11 === 5 ? undefined
    : tone === 'good' ? 'BETTER' : tone === 'bad' ? (rng() < 0.5 ? 'WORSE' : 'SAME') : tone === 'mixed' ? 'SAME' : 'SAME'
  const d: Draft = {
    author: s.author, kind: 'STORY', title: s.title, body: md(...paras), conditions: s.conditions, tried,
    daysAgo: s.days ?? 1 + ((i * 137 + 23) % 399), comments: [],
  }
  if (skinNow) d.skinNow = skinNow
  if (s.other) d.otherChanges = s.other
  if (s.q) d.answersQuestion = s.q
  if (s.members) d.visibility = 'MEMBERS'
  if (s.updates) d.updates = s.updates
  return d
}

// ---------------------------------------------------------------- hand-written stories

function handStories(): Draft[] {
  return [
    {
      author: 'priya_s', kind: 'STORY', daysAgo: 120, answersQuestion: 1, skinNow: 'BETTER', conditions: ['acne'],
      title: 'Six weeks of LGG and less sugar: fewer breakouts, not a miracle',
      body: md(
        "I read the gut-skin article and, like the author, decided to try the boring version for six weeks: one LGG capsule every morning, no soft drinks or sweets, and a water bottle on my desk. I'm 24 and have had moderate acne on my cheeks and chin since my teens.",
        'What I tracked, with a photo every Sunday:',
        '- New inflamed spots per week went from about 6–8 to 3–4.\n- The redness around old spots faded faster.\n- Blackheads on my nose: no change at all.',
        "I honestly can't tell you whether it was the probiotic or the sugar. I suspect the sugar, because the one week I had a birthday and ate cake for three days, I broke out along my jaw.",
        '**Water did nothing I could see**, but I feel better for it, so it stays.',
        "I'm going to keep going and post an update at twelve weeks."),
      tried: [t('lactobacillus-rhamnosus-gg', 'H', 6), t('less-refined-sugar', 'H', 6), t('hydration', 'N', 6)],
      updates: [{ daysAfter: 45, skinNow: 'BETTER',
        body: "Twelve weeks in. Spots are down to one or two a week and I've stopped counting blackheads. I dropped the LGG for two weeks as a test and nothing changed, so I'm now fairly sure the sugar was doing the heavy lifting. Keeping the sugar rule, pausing the capsules.",
        outcomes: [t('lactobacillus-rhamnosus-gg', 'N', 12, 'Paused for two weeks, no difference'), t('less-refined-sugar', 'A', 12)] }],
      comments: [
        c('jordan', 3, 'Genuinely nice write-up, but with three changes at once how would you ever know which one did it? Not trying to be a downer.', [
          c('priya_s', 2, "Fair! I don't. That's why I listed all three with separate outcomes. My plan is to drop one at a time.", [
            c('jordan', 5, "That's the right plan. I'd drop the probiotic first, since it's the one you're paying for.", [
              c('chris_m', 4, 'Counterpoint: if the probiotic takes weeks to settle in, dropping it for two weeks might not show anything either way.', [
                c('jordan', 6, 'True, which is the problem with all of this. Nothing is a clean experiment.', [
                  c('priya_s', 3, 'Maybe I drop it for a full month then? My skin is calm enough to risk it.', [
                    c('chris_m', 8, "A month sounds sensible. Keep the photos in the same light, that's the part most people skip.", [
                      c('priya_s', 12, "Same window, same time, every Sunday. I'm committed now.", [
                        c('jordan', 20, 'Look at us running a trial in the comments. Post the result either way, including if it is boring.', [
                          c('priya_s', 30, 'Deal. Boring results included.'),
                        ]),
                      ]),
                    ]),
                  ]),
                ]),
              ]),
            ]),
          ]),
        ], ['lena_k', 'hana']),
        c('lena_k', 10, 'The birthday-cake week is so relatable. Sugar is the one thing my food diary keeps pointing at too.', [
          c('priya_s', 5, 'Food diaries are humbling. Mine is mostly cake, apparently.')]),
        c('mod_maya', 26, 'Thanks for tagging each change with its own outcome; it makes the insights page much more useful. Please do come back with that update.'),
        c('ben_w', 40, 'Did the LGG upset your stomach at all at the start? The one I tried gave me a week of bloating.', [
          c('priya_s', 6, 'A little gurgling in the first few days, then nothing.')]),
      ],
    },
    {
      author: 'amara', kind: 'STORY', daysAgo: 210, answersQuestion: 2, skinNow: 'BETTER', conditions: ['eczema', 'dyshidrotic-eczema'],
      title: 'LGG for eight weeks did nothing for my hands; boring cream did',
      body: md(
        'My eczema is mostly on my hands: tiny itchy blisters along the sides of my fingers in summer, cracked knuckles in winter. After reading about Lactobacillus rhamnosus GG I gave it a proper go: one capsule a day for eight weeks, nothing else changed for the first month.',
        'Result: **nothing**. Not worse, not better. Same blisters, same 3am itching.',
        'What did help was something my dermatologist told me years ago and I never did properly: a thick ointment after every single hand wash, and cotton gloves over it at night. Within three weeks the cracks had closed. I used a short course of the steroid cream she prescribed for the blistered patches, which calmed them in about ten days.',
        "I'm not saying probiotics don't work for anyone. I'm saying that for my hands, the barrier was the problem, not my gut."),
      tried: [t('lactobacillus-rhamnosus-gg', 'N', 8), t('emollients', 'A', 8, 'Ointment after every wash, cotton gloves at night'), t('topical-steroid', 'H', 2)],
      otherChanges: 'Started wearing gloves for washing up.',
      comments: [],
    },
    {
      author: 'tomas', kind: 'STORY', daysAgo: 300, skinNow: 'BETTER', conditions: ['eczema'],
      title: "What finally calmed my son's eczema (spoiler: the boring stuff)",
      body: md(
        'Writing this as a parent, not a patient. My son is five and has had eczema since he was a baby: behind the knees, inside the elbows, and his cheeks in winter.',
        "Last year we tried a lot of what people suggested at the school gate. With our doctor's okay we gave him probiotic drops with LGG for ten weeks, and we got him drinking a little kefir most mornings. Neither did anything we could see, though he now likes kefir, which is something.",
        "What changed things was being strict about moisturising: a big tub of plain emollient, applied generously twice a day and straight after the bath, and wet wraps on the worst nights. It sounds too simple, but we'd been doing it half-heartedly for years.",
        '- Emollients, done properly: **huge** difference in about a month\n- Probiotic drops: no change\n- Kefir: no change',
        "If you're a parent reading this at midnight: I see you. Talk to your GP about a proper emollient plan before spending money on supplements."),
      tried: [t('emollients', 'A', 12), t('lactobacillus-rhamnosus-gg', 'N', 10), t('fermented-foods', 'N', 10)],
      otherChanges: 'Switched to a non-bio, fragrance-free laundry detergent.',
      updates: [{ daysAfter: 120, skinNow: 'BETTER',
        body: "Four months on: winter came and his cheeks flared, but much less than last year. We're still doing the twice-daily routine. We stopped the kefir; he doesn't miss it.",
        outcomes: [t('emollients', 'A', 28), t('fermented-foods', 'N', 16, 'Stopped; no difference either way')] }],
      comments: [
        c('amara', 5, 'Wet wraps saved my sanity as a kid too. My mum did them every night for a whole winter.', [
          c('tomas', 8, "That's lovely to hear from the other side. He hates them going on but sleeps through once they're on.")]),
        c('mod_maya', 20, 'Speaking as someone who had this as a kid: the routine you describe is exactly what finally worked for me too. Thanks for writing it up so clearly.', [], ['amara', 'ola', 'ines']),
        c('chris_m', 30, 'Good call on talking to the GP first. For little ones especially, a written eczema plan from the doctor makes a big difference.', [
          c('tomas', 4, "Ours gave us one on paper and it's on the fridge now.", [
            c('ola', 15, 'Stealing the fridge idea for myself, and I am not even a kid.')])]),
        c('ines', 60, 'Did you ever try the probiotic drops again later? I wonder whether age makes a difference.', [
          c('tomas', 9, "Not yet. Honestly, while the routine is working I don't want to add variables.")]),
      ],
    },
    {
      author: 'jordan', kind: 'DISCUSSION', daysAgo: 95, answersQuestion: 4, conditions: ['psoriasis'],
      title: 'Skeptic here: what would convince you the gut-skin axis is real?',
      body: md(
        "I've had psoriasis for twelve years and I've tried most of what gets recommended online. I'm not hostile to the gut-skin idea; it's plausible that inflammation in one place affects another. But most of the evidence I see is stories like the ones on this site, mine included, and stories are tricky:",
        "- People try things when they're at their worst, and skin tends to drift back towards average anyway.\n- Most of us change five things at once.\n- The people it didn't work for usually don't post.",
        "So, a genuine question: **what would convince you**, one way or the other? A certain kind of study? A certain number of stories on here with only one change? Something in your own skin that surprised you?",
        "I'll go first: if the 'only change' stories for one specific strain showed clearly better outcomes than those for a random multi-strain capsule, I'd start paying attention."),
      tried: [],
      comments: [
        c('chris_m', 2, 'Honestly, a decent randomised trial with a placebo capsule and a dermatologist scoring photos blind. Everything else is vibes, my own experience included.', [
          c('jordan', 3, "Agreed, though I'd settle for the forum's own numbers if enough people post one-change stories.", [
            c('ines', 7, "The trouble is that one-change stories are rare, because when you're desperate you throw everything at it.", [
              c('jordan', 5, "Yes, and that's exactly why I'd trust them more.", [
                c('chris_m', 9, 'Selection bias cuts both ways, though. People who post one-change stories might be the patient, careful ones with milder skin.', [
                  c('jordan', 4, "Fair. I'll downgrade from 'convinced' to 'slightly interested'."),
                ]),
              ]),
            ]),
          ]),
        ], ['ines', 'kenji']),
        c('priya_s', 6, 'What convinced me a little: I paused my probiotic for a month and nothing happened, but every time I eat a lot of sugar I break out within days. So I believe in food and skin, less so in the capsule.', [
          c('jordan', 4, "That's the most useful kind of experiment: stopping one thing and watching.")]),
        c('sofia_r', 18, "For rosacea my triggers are so obviously food and drink (wine, spicy food) that I don't need convincing that what I eat matters. Whether it's gut bacteria or just blood vessels reacting is another question."),
        c('admin', 30, 'Site note: the insights page lets you filter to stories where a change was the only one made, so this is a question we hope the data can help with over time.', [], ['jordan', 'chris_m']),
        c('kenji', 50, "I'd be convinced if the effect showed up in people who didn't know what they were taking. Until then, stress is the only thing I'm sure affects my skin."),
      ],
    },
    {
      author: 'lena_k', kind: 'STORY', daysAgo: 380, visibility: 'MEMBERS', skinNow: 'BETTER', conditions: ['hormonal-acne', 'acne'],
      title: 'Spironolactone vs. my food diary: a year of adult acne notes',
      body: md(
        "I started getting cystic spots along my jaw at 29, having had clear skin through my teens. I've kept a food and cycle diary since, partly to prove to myself that it wasn't something I was eating.",
        'For the first six months I tried the food route on my own: dairy out for twelve weeks, then refined sugar way down. The diary says dairy made no difference at all; cutting sugar maybe took the edge off the week before my period, but the cysts still came like clockwork.',
        'Then my dermatologist suggested spironolactone. It took about three months to really kick in, with regular blood pressure checks. Now, at six months, I get one or two small spots a cycle instead of four or five deep ones.',
        "**What I learned**: for me it's clearly hormonal, and the diary mostly showed me what it *wasn't*. I still eat less sugar because I feel better, but I don't expect it to fix my skin.",
        "Posting as members-only because it's more personal than I usually share."),
      tried: [t('spironolactone', 'A', 24, 'Took about 12 weeks to kick in'), t('less-dairy', 'N', 12), t('less-refined-sugar', 'H', 12)],
      otherChanges: 'Started tracking my cycle in an app.',
      updates: [{ daysAfter: 200, skinNow: 'BETTER',
        body: "Update after a year on spironolactone: still clear-ish, one small spot most cycles. My dermatologist and I are talking about lowering the dose. I've gone back to normal dairy and nothing changed, which confirms what the diary said.",
        outcomes: [t('spironolactone', 'A', 52), t('less-dairy', 'N', 24, 'Back on dairy: no change')] }],
      comments: [],
    },
    {
      author: 'kenji', kind: 'STORY', daysAgo: 160, skinNow: 'BETTER', conditions: ['seborrheic-dermatitis'],
      title: 'Ketoconazole twice a week beat every diet change for my seb derm',
      body: md(
        'Seb derm for me means flaky eyebrows, red patches beside my nose and a scalp that snows onto dark shirts. It gets much worse when work is stressful, which is most of the year.',
        'Over the last year I tried, in this order:',
        '1. Cutting sugar for six weeks: no change.\n2. A meditation app and a hard stop on work at 7pm: a slow, real drop in how often it flares, though not in how bad a flare is.\n3. Ketoconazole shampoo twice a week, which I also lather onto my eyebrows and the sides of my nose for a few minutes: **cleared within three weeks.**',
        'The shampoo is the part that works. The stress stuff is the part that keeps it from coming back as often. Sugar did nothing for me, though I know others swear by it.',
        "If you have flakes around your nose and eyebrows and think it's dry skin, it might not be: moisturiser made mine worse."),
      tried: [t('less-refined-sugar', 'N', 6), t('stress-management', 'H', 16), t('ketoconazole', 'A', 8)],
      comments: [],
    },
    {
      author: 'sofia_r', kind: 'STORY', daysAgo: 75, answersQuestion: 2, skinNow: 'SAME', conditions: ['rosacea'],
      title: 'Kombucha and kimchi made my rosacea flush worse',
      body: md(
        'After the article I went all in on fermented foods: kombucha in the afternoon, kimchi with dinner, sauerkraut on everything. Gut health! Within about ten days my cheeks were flushing more than they had in a year, and I had a cluster of little bumps beside my nose.',
        "I stopped everything fermented and it settled within two weeks. My dermatologist said fermented foods can be high in histamine, some people with rosacea react to that, and the spicy kimchi probably didn't help either.",
        'What has helped over the long run:',
        "- Cutting alcohol to almost nothing (red wine was the worst)\n- Azelaic acid twice a day\n- Sunscreen every single day, which I'm not counting because I already did that",
        "So: fermented foods might help some people's skin, but with rosacea I'd go slowly and watch for flushing."),
      tried: [t('fermented-foods', 'W', 3, 'Flushing within about ten days'), t('less-alcohol', 'H', 12), t('azelaic-acid', 'H', 10)],
      comments: [],
    },
    {
      author: 'rafael', kind: 'STORY', daysAgo: 240, visibility: 'MEMBERS', skinNow: 'BETTER', conditions: ['hidradenitis-suppurativa'],
      title: "Living with HS: quitting smoking, less dairy, and a probiotic that didn't touch it",
      body: md(
        "I've had hidradenitis suppurativa in my armpits and groin for about eight years. If you don't know it: painful lumps that sometimes drain, and tunnels under the skin that don't really heal. It's not something I talk about offline.",
        "Last year I tried a multi-strain probiotic for three months because I'd read that HS is linked to gut inflammation. No difference in the number of flares, sadly.",
        "Two things did help, alongside my dermatologist's care:",
        '- A long course of antibiotics, which calmed things while I was on it\n- Cutting dairy, which I was sceptical about, but I had fewer new lumps over four months',
        "The biggest change was probably quitting smoking, which I did in the same month I cut dairy. So I really can't say which one did it. I'm putting this in members-only; if you have HS and want to talk, comment below."),
      tried: [t('multi-strain-probiotic', 'N', 12), t('oral-antibiotics', 'H', 12), t('less-dairy', 'H')],
      otherChanges: 'Quit smoking in the same month I cut dairy.',
      comments: [],
    },
    {
      author: 'noor', kind: 'STORY', daysAgo: 140, skinNow: 'BETTER', conditions: ['perioral-dermatitis'],
      title: 'Perioral dermatitis after steroid cream: what got me out',
      body: md(
        'I used a hydrocortisone cream on a red patch around my mouth for a few weeks, thinking it was eczema. It looked better while I used it, then exploded into little red bumps around my mouth and nose when I stopped. That was perioral dermatitis, and it took me months to get out of it.',
        'What helped, roughly in order of importance:',
        '1. **Stopping everything**: no steroid, no rich creams, no foundation, one gentle cleanser and nothing else. The first two weeks were worse before they got better.\n2. A course of oral antibiotics from my dermatologist, for eight weeks.\n3. Patience.',
        "What made it worse: a probiotic face cream I bought hoping to 'rebalance' my skin microbiome. Rich texture, and I flared within days.",
        "It's been clear for three months now. If you have POD, please don't try to fix it with more products."),
      tried: [t('gentle-skincare', 'A', 10), t('oral-antibiotics', 'H', 8), t('topical-probiotic', 'W', undefined, 'Rich texture; flared within days'),
        t('topical-steroid', 'W', 3, 'Looked better, then rebounded when I stopped')],
      comments: [],
    },
    {
      author: 'ben_w', kind: 'STORY', daysAgo: 60, skinNow: 'BETTER', conditions: ['acne'],
      title: "Back acne: a benzoyl peroxide wash in the shower, that's the whole story",
      body: md(
        "Short one, because I wish someone had told me this at university. I've had acne on my back and shoulders for years. Over time I tried changing my diet, I tried probiotics, I tried sleeping in a clean shirt every night.",
        'What actually worked, changed on its own so I know it was this: a 4% benzoyl peroxide wash. In the shower, lather it on my back, wait two minutes while I do everything else, rinse.',
        'After eight weeks my back is about 80% clearer. The remaining spots are small and heal fast.',
        'Two warnings: it bleaches towels and dark shirts, so use white towels. And it dried my skin a bit at first; a plain body lotion fixed that.',
        "Not a gut story, sorry. But it's the one that worked."),
      tried: [t('benzoyl-peroxide', 'A', 8, '4% wash, two minutes before rinsing')],
      comments: [],
    },
    {
      author: 'hana', kind: 'STORY', daysAgo: 180, skinNow: 'BETTER', conditions: ['keratosis-pilaris'],
      title: 'KP on my arms: fermented foods did nothing, urea cream did a bit',
      body: md(
        "Keratosis pilaris: the rough little bumps on the backs of my arms that I've had since I was a kid. It's harmless, but I hate wearing short sleeves.",
        "I'd read that KP might be linked to gut health and inflammation, so I ate fermented foods daily for two months: yogurt, kefir and kimchi. My arms didn't change at all.",
        'Then I went back to topicals:',
        '- A 10% urea body cream every night: smoother within three weeks, bumps still there but less rough\n- A salicylic acid body wash three times a week: a small extra improvement',
        "The moment I stop the cream, the roughness comes back within a couple of weeks. So it's management, not a cure. I've made peace with that."),
      tried: [t('fermented-foods', 'N', 8), t('emollients', 'H', 6, '10% urea cream'), t('salicylic-acid', 'H', 6)],
      comments: [],
    },
    {
      author: 'chris_m', kind: 'DISCUSSION', daysAgo: 45, answersQuestion: 3, conditions: [],
      title: 'How do you tell what actually helped when you changed five things at once?',
      body: md(
        "Nurse here (not anyone's nurse on this forum, just someone who reads a lot of charts). Reading through the stories, the pattern I see is that most of us make several changes at once when our skin is bad, then get better, then can't tell why.",
        'Some things that have helped me read my own experiments more honestly:',
        '- Change one thing at a time and give it at least six to eight weeks, unless it makes you worse.\n- Take photos in the same light, at the same time of day, once a week.\n- Write down the date of every change, including boring ones like a new detergent.\n- Remember that skin sometimes gets better on its own, especially after a bad flare.',
        'What methods do you use? And has anyone actually managed to test things one by one without losing patience?'),
      tried: [],
      comments: [
        c('lena_k', 4, "Food and cycle diary in a notes app, one line a day. It's boring, but after a year it told me my acne follows my cycle far more than my food.", [
          c('chris_m', 3, "That's the gold standard, honestly. A year of notes beats any memory.")], ['chris_m', 'priya_s']),
        c('amara', 9, "I can't do one thing at a time when my hands are cracked and bleeding. I do the emergency stuff first, then experiment once things are calm.", [
          c('chris_m', 6, 'Very reasonable. Nobody should be testing supplements while their skin is actively splitting.', [
            c('mod_maya', 12, 'Agreed. Flares first, experiments later, and a doctor for anything that looks infected.')])]),
        c('kenji', 20, 'I score itch and flakes 1–5 every evening. Crude, but it made it obvious that my bad weeks line up with deadlines.'),
        c('hana', 33, 'Photos are the big one for me. Memory lies, especially on a bad day.'),
      ],
    },
    {
      author: 'ola', kind: 'STORY', daysAgo: 230, answersQuestion: 3, skinNow: 'BETTER', conditions: ['urticaria'],
      title: 'Chronic hives: three months of an elimination diet, then antihistamines',
      body: md(
        "I've had hives on and off for about a year: itchy welts that appear in the evening, move around and are gone by morning. I was convinced it was something I ate, so I did a strict elimination diet for twelve weeks, with a food diary and one food added back every few days.",
        "I found nothing. The hives came on days when I'd eaten plain rice and chicken and skipped days when I'd had everything. My GP explained that chronic hives often have no food trigger at all, which I didn't want to hear.",
        'What helped:',
        '- A daily non-drowsy antihistamine, which almost completely stopped them within a week\n- Getting a handle on stress: bad weeks at work still mean more welts',
        "I'm still figuring out what sets them off. Heat and tight waistbands are on the list. Food, for me, isn't."),
      tried: [t('elimination-diet', 'N', 12), t('antihistamines', 'A', 12), t('stress-management', 'H', 10)],
      comments: [],
    },
    {
      author: 'ines', kind: 'DISCUSSION', daysAgo: 30, conditions: ['sensitive-skin'],
      title: 'Probiotic labels list strains but not doses: how do you compare?',
      body: md(
        "I've been standing in the pharmacy aisle for twenty minutes again. One capsule lists ten strains and '20 billion CFU' in total, another gives the exact strain code for LGG and a dose, a third just says 'live cultures'. The article mentions Lactobacillus rhamnosus GG, Bifidobacterium longum and Lactobacillus plantarum, but most products don't say how much of each they contain.",
        "A few questions for people who've been down this road:",
        '- Do you look for the specific strain code, or just the species?\n- Does the dose matter, in your experience?\n- Have you noticed any difference between single-strain and multi-strain products?',
        'Not asking for brand recommendations, just how you decide. My skin is reactive and my budget is not infinite.'),
      tried: [],
      comments: [
        c('priya_s', 3, "I went for a single-strain LGG because at least I'd know what I was testing. It didn't end up mattering much for my skin, but it made the experiment cleaner.", [
          c('ines', 5, "Good point about cleaner experiments, I hadn't thought of it that way.")]),
        c('chris_m', 8, "The strain code is the part that's actually been studied, so yes, I'd look for it. The species alone tells you little. And tell your pharmacist what else you take.", [], ['ines', 'amara', 'tomas']),
        c('jordan', 14, "My cynical answer: compare on price and see whether you notice anything in eight weeks. If you can't tell, that's your answer.", [
          c('ines', 6, 'Cynical but fair.', [
            c('kenji', 10, "Also keep the box. I can't remember which one I took last year, which makes my own story useless.")])]),
        c('mod_maya', 40, "Reminder that we don't allow links to shops or discount codes, but discussing strains and doses is absolutely fine. Thanks for keeping it that way."),
      ],
    },
    {
      author: 'amara', kind: 'DISCUSSION', daysAgo: 12, visibility: 'MEMBERS', conditions: ['eczema'],
      title: 'Scared of starting dupilumab. Did anyone try diet first, then a biologic?',
      body: md(
        "My dermatologist has suggested dupilumab. I've had moderate to severe eczema since childhood, and the last two years have been the worst: steroid creams most weeks, sleep broken by itching, hands that crack every winter.",
        "Part of me feels like I haven't tried everything yet. I've done probiotics, kefir, cutting sugar. Nothing moved the needle much. But an injection every two weeks for the foreseeable future scares me, and I keep reading posts that say 'just fix your gut'.",
        "For people who've been there:",
        '- Did you try diet changes first, and how long did you give them?\n- If you started a biologic, did you keep the lifestyle stuff going alongside?\n- How did you make peace with the decision?',
        "Members-only because I'm feeling a bit fragile about this one."),
      tried: [],
      comments: [
        c('chris_m', 5, "I've been on it for well over a year now. I kept the moisturiser routine and dropped the supplements I was unsure about. The sleep alone made it worth it for me.", [
          c('amara', 2, 'The sleep part makes me want to cry a little. Thank you.', [
            c('chris_m', 4, 'It gets better. Ask your dermatologist about eye side effects too; that was the one I had to manage.')])], ['amara', 'ola']),
        c('mod_maya', 9, "Gentle reminder that 'just fix your gut' isn't medical advice, and choosing the treatment your dermatologist recommends isn't failing. You can keep the good habits either way.", [], ['amara', 'ines', 'tomas', 'chris_m']),
        c('ines', 20, "I did a year of diet changes before I accepted I needed more help. I don't regret trying, but I do regret the year of bad sleep."),
        c('jordan', 30, "For what it's worth, agreeing to phototherapy felt like admitting defeat to me. It wasn't, and I wish I hadn't waited so long."),
      ],
    },
    {
      author: 'hana', kind: 'STORY', daysAgo: 350, answersQuestion: 4, skinNow: 'BETTER', conditions: ['acne'],
      title: 'A year of gut-health fixes, then isotretinoin: an honest comparison',
      body: md(
        'I want to write this carefully, because I know this forum leans towards gut stuff and I was a believer too.',
        'For about a year I did everything: a multi-strain probiotic every day for six months, dairy out, lots of vegetables, kefir. My acne was the cystic kind, on my cheeks and jaw, and it was leaving scars.',
        'Cutting dairy seemed to help a bit: fewer new cysts, maybe a third fewer. The probiotic did nothing I could measure.',
        'In the end my dermatologist put me on isotretinoin. Six months, monthly blood tests, dry lips, the works. My skin has been clear for eight months now.',
        "**Do I believe in the gut-skin connection?** Somewhat. I think food affects my skin at the edges. But for scarring acne, I wish I'd gone to a dermatologist a year earlier, and I'd tell anyone with cysts to do the same."),
      tried: [t('multi-strain-probiotic', 'N', 24), t('less-dairy', 'H', 12), t('isotretinoin', 'A', 24, 'Monthly blood tests; very dry lips')],
      otherChanges: 'I also drank kefir most days for a few months.',
      comments: [],
    },
    {
      author: 'jordan', kind: 'STORY', daysAgo: 270, skinNow: 'SAME', conditions: ['psoriasis'],
      title: "Twelve years of psoriasis: phototherapy works, my gluten-free year didn't",
      body: md(
        "I get plaques on my elbows, knees and scalp, and over the years I've been told to try every diet on the internet. The one I committed to was gluten-free: a full year, strict, reading every label.",
        "It did nothing for my psoriasis. I don't have coeliac disease (I was tested), and the plaques came and went exactly as before. I'm not saying it never helps anyone; I'm saying it didn't help me, and it made eating out miserable.",
        'What did help:',
        '- Narrow-band UVB twice a week for ten weeks at the hospital: my elbows cleared for the first time in years\n- Drinking much less, which seems to make flares milder',
        "I'm posting this mostly for balance. There are lots of stories about diets that worked; here's one about a diet that didn't."),
      tried: [t('gluten-free', 'N', 52), t('phototherapy', 'A', 10), t('less-alcohol', 'H', 20)],
      updates: [{ daysAfter: 150, skinNow: 'SAME',
        body: "Five months after phototherapy ended, the elbows are creeping back, which my dermatologist warned me about. We're discussing another course. Still drinking less; still not missing gluten-free bread.",
        outcomes: [t('phototherapy', 'H', 10, 'Clear for about four months, slowly returning')] }],
      comments: [],
    },
    {
      author: 'sofia_r', kind: 'DISCUSSION', daysAgo: 22, conditions: ['rosacea'],
      title: 'Does anyone else flush in the first week of a new probiotic?',
      body: md(
        "Small question, possibly silly. I've started a B. longum capsule (just that, nothing else new) and for the first five days my cheeks have been noticeably warmer and redder in the evenings. No bumps, just flushing.",
        "I'm trying to work out whether this is:",
        "- a coincidence (it's been warm, and I had a stressful week)\n- an adjustment thing that will settle\n- my rosacea telling me to stop",
        "Has anyone with rosacea or sensitive skin had this? Did it settle, or did you stop? I have a dermatologist appointment next month and would like to go in with something more than 'my face felt hot'."),
      tried: [],
      comments: [
        c('tomas', 4, 'My nose flushed for about a week on a multi-strain one, then settled. Could easily have been coincidence though; I changed my coffee habit the same week.', [
          c('sofia_r', 3, 'Coffee is one of mine too. Confounders everywhere.')]),
        c('noor', 10, "I'd write down each evening's flush on a 1–5 scale until your appointment. It gives the dermatologist something concrete.", [], ['sofia_r']),
        c('chris_m', 26, "If it keeps going past two weeks, I'd stop it and see whether it settles. No capsule is worth a flare.", [
          c('sofia_r', 8, "That's the plan. One more week.", [
            c('chris_m', 5, 'Sounds sensible. Good luck at the appointment.')])]),
      ],
    },
    {
      author: 'tomas', kind: 'DISCUSSION', daysAgo: 6, conditions: [],
      title: 'What are you trying this month? A check-in thread',
      body: md(
        'I thought it might be nice to have a low-pressure thread where people say what they are currently testing, before they know whether it works. Half the useful information on here is hidden in comments, so here is a place for it.',
        "I'll go first:",
        '- **Me**: cutting alcohol for my rosacea nose, week three. Too early to tell, but the evening redness seems a bit calmer.\n- **My son**: the same emollient routine as always, plus a new fragrance-free bath wash since the old one was discontinued.',
        'Reply with what you are trying, how long you have been going, and what you hope to see. No judgement, no miracle claims, and please keep seeing your doctors.'),
      tried: [],
      comments: [
        c('priya_s', 2, 'Week five without sugary drinks. Jawline is calmer, forehead has not noticed.', [
          c('tomas', 3, 'The forehead is always the last to get the memo.')]),
        c('kenji', 5, 'Starting a two-week break from work email in the evenings. Curious whether the eyebrow flakes notice.'),
        c('amara', 8, 'Just started dupilumab after a lot of back and forth. Week one, no side effects yet.', [
          c('mod_maya', 4, 'Wishing you a smooth start. Come back and tell us how it goes when you are ready.')], ['tomas', 'chris_m']),
        c('hana', 12, 'Trying the urea cream on my shins as well as my arms. Week two.'),
        c('ola', 20, 'Nothing new, which is my experiment: seeing whether my skin settles if I stop trying things for a month.', [
          c('jordan', 6, 'Underrated experiment. The control group of one.')]),
      ],
    },
    {
      author: 'ines', kind: 'STORY', daysAgo: 200, answersQuestion: 1, skinNow: 'BETTER', conditions: ['eczema'],
      title: 'Kefir, LGG and the first winter without cracked knuckles',
      body: md(
        "I've had eczema on my hands and the insides of my elbows since my twenties. Every winter my knuckles split and bleed, and I spend December with plasters on every finger.",
        'This autumn I tried three things at once, which I know makes it hard to judge:',
        '- A glass of kefir every morning\n- One LGG capsule a day\n- A proper emollient routine: ointment at night, cream after every hand wash, gloves outside',
        'The result was the first winter in years without split knuckles. I had two small flares on my elbows, both calmed with my usual cream in a few days.',
        "If I'm honest, the emollient routine is probably most of it, because my hands were the big win and that's where the ointment went. But I also had fewer elbow flares, and I didn't change anything on my elbows. So maybe the gut side helped a little? I'm keeping all three until spring, then I'll drop the capsule to see."),
      tried: [t('emollients', 'A', 16), t('fermented-foods', 'H', 16), t('lactobacillus-rhamnosus-gg', 'H', 16)],
      comments: [],
    },
  ]
}

// ---------------------------------------------------------------- assembly

export function buildDemoStories(): SeedStory[] {
  const drafts: Draft[] = [...handStories(), ...SPECS.map((s, i) => genStory(mulberry32(0x5eed + i * 7919), s, i))]
  return drafts.map((d, i): SeedStory => {
    const rng = mulberry32(0xc0ffee + i * 104729)
    const story: SeedStory = { key: `story-${String(i + 1).padStart(3, '0')}`, ...d }
    if (story.comments.length === 0) story.comments = genComments(rng, d)
    if (!story.helpfulBy) {
      const good = toneOf(d.tried) === 'good' || d.kind === 'DISCUSSION'
      const k = Math.floor(rng() * (good ? 7 : 4)) + (good ? 2 : 0)
      const pool = [...MEMBERS, 'mod_maya']
      const helpful = handles(rng, k, [d.author], pool)
      if (helpful.length > 0) story.helpfulBy = helpful
      const meToo = handles(rng, Math.floor(rng() * 5), [d.author])
      if (meToo.length > 0) story.meTooBy = meToo
    }
    return story
  })
}
