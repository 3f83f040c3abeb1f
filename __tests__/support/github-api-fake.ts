/**
 * A loopback stand-in for the parts of the GitHub API the action uses: the authenticated user
 * (REST `GET /user`), issue comments (REST list with `Link` pagination, create, update) and the
 * GraphQL query that finds the sticky comment (`viewer { login }` and the pull request's
 * comments with `isMinimized`, paged by cursor). Tests drive it through `@actions/github`'s
 * Octokit (`getOctokit(token, { baseUrl: fake.url })`) or by pointing `GITHUB_API_URL` at it
 * from a child process. It records every request and can answer 403 to mimic a fork's read-only
 * token.
 *
 * Platform behaviour it follows:
 * - A workflow's `GITHUB_TOKEN` and a GitHub App installation token both get 403 "Resource not
 *   accessible by integration" on `GET /user` (docs.github.com, "Get the authenticated user":
 *   installation tokens are not users); their comments are authored by `github-actions[bot]` and
 *   `<app-slug>[bot]` respectively.
 * - Repository variables for Actions (docs.github.com, "REST API endpoints for GitHub Actions
 *   variables", https://docs.github.com/en/rest/actions/variables): `GET
 *   /repos/{owner}/{repo}/actions/variables/{name}` answers 200 or 404; `POST
 *   /repos/{owner}/{repo}/actions/variables` with `{ name, value }` answers 201, and 409 when the
 *   name exists; `PATCH …/variables/{name}` answers 204. Names are case-insensitive and stored
 *   upper-case; only letters, digits and `_`, not starting with a digit or `GITHUB_`. A token
 *   without the Variables permission gets 403 "Resource not accessible by integration".
 * - In GraphQL, `viewer.login` and a bot comment's `author.login` carry no `[bot]` suffix
 *   (`github-actions`, `<app-slug>`), while REST logins do; marocchino/sticky-pull-request-comment
 *   (src/comment.ts) matches author and viewer that way and skips minimized comments.
 */
import type http from 'node:http';
import { startServer, type TestServer } from './servers.js';

/** A user as the API returns it. */
export interface FakeUser {
  /** e.g. `octocat` or `github-actions[bot]`. */
  login: string;
  /** Numeric user id. */
  id: number;
  /** `Bot` for apps and the Actions bot. */
  type: 'User' | 'Bot';
}

/** An issue comment as stored by the fake. */
export interface FakeComment {
  /** Comment id, unique across the fake. */
  id: number;
  /** Repository as `owner/name`. */
  repository: string;
  /** Issue or pull request number. */
  issueNumber: number;
  /** Markdown body. */
  body: string;
  /** Author. */
  user: FakeUser;
  /** Link, as the API returns it. */
  html_url: string;
  /** Hidden ("minimized") by a maintainer, e.g. as outdated. */
  minimized?: boolean;
  /** ISO time of creation. */
  created_at: string;
  /** ISO time of the last update. */
  updated_at: string;
}

/** One request the fake received. */
export interface FakeRequest {
  /** HTTP method. */
  method: string;
  /** Path and query. */
  path: string;
  /** The `authorization` header, if any. */
  authorization?: string;
  /** Parsed JSON body, if any. */
  body?: unknown;
}

/** Operations that can be made to fail with 403. */
export type FakeOperation = 'user' | 'list' | 'create' | 'update' | 'graphql' | 'variables';

/** A repository variable for Actions, as stored by the fake. */
export interface FakeVariable {
  /** Name, upper-cased as GitHub stores it. */
  name: string;
  /** Value. */
  value: string;
  /** ISO time of creation. */
  created_at: string;
  /** ISO time of the last update. */
  updated_at: string;
}

/** Options of `startGitHubApiFake`. */
export interface GitHubApiFakeOptions {
  /**
   * Who the token acts as. `undefined` mimics a workflow's GITHUB_TOKEN: `GET /user` answers
   * 403 and comments are written by `github-actions[bot]`.
   */
  user?: FakeUser;
  /**
   * A GitHub App installation token of this app slug: `GET /user` answers 403 and comments are
   * written by `<slug>[bot]` (wins over `user`).
   */
  app?: string;
  /** Operations answered with 403 "Resource not accessible by integration". */
  forbidden?: FakeOperation[];
  /** Largest page size served, whatever `per_page` asks for (to force pagination). */
  maxPageSize?: number;
  /** Operations that never answer (the socket is destroyed when the fake closes). */
  stalled?: FakeOperation[];
}

