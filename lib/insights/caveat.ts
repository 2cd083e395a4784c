// What the numbers are, in plain words: shown on every insights page and in the JSON.
export const CAVEAT =
  'These numbers come from stories members chose to post about themselves. Nobody checked them, ' +
  'and there is no control group: people who had a good or a bad experience may be more likely to ' +
  'write, and skin often changes on its own. They are not medical advice. Talk to a dermatologist ' +
  'or doctor before you start, stop or change a treatment.'
