// ESLint (flat config): the recommended JavaScript and typescript-eslint rules over src, test and bench,
// and the boundaries between src/'s folders (BOUNDARIES below; test/unit/lint-boundaries.test.ts).
// Plain JavaScript all the way down, so `npm ci` needs no platform-specific binary.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Who may import what (test/unit/lint-boundaries.test.ts shows it fails the lint). Every import
// inside src/ is relative and every folder name below is used once in src/, so an import reaches a
// folder exactly when its path has the folder as a segment ('../../store/open-store.js',
// '../discord/render.js'). ['folder', [files]] bans the folder but those files (its contract or
// ports). Tests, eval, bench and scripts are not checked: they open the app as its users do.
const ALL = ['app', 'cli', 'briefing', 'corpus', 'digest', 'ingest', 'llm', 'log', 'platforms', 'store'];
const PLATFORMS = ['slack', 'discord', 'web'];
// What a platform may use: the core's contract (the Answer it renders, the service and its errors,
// topics, the conversation ports) and the digest contract (posting, the subscription commands).
const PLATFORM_BANS = [
  'app',
  'cli',
  'corpus',
  'ingest',
  'llm',
  'store',
  ['briefing', ['answer', 'service-api', 'topics', 'ports']],
  ['digest', ['poster', 'subscription-commands', 'parse-subscription']],
];
// Neither the core nor a domain builds what the composition root owns or knows who drives it.
const OUTER = ['app', 'cli', 'platforms', 'store'];
const BOUNDARIES = [
  // The Logger port depends on nothing.
  { zone: 'log', files: ['src/log/**/*.ts'], bans: ALL.filter((f) => f !== 'log') },
  // The core: the corpus, then briefing over it. The LLM writer is an adapter the root picks for
  // briefing's Writer port (briefing/writer.ts); digest and ingest use the core, not the reverse.
  { zone: 'corpus', files: ['src/corpus/**/*.ts'], bans: [...OUTER, 'llm', 'briefing', 'digest', 'ingest'] },
  { zone: 'briefing', files: ['src/briefing/**/*.ts'], bans: [...OUTER, 'llm', 'digest', 'ingest'] },
  // The domains around the core: each takes its ports (digest/ports.ts, ingest/ports.ts) and is
  // handed their store objects by the root.
  { zone: 'llm', files: ['src/llm/**/*.ts'], bans: [...OUTER, 'digest', 'ingest'] },
  { zone: 'digest', files: ['src/digest/**/*.ts'], bans: [...OUTER, 'llm'] },
  { zone: 'ingest', files: ['src/ingest/**/*.ts'], bans: [...OUTER, 'llm'] },
  // The store implements the domains' ports (and keeps Answers and subscriptions), nothing more.
  {
    zone: 'store',
    files: ['src/store/**/*.ts'],
    bans: [
      'app',
      'cli',
      'corpus',
      'llm',
      'platforms',
      ['briefing', ['ports', 'answer']],
      ['digest', ['ports', 'subscription']],
      ['ingest', ['ports']],
    ],
  },
  // What every chat adapter shares (platforms/chat) depends on none of
  // them; a platform imports no other platform.
  {
    zone: 'platforms/chat',
    files: ['src/platforms/chat/**/*.ts'],
    bans: [...PLATFORM_BANS, ...PLATFORMS],
  },
  ...PLATFORMS.map((own) => ({
    zone: `platforms/${own}`,
    files: [`src/platforms/${own}/**/*.ts`],
    bans: [...PLATFORM_BANS, ...PLATFORMS.filter((p) => p !== own)],
  })),
  // The CLI opens its objects through app/cli-session.ts and reads the one configuration.
  {
    zone: 'cli',
    files: ['src/cli/**/*.ts'],
    bans: ['llm', 'platforms', 'store', ['app', ['cli-session', 'config', 'pino-logger', 'startup-errors']]],
  },
  // The composition root may import anything (only config.ts reads the environment).
  { zone: 'app', files: ['src/app/**/*.ts'], ignores: ['src/app/config.ts'], bans: [] },
];