/** Thrown inside the handler to leave a request unanswered. */
class Stall extends Error {}

/** The bot that comments with a workflow's GITHUB_TOKEN. */
export const ACTIONS_BOT: FakeUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

/** A running fake. */
export interface GitHubApiFake {
  /** Base URL, e.g. `http://127.0.0.1:1234` (no trailing slash). */
  url: string;
  /** Every request, in order. */
  requests: FakeRequest[];
  /** Every comment, in creation order. */
  comments: FakeComment[];
  /** Repository variables by `owner/name` (as given), then by upper-cased name. */
  variables: Map<string, Map<string, FakeVariable>>;
  /** Changeable at run time. */
  options: GitHubApiFakeOptions;
  /** Adds a comment as if someone else had written it. */
  seedComment(repository: string, issueNumber: number, body: string, user: FakeUser): FakeComment;
  /** Comments on one issue. */
  commentsOn(repository: string, issueNumber: number): FakeComment[];
  /** Stops the server. */
  close(): Promise<void>;
}

async function readJson(req: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  if (chunks.length === 0) return undefined;
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
}

function send(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

function forbidden(res: http.ServerResponse) {
  send(res, 403, {
    message: 'Resource not accessible by integration',
    documentation_url: 'https://docs.github.com/rest',
    status: '403',
  });
}

/** Starts the fake on 127.0.0.1 with a free port. */
export async function startGitHubApiFake(
  options: GitHubApiFakeOptions = {},
): Promise<GitHubApiFake> {
  const comments: FakeComment[] = [];
  const requests: FakeRequest[] = [];
  const variables = new Map<string, Map<string, FakeVariable>>();
  let nextId = 1000;

  const addComment = (repository: string, issueNumber: number, body: string, user: FakeUser) => {
    const id = nextId++;
    const now = new Date().toISOString();
    const comment: FakeComment = {
      id,
      repository,
      issueNumber,
      body,
      user,
      html_url: `https://github.example/${repository}/pull/${issueNumber}#issuecomment-${id}`,
      created_at: now,
      updated_at: now,
    };
    comments.push(comment);
    return comment;
  };
  const toApi = (c: FakeComment) => ({
    id: c.id,
    body: c.body,
    user: c.user,
    html_url: c.html_url,
    created_at: c.created_at,
    updated_at: c.updated_at,
  });
  const isForbidden = (op: FakeOperation) => {
    if (fake.options.stalled?.includes(op) === true) throw new Stall();
    return fake.options.forbidden?.includes(op) === true;
  };
  const author = (): FakeUser =>
    fake.options.app !== undefined
      ? { login: `${fake.options.app}[bot]`, id: 9000, type: 'Bot' }
      : (fake.options.user ?? ACTIONS_BOT);
  /** A login as GraphQL shows it: bots without the `[bot]` suffix. */
  const graphqlLogin = (user: FakeUser) =>
    user.type === 'Bot' ? user.login.replace(/\[bot\]$/, '') : user.login;

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = req.method === 'GET' ? undefined : await readJson(req);
    requests.push({
      method: req.method ?? 'GET',
      path: url.pathname + url.search,
      authorization: req.headers.authorization,
      body,
    });

    if (req.method === 'GET' && url.pathname === '/user') {
      const tokenIsUser = fake.options.app === undefined && fake.options.user !== undefined;
      if (isForbidden('user') || !tokenIsUser) return forbidden(res);
      return send(res, 200, fake.options.user);
    }
    if (req.method === 'POST' && url.pathname === '/graphql') {
      if (isForbidden('graphql')) return forbidden(res);
      const { query, variables } = (body ?? {}) as {
        query?: string;
        variables?: { owner?: string; repo?: string; number?: number; after?: string | null };
      };
      if (typeof query !== 'string' || !/viewer\s*\{\s*login/.test(query)) {
        return send(res, 200, { errors: [{ message: 'query not supported by the fake' }] });
      }
      const all = fake.commentsOn(
        `${variables?.owner}/${variables?.repo}`,
        Number(variables?.number),
      );
      const pageSize = Math.min(100, fake.options.maxPageSize ?? 100);
      const start = variables?.after ? Number(variables.after) : 0;
      const slice = all.slice(start, start + pageSize);
      return send(res, 200, {
        data: {
          viewer: { login: graphqlLogin(author()) },
          repository: {
            pullRequest: {
              comments: {
                nodes: slice.map((c) => ({
                  databaseId: c.id,
                  url: c.html_url,
                  author: { login: graphqlLogin(c.user) },
                  isMinimized: c.minimized === true,
                  body: c.body,
                })),
                pageInfo: {
                  endCursor: String(start + slice.length),
                  hasNextPage: start + slice.length < all.length,
                },
              },
            },
          },
        },
      });
    }
    const list = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
    if (list) {
      const repository = `${list[1]}/${list[2]}`;
      const issueNumber = Number(list[3]);
      if (req.method === 'GET') {
        if (isForbidden('list')) return forbidden(res);
        const all = fake.commentsOn(repository, issueNumber);
        const perPage = Math.min(
          Number(url.searchParams.get('per_page') ?? '30'),
          fake.options.maxPageSize ?? 100,
        );
        const page = Number(url.searchParams.get('page') ?? '1');
        const slice = all.slice((page - 1) * perPage, page * perPage);
        const headers: Record<string, string> = {};
        if (page * perPage < all.length) {
          const next = new URL(url.href.replace('http://127.0.0.1', server.url));
          next.searchParams.set('page', String(page + 1));
          next.searchParams.set('per_page', String(perPage));
          headers.link = `<${next.href}>; rel="next"`;
        }
        return send(res, 200, slice.map(toApi), headers);
      }
      if (req.method === 'POST') {
        if (isForbidden('create')) return forbidden(res);
        const text = (body as { body?: unknown } | undefined)?.body;
        if (typeof text !== 'string') return send(res, 422, { message: 'body is required' });
        if (text.length > 65_536)
          return send(res, 422, { message: 'body is too long (maximum is 65536 characters)' });
        return send(res, 201, toApi(addComment(repository, issueNumber, text, author())));
      }
    }
    const vars = /^\/repos\/([^/]+)\/([^/]+)\/actions\/variables(?:\/([^/]+))?$/.exec(url.pathname);
    if (vars) {
      if (isForbidden('variables')) return forbidden(res);
      const repository = `${vars[1]}/${vars[2]}`;
      const stored = variables.get(repository) ?? new Map<string, FakeVariable>();
      variables.set(repository, stored);
      const now = new Date().toISOString();
      if (vars[3] === undefined && req.method === 'POST') {
        const { name, value } = (body ?? {}) as { name?: unknown; value?: unknown };
        if (
          typeof name !== 'string' ||
          typeof value !== 'string' ||
          !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ||
          /^GITHUB_/i.test(name)
        ) {
          return send(res, 422, { message: 'Invalid request: name and value are required' });
        }
        if (stored.has(name.toUpperCase())) return send(res, 409, { message: 'Already exists' });
        stored.set(name.toUpperCase(), {
          name: name.toUpperCase(),
          value,
          created_at: now,
          updated_at: now,
        });
        return send(res, 201, {});
      }
      if (vars[3] !== undefined) {
        const existing = stored.get(decodeURIComponent(vars[3]).toUpperCase());
        if (!existing) return send(res, 404, { message: 'Not Found' });
        if (req.method === 'GET') return send(res, 200, existing);
        if (req.method === 'PATCH') {
          const { value } = (body ?? {}) as { value?: unknown };
          if (typeof value === 'string') existing.value = value;
          existing.updated_at = now;
          res.writeHead(204);
          res.end();
          return;
        }
      }
      return send(res, 404, { message: 'Not Found' });
    }
    const update = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (update && req.method === 'PATCH') {
      if (isForbidden('update')) return forbidden(res);
      const comment = comments.find(
        (c) => c.id === Number(update[3]) && c.repository === `${update[1]}/${update[2]}`,
      );
      if (!comment) return send(res, 404, { message: 'Not Found' });
      const text = (body as { body?: unknown } | undefined)?.body;
      if (typeof text !== 'string') return send(res, 422, { message: 'body is required' });
      if (text.length > 65_536)
        return send(res, 422, { message: 'body is too long (maximum is 65536 characters)' });
      comment.body = text;
      comment.updated_at = new Date().toISOString();
      return send(res, 200, toApi(comment));
    }
    send(res, 404, { message: 'Not Found' });
  };

  const server: TestServer = await startServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!(error instanceof Stall)) send(res, 500, { message: String(error) });
    });
  });

  const fake: GitHubApiFake = {
    url: server.url,
    requests,
    comments,
    variables,
    options,
    seedComment: addComment,
    commentsOn: (repository, issueNumber) =>
      comments.filter((c) => c.repository === repository && c.issueNumber === issueNumber),
    close: () => server.close(),
  };
  return fake;
}
