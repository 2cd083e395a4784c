/** The article WhatHelped grew out of; the seed creates it under this slug. */
export const MAIN_ARTICLE_SLUG = 'gut-health-and-skin'