// What the composition root (src/app/) builds and owns: the store and its ports' objects, the
// corpus load and watcher, the service and its writers, the platforms, digests and ingestion.
// By imported name, so a folder that may use a module (digest reading corpus/) still may not
// build these from it; matched by the module's file name wherever it is imported from.
const ROOT_FACTORIES = [
  { module: 'open-store', names: ['openStore', 'digestStoreFor', 'ingestStateFor', 'consoleLogFor'] },
  { module: 'load-corpus', names: ['loadCorpus'] },
  { module: 'corpus-watch', names: ['createCorpusWatch'] },
  { module: 'service', names: ['createBriefingService'] },
  { module: 'prepare', names: ['prepareInBackground'] },
  { module: 'offline-writer', names: ['createOfflineWriter'] },
  { module: 'openai-writer', names: ['createOpenAIWriter'] },
  { module: 'fallback-writer', names: ['withFallback'] },
  { module: 'digests', names: ['createDigests'] },
  { module: 'setup', names: ['createIngestion', 'startFeedPolling'] },
  { module: 'index', names: ['createSlackApp', 'createDiscordBot'] },
  { module: 'server', names: ['createWebServer'] },
  { module: 'digest-poster', names: ['createSlackDigestPoster', 'createDiscordDigestPoster'] },
];

const READS_ENV = 'only src/app/config.ts reads the environment; take the setting from what it read.';
const folderPattern = (zone, ban) => {
  const [folder, except] = typeof ban === 'string' ? [ban, []] : ban;
  const only = except.length ? ` except ${except.map((e) => `${e}.ts`).join(', ')}` : '';
  return {
    regex: `^\\.{1,2}/(?:.*/)?${folder}/${except.length ? `(?!(?:${except.join('|')})\\.js$)` : ''}`,
    caseSensitive: true,
    message: `${zone} may not import src/${PLATFORMS.includes(folder) ? 'platforms/' : ''}${folder}/${only} (the boundaries in eslint.config.js).`,
  };
};
const factoryPatterns = ROOT_FACTORIES.map(({ module, names }) => ({
  regex: `(?:^|/)${module}(?:\\.js)?$`,
  caseSensitive: true,
  importNames: names,
  message: 'the composition root (src/app/) builds this; take what it hands in.',
}));

// One no-restricted-imports per file: in flat config a later block's options replace an earlier
// one's, so each zone's block carries all of its patterns.
const boundaryBlocks = BOUNDARIES.map(({ zone, files, ignores = [], bans }) => ({
  files,
  ignores,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        // `import { env } from 'node:process'` reads the environment too.
        paths: ['node:process', 'process'].map((name) => ({
          name,
          importNames: ['env'],
          message: READS_ENV,
        })),
        patterns: [
          ...bans.map((ban) => folderPattern(zone, ban)),
          ...(zone === 'app' ? [] : factoryPatterns),
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'var/', 'test-output/', 'coverage/', 'src/platforms/web/public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      // Unused arguments named _x are deliberate (interface shapes, callbacks).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Control characters in regexes are how the cleaner recognises binary junk.
      'no-control-regex': 'off',
    },
  },
  ...boundaryBlocks,
  {
    files: ['src/**/*.ts'],
    ignores: ['src/app/config.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: READS_ENV }],
    },
  },
  {
    // An import() or import('...') type is not seen by no-restricted-imports, so outside the
    // composition root every import is a static one the boundaries check.
    files: ['src/**/*.ts'],
    ignores: ['src/app/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ImportExpression', message: 'import statically, so the boundary rule sees the import.' },
        {
          selector: 'TSImportType',
          message: 'import the type statically (import type), so the boundary rule sees it.',
        },
        { selector: 'TSExternalModuleReference', message: 'use an ES import, so the boundary rule sees it.' },
      ],
    },
  },
  {
    // bin/briefbot.js: a plain Node ES module (it loads tsx, then the TypeScript CLI).
    files: ['bin/**/*.js'],
    languageOptions: { globals: { process: 'readonly' } },
  },
  {
    // The console is plain browser JavaScript served as-is (no build step).
    files: ['src/platforms/web/public/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { window: 'readonly', document: 'readonly' } },
  },
);
