/**
 * The provider of a run: the `provider` input when given (an input left empty means "the
 * config's", actions/checkout's convention), else the config's `cloud.provider` (`local` when the
 * config sets none). `mode: janitor` only cleans Azure; a `product` without a config is only
 * enough for an Azure run.
 */
import { readFile } from 'node:fs/promises';
import { parseConfig } from '../core/config/parse-config.js';
import type { Provider } from '../edges/github/constants.js';
import type { ActionSettings } from '../edges/github/input-helper.js';
import { workspacePath } from './workspace.js';

/** The provider the step runs with. An unreadable config gives `local`: its run reports why. */
export async function resolveProvider(settings: ActionSettings): Promise<Provider> {
  if (settings.provider !== undefined) return settings.provider;
  if (settings.mode === 'janitor' || settings.mode === 'preflight') return 'azure';
  if (settings.configPath === undefined) return 'azure';
  const file = workspacePath('config', settings.configPath);
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return 'local';
  return parseConfig(text, file).config?.cloud.provider ?? 'local';
}
