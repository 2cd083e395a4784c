import nextCoreWebVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

// Imports go one way: app → components → lib/<feature> → lib core (the files directly in lib/,
// and lib/api, lib/http). scripts/check-imports.ts checks the whole graph and cycles in CI; these
// rules say it in the editor, file by file.
const CORE_FILES = ['lib/*.{ts,tsx,mjs}', 'lib/api/**', 'lib/http/**']
const FEATURE_FILES = ['lib/*/**']
const toApp = { regex: '^(@/app/|(\\.\\./)+app/)', message: 'Only app/ imports from app/: move what is shared to components/ or lib/.' }
const toComponents = { regex: '^(@/components/|(\\.\\./)+components/)', message: 'lib/ does not import components: the direction is app → components → lib/<feature> → lib core.' }
const coreToFeature = {
  regex: '^(@/lib/(?!api/|http/|generated/)[^/]+/|\\./(?!api/|http/|generated/)[^/]+/|\\.\\./(?!api/|http/|generated/)[^/.][^/]*/)',
  message: 'lib core does not import a feature (lib/<feature>/): move the shared part to core, or pass it in.',
}
const layerRules = [
  { files: ['components/**'], rules: { 'no-restricted-imports': ['error', { patterns: [toApp] }] } },
  { files: FEATURE_FILES, ignores: ['lib/api/**', 'lib/http/**', 'lib/generated/**'], rules: { 'no-restricted-imports': ['error', { patterns: [toApp, toComponents] }] } },
  { files: CORE_FILES, rules: { 'no-restricted-imports': ['error', { patterns: [toApp, toComponents, coreToFeature] }] } },
]
const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  ...layerRules,
  {
    ignores: ['.next/**', 'node_modules/**', 'lib/generated/**', '.data/**', 'next-env.d.ts', 'bench/results/**'],
  },
]

export default config
