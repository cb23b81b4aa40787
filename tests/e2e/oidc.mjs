// A real, certified OpenID Provider for the tests: the npm package oidc-provider, configured as
// a Swedish e-identification provider is (the Swedish OIDC profile's scope and personal identity
// number claim, PKCE required), with one client and test people. Started by the tests; never
// part of a deployment. Its own development login page takes any person's login name and a
// password, then asks to continue.

import Provider from 'oidc-provider';
import { createServer } from 'node:net';

export const CLAIM = 'https://id.oidc.se/claim/personalIdentityNumber';
export const SCOPE = 'https://id.oidc.se/scope/naturalPersonNumber';

/** A port that was free a moment ago. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * Starts the provider. `people` maps a login name to { personalNumber, name }. Resolves to
 * { issuer, clientId, clientSecret, stop }.
 */
export async function startProvider({ redirectUri, people }) {
  const clientId = 'blankett';
  const clientSecret = 'a test secret of the test provider';
  const provider = new Provider(`http://127.0.0.1:${await freePort()}`, {
    clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [redirectUri], response_types: ['code'], grant_types: ['authorization_code'] }],
    scopes: ['openid', SCOPE],
    claims: { openid: ['sub'], [SCOPE]: [CLAIM, 'name'] },
    // The Swedish profile puts the person's claims in the ID token.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    cookies: { keys: ['the test provider signs its cookies with this'] },
    features: { devInteractions: { enabled: true } },
    async findAccount(ctx, id) {
      const person = people[id];
      if (!person) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, name: person.name, [CLAIM]: person.personalNumber }) };
    },
  });
  const issuer = provider.issuer;
  const port = Number(new URL(issuer).port);
  const server = await new Promise((resolve) => {
    const listening = provider.listen(port, '127.0.0.1', () => resolve(listening));
  });
  return { issuer, clientId, clientSecret, stop: () => new Promise((done) => server.close(done)) };
}
