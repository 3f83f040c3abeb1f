/**
 * The sticky PR comment against a loopback GitHub API, through `@actions/github`'s Octokit.
 */
import * as github from '@actions/github';
import { afterEach, describe, expect, it } from 'vitest';
import {
  COMMENT_LIMIT_CHARS,
  commentMarker,
  upsertPrComment,
  type UpsertPrCommentOptions,
} from '../../src/edges/github/pr-comment.js';
import { ACTIONS_BOT, startGitHubApiFake, type GitHubApiFake } from '../support/github-api-fake.js';

const REPO = 'plasmatic/reframe';
const HUMAN = { login: 'octocat', id: 1, type: 'User' as const };

const fakes: GitHubApiFake[] = [];
afterEach(async () => {
  for (const fake of fakes.splice(0)) await fake.close();
});

async function start(options?: Parameters<typeof startGitHubApiFake>[0]): Promise<GitHubApiFake> {
  const fake = await startGitHubApiFake(options);
  fakes.push(fake);
  return fake;
}

function options(
  api: GitHubApiFake,
  overrides: Partial<UpsertPrCommentOptions> = {},
): UpsertPrCommentOptions {
  return {
    octokit: github.getOctokit('test-token', { baseUrl: api.url }),
    owner: 'plasmatic',
    repo: 'reframe',
    issueNumber: 7,
    commentId: 'default',
    body: 'first body',
    mode: 'always',
    hasRegression: false,
    ...overrides,
  };
}

