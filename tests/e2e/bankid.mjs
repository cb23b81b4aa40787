// The BankID test service: a stand-in for BankID, which cannot be reached from here. It speaks
// the Relying Party API v6.0 exactly as BankID documents it (`/rp/v6.0/auth`, `/collect`,
// `/cancel`), over HTTPS that asks for the relying party's client certificate (the fixtures in
// tests/fixtures/bankid/, made by make-certificates.sh), with BankID's JSON fields, status and
// hint codes, completion data and error codes. What the user does in the BankID app, the test
// does through the functions below. Started by the tests and by development only.

import https from 'node:https';
import { readFileSync } from 'node:fs';
import { randomUUID, createHmac } from 'node:crypto';

const fixtures = new URL('../fixtures/bankid/', import.meta.url);
const read = (name) => readFileSync(new URL(name, fixtures));

/** Every hint code the API documents, by status. */
export const HINTS = {
  pending: ['outstandingTransaction', 'noClient', 'started', 'userMrtd', 'userCallConfirm', 'userSign'],
  failed: ['expiredTransaction', 'certificateErr', 'userCancel', 'cancelled', 'startFailed', 'userDeclinedCall', 'notSupportedByUserApp', 'transactionRiskBlocked'],
};

/** What the QR code of `order` must hold at `seconds` (BankID's rule). */
export function qrPayload(order, seconds) {
  const mac = createHmac('sha256', order.qrStartSecret).update(String(seconds)).digest('hex');
  return `bankid.${order.qrStartToken}.${seconds}.${mac}`;
}

export async function startBankId() {
  const orders = new Map();
  const calls = [];
  // The error code the next /auth answers with, if the test asks for one.
  let refuseNext;
  const answer = (response, status, body) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };
  const error = (response, status, errorCode, details) => answer(response, status, { errorCode, details });
  const server = https.createServer(
    { key: read('server-key.pem'), cert: read('server.pem'), ca: read('ca.pem'), requestCert: true, rejectUnauthorized: true },
    (request, response) => {
      const chunks = [];
      request.on('data', (chunk) => chunks.push(chunk));
      request.on('end', () => {
        const operation = request.url.match(/^\/rp\/v6\.0\/(auth|collect|cancel)$/)?.[1];
        if (!operation) return error(response, 404, 'notFound', 'No such endpoint.');
        if (request.method !== 'POST') return error(response, 405, 'methodNotAllowed', 'Use POST.');
        if (!/^application\/json/.test(request.headers['content-type'] ?? '')) return error(response, 415, 'unsupportedMediaType', 'Use application/json.');
        let body;
        try {
          body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
          return error(response, 400, 'invalidParameters', 'Invalid JSON.');
        }
        calls.push({ operation, body });
        if (operation === 'auth') {
          if (typeof body.endUserIp !== 'string' || !body.endUserIp) return error(response, 400, 'invalidParameters', 'Invalid endUserIp.');
          if (refuseNext) {
            const code = refuseNext;
            refuseNext = undefined;
            return error(response, code === 'alreadyInProgress' ? 400 : 503, code, 'Refused, as the test asked.');
          }
          const order = { orderRef: randomUUID(), autoStartToken: randomUUID(), qrStartToken: randomUUID(), qrStartSecret: randomUUID(), status: 'pending', hintCode: 'outstandingTransaction', endUserIp: body.endUserIp };
          orders.set(order.orderRef, order);
          const { orderRef, autoStartToken, qrStartToken, qrStartSecret } = order;
          return answer(response, 200, { orderRef, autoStartToken, qrStartToken, qrStartSecret });
        }
        const order = orders.get(body.orderRef);
        if (!order) return error(response, 400, 'invalidParameters', 'No such order.');
        if (operation === 'cancel') {
          orders.delete(order.orderRef);
          return answer(response, 200, {});
        }
        const { orderRef, status, hintCode, completionData } = order;
        return answer(response, 200, status === 'complete' ? { orderRef, status, completionData } : { orderRef, status, hintCode });
      });
    },
  );
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `https://127.0.0.1:${server.address().port}`;
  const newest = () => [...orders.values()].at(-1);
  return {
    url,
    orders,
    calls,
    newest,
    /** The next /auth is refused with this error code (`alreadyInProgress`, `maintenance`, …). */
    refuseNextAuth: (code) => {
      refuseNext = code;
    },
    /** The user's app says how it is going: a pending hint code. */
    hint: (order, hintCode) => Object.assign(order, { status: 'pending', hintCode }),
    fail: (order, hintCode) => Object.assign(order, { status: 'failed', hintCode }),
    /** The user identified: BankID's completion data for `user`. */
    complete: (order, user) =>
      Object.assign(order, {
        status: 'complete',
        hintCode: undefined,
        completionData: {
          user: { personalNumber: user.personalNumber, name: `${user.givenName} ${user.surname}`, givenName: user.givenName, surname: user.surname },
          device: { ipAddress: order.endUserIp, uhi: 'OZvYM9VvyiAmG7NA5jU5zRGcHu5i1ffXMlsw4b2uwQ8=' },
          bankIdIssueDate: '2024-06-10',
          stepUp: { mrtd: false },
          signature: Buffer.from('<signature of the test service>').toString('base64'),
          ocspResponse: Buffer.from('<OCSP response of the test service>').toString('base64'),
          risk: 'low',
        },
      }),
    stop: () => new Promise((done) => server.close(done)),
  };
}
