/**
 * `action.yml`, the constant maps in `constants.ts`, the input defaults and `docs/action.md`
 * must say the same thing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ACTION_DOC, ACTION_YML, renderActionDoc } from '../../scripts/check-action-docs.js';
import { Inputs, Outputs, StateKeys, Verdicts } from '../../src/edges/github/constants.js';
import { InputDefaults } from '../../src/edges/github/input-helper.js';

interface ActionFile {
  inputs: Record<string, { description?: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description?: string }>;
  runs: Record<string, string>;
}

const action = parse(readFileSync(ACTION_YML, 'utf8')) as ActionFile;

describe('action.yml', () => {
  it('declares exactly the inputs in Inputs, in the same order', () => {
    expect(Object.keys(action.inputs)).toEqual(Object.values(Inputs));
  });

  it('declares exactly the outputs in Outputs, in the same order', () => {
    expect(Object.keys(action.outputs)).toEqual(Object.values(Outputs));
  });

  it('describes every input and output', () => {
    for (const [name, entry] of [
      ...Object.entries(action.inputs),
      ...Object.entries(action.outputs),
    ]) {
      expect(entry.description, name).toMatch(/\w{3,}/);
    }
  });

  it('has the same defaults as the code that reads the inputs', () => {
    const declared = Object.fromEntries(
      Object.entries(action.inputs)
        .filter(([name, input]) => input.default !== undefined && name !== Inputs.githubToken)
        .map(([name, input]) => [name, String(input.default)]),
    );
    expect(declared).toEqual(InputDefaults);
    expect(action.inputs[Inputs.githubToken]?.default).toBe('${{ github.token }}');
  });

  it('lists every verdict in the verdict output description', () => {
    for (const verdict of Verdicts) expect(action.outputs.verdict?.description).toContain(verdict);
  });

  it('runs on node24 with a post step that always runs', () => {
    expect(action.runs).toEqual({
      using: 'node24',
      main: 'dist/action/main.js',
      post: 'dist/action/post.js',
      'post-if': 'always()',
    });
  });

  it('uses distinct state keys that name nothing secret', () => {
    const keys = Object.values(StateKeys);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).not.toMatch(/token|secret|password|key$/i);
  });

  it('is documented by an up-to-date docs/action.md', async () => {
    expect(readFileSync(ACTION_DOC, 'utf8')).toBe(await renderActionDoc());
  });
});
