// The test e-identification provider for development (`scripts/run`): the same OpenID Provider
// the tests use (oidc.mjs), for both methods, labelled "test" on the sign-in page. Writes the
// server's sign-in file and keeps running until stopped.
//   node tests/e2e/oidc-dev.mjs http://127.0.0.1:8080 target/dev-sign-in.toml

import { writeFileSync } from 'node:fs';
import { startProvider, SCOPE } from './oidc.mjs';

const [publicUrl, file] = process.argv.slice(2);
const people = {
  anna: { personalNumber: '199001011239', name: 'Anna Andersson' },
  bo: { personalNumber: '198507092388', name: 'Bo Berg' },
};
const provider = await startProvider({ redirectUri: `${publicUrl}/sign-in/eid/callback`, people });
const method = `issuer = "${provider.issuer}"\nclient_id = "${provider.clientId}"\nclient_secret = "${provider.clientSecret}"\nscopes = ["openid", "${SCOPE}"]\ntest = true\n`;
writeFileSync(file, `public_url = "${publicUrl}"\n[professional]\n${method}[telia]\n${method}`);
console.log(`test e-identification provider at ${provider.issuer}: log in as "anna" or "bo", with any password`);