describe('upsertPrComment', () => {
  it('creates a comment with the hidden marker, then updates that same comment', async () => {
    const api = await start();

    const created = await upsertPrComment(options(api));
    const updated = await upsertPrComment(options(api, { body: 'second body' }));

    expect(created.status).toBe('created');
    expect(updated).toMatchObject({ status: 'updated', id: created.id });
    const comments = api.commentsOn(REPO, 7);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toBe(`${commentMarker('default')}\nsecond body`);
    expect(comments[0]?.user).toEqual(ACTIONS_BOT);
  });

  it('finds its comment on a later page of a long conversation', async () => {
    const api = await start({ maxPageSize: 2 });
    for (let i = 0; i < 5; i++) api.seedComment(REPO, 7, `chatter ${i}`, HUMAN);
    await upsertPrComment(options(api));
    for (let i = 0; i < 3; i++) api.seedComment(REPO, 7, `more chatter ${i}`, HUMAN);

    const second = await upsertPrComment(options(api, { body: 'again' }));

    expect(second.status).toBe('updated');
    expect(
      api.commentsOn(REPO, 7).filter((c) => c.body.includes(commentMarker('default'))),
    ).toHaveLength(1);
    // Paged by cursor: 9 comments, 2 per page, ours in the middle of the second search.
    const listPages = api.requests.filter((r) => r.method === 'POST' && r.path === '/graphql');
    expect(listPages.length).toBeGreaterThan(3);
  });

  it('leaves a comment with the marker written by someone else alone', async () => {
    const api = await start();
    const quoted = api.seedComment(
      REPO,
      7,
      `${commentMarker('default')}\nquoted by a human`,
      HUMAN,
    );

    const result = await upsertPrComment(options(api));

    expect(result.status).toBe('created');
    expect(quoted.body).toContain('quoted by a human');
    expect(api.commentsOn(REPO, 7)).toHaveLength(2);
  });

  it('recognises its own comments when the token belongs to a user', async () => {
    const bot = { login: 'plasmatic-bench', id: 9, type: 'User' as const };
    const api = await start({ user: bot });
    api.seedComment(REPO, 7, `${commentMarker('default')}\nby the actions bot`, ACTIONS_BOT);

    await upsertPrComment(options(api));
    const second = await upsertPrComment(options(api, { body: 'again' }));

    expect(second.status).toBe('updated');
    const mine = api.commentsOn(REPO, 7).filter((c) => c.user.login === bot.login);
    expect(mine).toHaveLength(1);
    expect(mine[0]?.body).toContain('again');
  });

  it('keeps one comment per comment id', async () => {
    const api = await start();

    await upsertPrComment(options(api, { commentId: 'reframe-pr' }));
    await upsertPrComment(options(api, { commentId: 'orion-pr' }));
    await upsertPrComment(options(api, { commentId: 'reframe-pr', body: 'updated' }));

    const bodies = api.commentsOn(REPO, 7).map((c) => c.body);
    expect(bodies).toEqual([
      `${commentMarker('reframe-pr')}\nupdated`,
      `${commentMarker('orion-pr')}\nfirst body`,
    ]);
  });

  it('posts nothing on-regression without a regression, but corrects an earlier regression comment', async () => {
    const api = await start();

    const nothing = await upsertPrComment(options(api, { mode: 'on-regression' }));
    expect(nothing.status).toBe('skipped');
    expect(api.comments).toHaveLength(0);

    await upsertPrComment(
      options(api, { mode: 'on-regression', hasRegression: true, body: 'p99 +30%' }),
    );
    const fixed = await upsertPrComment(options(api, { mode: 'on-regression', body: 'all good' }));

    expect(fixed.status).toBe('updated');
    const body = api.commentsOn(REPO, 7)[0]?.body ?? '';
    expect(body).toContain('The regression reported earlier is gone');
    expect(body).not.toContain('p99 +30%');
  });

  it('sends nothing at all with mode never', async () => {
    const api = await start();

    expect((await upsertPrComment(options(api, { mode: 'never' }))).status).toBe('skipped');
    expect(api.requests).toHaveLength(0);
  });

  it('cuts a long body below the comment limit and says so', async () => {
    const api = await start();
    const row = '| transform | 32 | 1,234 | 2.1 ms | 9.9 ms | 0.00% |\n';

    const result = await upsertPrComment(options(api, { body: row.repeat(3000) }));

    expect(result.status).toBe('created');
    const body = api.commentsOn(REPO, 7)[0]?.body ?? '';
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT_CHARS);
    expect(body).toContain('cut to fit');
    expect(body.startsWith(commentMarker('default'))).toBe(true);
  });

  it.each(['create'] as const)(
    'answers forbidden instead of failing when %s is refused with 403',
    async (operation) => {
      const api = await start({ forbidden: [operation] });

      const result = await upsertPrComment(options(api));

      expect(result.status).toBe('forbidden');
      expect(api.comments).toHaveLength(0);
    },
  );

  it('gives up when the API does not answer before the signal aborts', async () => {
    const api = await start({ stalled: ['list'] });
    const controller = new AbortController();
    const pending = upsertPrComment(options(api, { signal: controller.signal }));

    controller.abort();

    await expect(pending).rejects.toThrow();
    expect(api.comments).toHaveLength(0);
  });

  it('still fails on other errors, so they are not mistaken for a fork', async () => {
    const api = await start();

    await expect(upsertPrComment(options(api, { owner: 'missing', repo: '' }))).rejects.toThrow();
  });

  it('stays one comment with a GitHub App token, which may not read GET /user', async () => {
    const api = await start({ app: 'plasmatic-bench' });

    await upsertPrComment(options(api));
    const second = await upsertPrComment(options(api, { body: 'second body' }));

    expect(second.status).toBe('updated');
    const comments = api.commentsOn(REPO, 7);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.user.login).toBe('plasmatic-bench[bot]');
    expect(comments[0]?.body).toContain('second body');
  });

  it('does not take a comment of the Actions bot for its own when it runs as an App', async () => {
    const api = await start({ app: 'plasmatic-bench' });
    api.seedComment(REPO, 7, `${commentMarker('default')}\nfrom another workflow`, ACTIONS_BOT);

    const result = await upsertPrComment(options(api));

    expect(result.status).toBe('created');
    expect(api.commentsOn(REPO, 7)).toHaveLength(2);
  });

  it('skips a minimized comment and posts a fresh one', async () => {
    const api = await start();
    const hidden = api.seedComment(REPO, 7, `${commentMarker('default')}\nold`, ACTIONS_BOT);
    hidden.minimized = true;

    const result = await upsertPrComment(options(api, { body: 'new' }));

    expect(result.status).toBe('created');
    expect(hidden.body).toContain('old');
  });

  it('answers forbidden when the token may not even read the conversation (GraphQL 403)', async () => {
    const api = await start({ forbidden: ['graphql'] });

    const result = await upsertPrComment(options(api));

    expect(result.status).toBe('forbidden');
    expect(api.comments).toHaveLength(0);
  });
});
