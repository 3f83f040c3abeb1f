/** What bench-action reads from an Entra access token: who it was issued to. */

/** The object id (`oid` claim) of a JWT access token, or undefined when it is not a JWT or has none. */
export function objectIdOfAccessToken(token: string): string | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      oid?: unknown;
    };
    return typeof claims.oid === 'string' && claims.oid !== '' ? claims.oid : undefined;
  } catch {
    return undefined;
  }
}
