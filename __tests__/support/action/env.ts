/**
 * Sets environment variables for one in-process test and restores them afterwards, so tests
 * can drive `@actions/core` through real `INPUT_*` variables instead of mocking it.
 */

/** Replaces every `INPUT_*` variable with `inputs` (action.yml names) and sets `extra`. */
export function withEnv(
  inputs: Record<string, string>,
  extra: Record<string, string | undefined> = {},
): () => void {
  const saved = { ...process.env };
  for (const name of Object.keys(process.env)) {
    if (name.startsWith('INPUT_') || name.startsWith('STATE_')) delete process.env[name];
  }
  for (const [name, value] of Object.entries(inputs))
    process.env[`INPUT_${name.toUpperCase()}`] = value;
  for (const [name, value] of Object.entries(extra)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  return () => {
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
    Object.assign(process.env, saved);
  };
}
