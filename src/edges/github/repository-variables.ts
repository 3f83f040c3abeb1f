/**
 * Repository variables for Actions (`vars.NAME` in workflows), set through the REST API: read
 * each one, create it when missing, update it when its value differs. The token needs write
 * access to the repository's variables ("Variables" for a fine-grained token, `repo` for a
 * classic one); a workflow's GITHUB_TOKEN cannot be given it.
 */
import { BenchError } from '../../core/errors.js';
import { httpStatusOf, type GitHubClient } from './octokit.js';

/** What was done to one variable. */
export type VariableOutcome = 'created' | 'exists' | 'updated';

/** Sets `variables` on `repository` (`owner/name`); returns what was done per name. */
export async function setRepositoryVariables(
  client: GitHubClient,
  repository: string,
  variables: Record<string, string>,
): Promise<Record<string, VariableOutcome>> {
  const [owner = '', repo = ''] = repository.split('/');
  const done: Record<string, VariableOutcome> = {};
  for (const [name, value] of Object.entries(variables)) {
    try {
      let current: string | undefined;
      try {
        current = (await client.rest.actions.getRepoVariable({ owner, repo, name })).data.value;
      } catch (error) {
        if (httpStatusOf(error) !== 404) throw error;
      }
      if (current === value) {
        done[name] = 'exists';
      } else if (current === undefined) {
        await client.rest.actions.createRepoVariable({ owner, repo, name, value });
        done[name] = 'created';
      } else {
        await client.rest.actions.updateRepoVariable({ owner, repo, name, value });
        done[name] = 'updated';
      }
    } catch (error) {
      const status = httpStatusOf(error);
      throw new BenchError(
        'GITHUB_VARIABLES_FAILED',
        `Could not set the repository variable ${name} on ${repository}: ${status ?? ''} ${error instanceof Error ? error.message : String(error)}`.replace(
          /: {2}/,
          ': ',
        ),
        status === 403 || status === 404
          ? `The token needs write access to the variables of ${repository} (fine-grained: "Variables: read and write"; classic: repo). Or leave --github-token out and set the variables printed by hand.`
          : 'Run `bench setup azure` again (it keeps what exists), or set the variables printed by hand.',
        { cause: error },
      );
    }
  }
  return done;
}
