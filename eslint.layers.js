// @ts-check
// The layer rules of src/ (DESIGN.md section 2): each folder may import only what lies below it,
// so an arrow pointing the wrong way fails `npm run lint` instead of waiting for a reviewer.
//
//   entrypoints → cli | action → pipeline → edges → core
//
// core is pure (no SDKs, no file system); edges never import the pipeline or a front end;
// the pipeline serves both front ends and knows neither, nor the runner's I/O (edges/github);
// the two front ends (cli, action) never reach into each other.

const above = (/** @type {string[]} */ ...folders) =>
  folders.map((folder) => ({
    group: [`**/${folder}/**`, `**/${folder}`],
    message: `This layer must not import from src/${folder}/ (see eslint.layers.js).`,
  }));

const sdks = [
  { group: ['@actions/*'], message: 'Only src/action and src/edges/github talk to the runner.' },
];

/** One `no-restricted-imports` rule per folder. */
export const layerRules = [
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...above('edges', 'pipeline', 'action', 'cli', 'entrypoints'),
            ...sdks,
            {
              group: ['@azure/*'],
              message: 'core is pure: Azure clients live in src/edges/azure.',
            },
            {
              group: ['node:fs', 'node:fs/*', 'fs', 'fs/*'],
              message: 'core is pure: files are read and written in src/edges/files.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/edges/**/*.ts'],
    ignores: ['src/edges/github/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...above('pipeline', 'action', 'cli', 'entrypoints'), ...sdks] },
      ],
    },
  },
  {
    files: ['src/edges/github/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: above('pipeline', 'action', 'cli', 'entrypoints') },
      ],
    },
  },
  {
    files: ['src/pipeline/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...above('action', 'cli', 'entrypoints'),
            ...sdks,
            {
              group: ['**/edges/github/**'],
              message: 'The pipeline serves both front ends: runner I/O belongs to src/action.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/action/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: above('cli', 'entrypoints') }],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...above('action', 'entrypoints'), ...sdks] },
      ],
    },
  },
];
