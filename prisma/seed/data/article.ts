// The blog article WhatHelped grows out of (shared/article/gut-skin-article.txt).
// The four questions are quoted exactly from its closing section.
import { MAIN_ARTICLE_SLUG } from '../../../lib/articles/constants'

export const ARTICLE = {
  slug: MAIN_ARTICLE_SLUG,
  title: 'Can Improving Gut Health Help With Skin Problems Like Acne and Eczema?',
  summary:
    'The article asks whether the "gut-skin axis" is real: an unbalanced gut microbiome — from ' +
    'stress, processed food, antibiotics or too little sleep — may drive the inflammation behind ' +
    'acne and eczema. It describes probiotics (naming Lactobacillus rhamnosus GG, Bifidobacterium ' +
    'longum and Lactobacillus plantarum) alongside fiber, less refined sugar and processed food, ' +
    'water, stress management and sleep, and the author\'s own six weeks of less sugar, more water ' +
    'and a daily probiotic. Results vary, it says, and it ends by asking readers what worked for them.',
} as const

export const ARTICLE_QUESTIONS = [
  'Have you ever tried changing your diet or supporting your gut to improve your skin?',
  'Did probiotics, prebiotics, or cleaner eating help your acne or eczema?',
  'Or are you still trying to figure out what triggers your skin issues?',
  'Do you believe in the gut-skin connection, or are you still skeptical?',
] as const
