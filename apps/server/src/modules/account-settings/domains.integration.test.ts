import { createSocket, type Socket } from 'node:dgram';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createTestApp, signUpUser, type SignedUpUser, type TestApp } from '../../testing/test-app.ts';

/**
 * A real DNS server on loopback (RFC 1035 over UDP) that answers TXT questions from `records` and
 * NXDOMAIN for anything else, so verification goes through node:dns exactly as in production.
 */
async function startTxtServer(records: Map<string, string[]>): Promise<{ address: string; socket: Socket }> {
  const socket = createSocket('udp4');
  socket.on('message', (query, peer) => {
    let end = 12;
    const labels: string[] = [];
    while (query[end] !== 0 && end < query.length) {
      const length = query[end] ?? 0;
      labels.push(query.subarray(end + 1, end + 1 + length).toString('ascii'));
      end += length + 1;
    }
    const question = query.subarray(12, end + 5); // name, its terminating zero, type and class
    const values = query.readUInt16BE(end + 1) === 16 ? records.get(labels.join('.').toLowerCase()) ?? [] : [];
    const header = Buffer.alloc(12);
    header.writeUInt16BE(query.readUInt16BE(0), 0); // same id
    header.writeUInt16BE(values.length > 0 ? 0x8180 : 0x8183, 2); // response, recursion available; NXDOMAIN when empty
    header.writeUInt16BE(1, 4);
    header.writeUInt16BE(values.length, 6);
    const answers = values.map((value) => {
      const text = Buffer.from(value, 'ascii');
      const fixed = Buffer.alloc(12);
      fixed.writeUInt16BE(0xc00c, 0); // pointer to the question's name
      fixed.writeUInt16BE(16, 2); // TXT
      fixed.writeUInt16BE(1, 4); // IN
      fixed.writeUInt32BE(60, 6); // TTL
      fixed.writeUInt16BE(text.length + 1, 10);
      return Buffer.concat([fixed, Buffer.from([text.length]), text]);
    });
    socket.send(Buffer.concat([header, question, ...answers]), peer.port, peer.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return { address: `127.0.0.1:${(socket.address() as AddressInfo).port}`, socket };
}

let t: TestApp;
let dns: { address: string; socket: Socket };
let acme: SignedUpUser;
let globex: SignedUpUser;
const records = new Map<string, string[]>();

type Domain = { id: string; domain: string; status: string; txtRecordName: string; verificationToken: string; verifiedAt: string | null };

beforeAll(async () => {
  dns = await startTxtServer(records);
  t = await createTestApp({ dnsServers: [dns.address] });
  acme = await signUpUser(t.app, 'Acme');
  globex = await signUpUser(t.app, 'Globex');
});
afterAll(async () => {
  await t.close();
  dns.socket.close();
});

async function addDomain(user: SignedUpUser, domain: string) {
  return t.app.inject({ method: 'POST', url: '/api/v1/settings/domains', headers: user.headers, payload: { domain } });
}

describe('custom domains', () => {
  it('adds a pending domain with a token and the TXT record to create, audited', async () => {
    const response = await addDomain(acme, 'Workflows.Acme.example.');
    const domain: Domain = response.json();
    const audit = await t.app.inject({ method: 'GET', url: '/api/v1/audit-logs?action=domain.added', headers: acme.headers });

    expect(response.statusCode).toBe(201);
    expect(domain).toMatchObject({ domain: 'workflows.acme.example', status: 'pending', txtRecordName: '_flowforge-challenge.workflows.acme.example', verifiedAt: null });
    expect(domain.verificationToken).toMatch(/^flowforge-[\w-]{32}$/);
    expect(audit.json().items[0]).toMatchObject({ resourceId: domain.id, after: { domain: 'workflows.acme.example' } });
  });

  it.each([['https://acme.example/path'], ['localhost'], ['under_score.example'], ['-dash.example'], ['a'.repeat(64) + '.example']])('rejects %s with a pointer at /domain', async (domain) => {
    const response = await addDomain(acme, domain);

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation-failed', errors: [{ pointer: '/domain' }] });
  });

  it('refuses a domain another account holds with 409, though it cannot see that account\'s domains', async () => {
    await addDomain(acme, 'taken.example');

    const response = await addDomain(globex, 'TAKEN.example');
    const globexList = await t.app.inject({ method: 'GET', url: '/api/v1/settings/domains', headers: globex.headers });

    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'domain-taken', errors: [{ pointer: '/domain' }] });
    expect(globexList.json()).toEqual({ items: [] });
  });

  it('stays pending while no TXT record holds the token, then verifies once it does', async () => {
    const domain: Domain = (await addDomain(acme, 'verify.example')).json();
    records.set(domain.txtRecordName, ['some-other-record']);

    const early = await t.app.inject({ method: 'POST', url: `/api/v1/settings/domains/${domain.id}/verify`, headers: acme.headers });
    records.set(domain.txtRecordName, ['v=spf1 -all', domain.verificationToken]);
    const verified = await t.app.inject({ method: 'POST', url: `/api/v1/settings/domains/${domain.id}/verify`, headers: acme.headers });

    expect(early.statusCode).toBe(422);
    expect(early.json()).toMatchObject({ code: 'domain-not-verified' });
    expect(early.json().detail).toContain('_flowforge-challenge.verify.example');
    expect(verified.statusCode).toBe(200);
    expect(verified.json()).toMatchObject({ status: 'verified' });
    expect(verified.json().verifiedAt).not.toBeNull();
  });

  it('answers domain-not-verified when the name does not exist at all (NXDOMAIN)', async () => {
    const domain: Domain = (await addDomain(acme, 'nothing-here.example')).json();

    const response = await t.app.inject({ method: 'POST', url: `/api/v1/settings/domains/${domain.id}/verify`, headers: acme.headers });

    expect(response.statusCode).toBe(422);
  });

  it('lists the account\'s domains in the order they were added', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/settings/domains', headers: acme.headers });

    expect(response.json().items.map((domain: Domain) => [domain.domain, domain.status])).toEqual([
      ['workflows.acme.example', 'pending'], ['taken.example', 'pending'], ['verify.example', 'verified'], ['nothing-here.example', 'pending'],
    ]);
  });

  it('removes a domain, audited, after which it is gone', async () => {
    const domain: Domain = (await addDomain(acme, 'remove-me.example')).json();

    const removed = await t.app.inject({ method: 'DELETE', url: `/api/v1/settings/domains/${domain.id}`, headers: acme.headers });
    const again = await t.app.inject({ method: 'DELETE', url: `/api/v1/settings/domains/${domain.id}`, headers: acme.headers });
    const audit = await t.app.inject({ method: 'GET', url: '/api/v1/audit-logs?action=domain.removed', headers: acme.headers });

    expect(removed.statusCode).toBe(204);
    expect(again.statusCode).toBe(404);
    expect(audit.json().items[0]).toMatchObject({ resourceId: domain.id, before: { domain: 'remove-me.example' } });
  });

  it('answers 404 for another account\'s domain, exactly as for a missing one', async () => {
    const domain: Domain = (await addDomain(acme, 'private.example')).json();
    records.set(domain.txtRecordName, [domain.verificationToken]);

    const verify = await t.app.inject({ method: 'POST', url: `/api/v1/settings/domains/${domain.id}/verify`, headers: globex.headers });
    const remove = await t.app.inject({ method: 'DELETE', url: `/api/v1/settings/domains/${domain.id}`, headers: globex.headers });
    const missing = await t.app.inject({ method: 'DELETE', url: '/api/v1/settings/domains/00000000-0000-4000-8000-000000000000', headers: globex.headers });
    const still = await t.app.inject({ method: 'GET', url: '/api/v1/settings/domains', headers: acme.headers });

    expect(verify.statusCode).toBe(404);
    expect(remove.statusCode).toBe(404);
    expect(remove.json().code).toBe(missing.json().code);
    expect(still.json().items.map((item: Domain) => item.id)).toContain(domain.id);
  });

  it('refuses verify and remove to a member without settings:update', async () => {
    const domain: Domain = (await addDomain(acme, 'member-proof.example')).json();
    const member = await signUpUser(t.app, 'Member');
    await addMember(t.platform, { accountId: acme.accountId, userId: member.userId }, 'member');
    await t.app.inject({ method: 'POST', url: '/api/v1/me/active-account', headers: member.headers, payload: { accountId: acme.accountId } });

    const verify = await t.app.inject({ method: 'POST', url: `/api/v1/settings/domains/${domain.id}/verify`, headers: member.headers });
    const remove = await t.app.inject({ method: 'DELETE', url: `/api/v1/settings/domains/${domain.id}`, headers: member.headers });

    expect(verify.statusCode).toBe(403);
    expect(remove.statusCode).toBe(403);
  });
});
