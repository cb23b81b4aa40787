// The test e-identification providers for development (`scripts/run`), labelled "test" on the
// sign-in page: the tests' OpenID Provider (oidc.mjs) for professional e-ID and Telia, and the
// BankID test service (bankid.mjs), with a page that plays the user's BankID app. Writes the
// server's sign-in file and keeps running until stopped.
//   node tests/e2e/dev-providers.mjs http://127.0.0.1:8080 target/dev-sign-in.toml

import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { startProvider, SCOPE } from './oidc.mjs';
import { startBankId } from './bankid.mjs';

const [publicUrl, file] = process.argv.slice(2);
const people = {
  anna: { personalNumber: '199001011239', name: 'Anna Andersson', givenName: 'Anna', surname: 'Andersson' },
  bo: { personalNumber: '198507092388', name: 'Bo Berg', givenName: 'Bo', surname: 'Berg' },
};
const provider = await startProvider({ redirectUri: `${publicUrl}/sign-in/eid/callback`, people });
const bankid = await startBankId();

// The user's BankID app: every pending order, with what its user may do.
const app = createServer((request, response) => {
  const [, orderRef, what] = request.url.match(/^\/orders\/([^/]+)\/(\w+)$/) ?? [];
  const order = orderRef && bankid.orders.get(orderRef);
  if (request.method === 'POST' && order) {
    if (what === 'sign') bankid.hint(order, 'userSign');
    else if (what === 'cancel') bankid.fail(order, 'userCancel');
    else if (people[what]) bankid.complete(order, people[what]);
    response.writeHead(303, { location: '/' });
    return response.end();
  }
  const rows = [...bankid.orders.values()]
    .filter((o) => o.status === 'pending')
    .map((o) => `<li>${o.orderRef} (${o.hintCode}) ${['sign', 'anna', 'bo', 'cancel'].map((w) => `<form method="post" action="/orders/${o.orderRef}/${w}"><button>${w === 'sign' ? 'Ask for the code' : w === 'cancel' ? 'Cancel' : `Identify as ${people[w].name}`}</button></form>`).join('')}</li>`);
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  response.end(`<!doctype html><title>Test BankID app</title><meta http-equiv="refresh" content="3"><h1>Test BankID app</h1><ul>${rows.join('') || '<li>No order is waiting.</li>'}</ul>`);
});
await new Promise((resolve) => app.listen(0, '127.0.0.1', resolve));

const fixtures = new URL('../fixtures/bankid/', import.meta.url).pathname;
const method = `issuer = "${provider.issuer}"\nclient_id = "${provider.clientId}"\nclient_secret = "${provider.clientSecret}"\nscopes = ["openid", "${SCOPE}"]\ntest = true\n`;
writeFileSync(
  file,
  `public_url = "${publicUrl}"\n[professional]\n${method}[telia]\n${method}` +
    `[bankid]\nurl = "${bankid.url}"\ncertificate = "${fixtures}rp.p12"\npassword = "qwerty123"\nca = "${fixtures}ca.pem"\ntest = true\n`,
);
console.log(`test e-identification provider at ${provider.issuer}: log in as "anna" or "bo", with any password`);
console.log(`test BankID app at http://127.0.0.1:${app.address().port}/: identify the waiting order there`);
