import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from './db/with-tenant.ts';
import { publishEvent } from './realtime.ts';
import { createTestApp, signUpUser, type SignedUpUser, type TestApp } from '../testing/test-app.ts';

let t: TestApp;
let baseUrl: string;
let acme: SignedUpUser;
let globex: SignedUpUser;

beforeAll(async () => {
  t = await createTestApp();
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  acme = await signUpUser(t.app, 'Acme');
  globex = await signUpUser(t.app, 'Globex');
});
afterAll(async () => t.close());

/** Opens an SSE stream and collects its text until `until` appears. */
async function openStream(cookie: string) {
  const controller = new AbortController();
  const response = await fetch(`${baseUrl}/api/v1/events`, { headers: { cookie }, signal: controller.signal });
  const reader = response.body?.getReader();
  let text = '';
  const decoder = new TextDecoder();
  const readUntil = async (needle: string) => {
    while (!text.includes(needle) && reader) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value);
    }
    return text;
  };
  return { response, readUntil, text: () => text, close: () => controller.abort() };
}

describe('GET /api/v1/events', () => {
  it('delivers committed events of the own account only, through LISTEN/NOTIFY', async () => {
    const stream = await openStream(acme.cookie);
    await stream.readUntil('event: ready');

    await withTenant(t.platform.appPool, { accountId: globex.accountId }, (tx) =>
      publishEvent(tx, { accountId: globex.accountId, type: 'task.created', data: { id: 'globex-secret' } }));
    await withTenant(t.platform.appPool, { accountId: acme.accountId }, async (tx) => {
      await publishEvent(tx, { accountId: acme.accountId, type: 'task.created', data: { id: 'rolled-back' } });
      await tx.query('select 1/0');
    }).catch(() => undefined);
    await withTenant(t.platform.appPool, { accountId: acme.accountId }, (tx) =>
      publishEvent(tx, { accountId: acme.accountId, type: 'task.created', data: { id: 'acme-1' } }));
    const text = await stream.readUntil('acme-1');
    stream.close();

    expect(stream.response.headers.get('content-type')).toMatch(/text\/event-stream/);
    expect(text).toContain('event: task.created\ndata: {"id":"acme-1"}');
    expect(text).not.toContain('globex-secret');
    expect(text).not.toContain('rolled-back');
  });

  it('delivers a user-addressed event only to that user', async () => {
    const stream = await openStream(acme.cookie);
    await stream.readUntil('event: ready');

    await withTenant(t.platform.appPool, { accountId: acme.accountId }, async (tx) => {
      await publishEvent(tx, { accountId: acme.accountId, userId: '00000000-0000-4000-8000-000000000000', type: 'notification', data: { id: 'for-someone-else' } });
      await publishEvent(tx, { accountId: acme.accountId, userId: acme.userId, type: 'notification', data: { id: 'for-acme' } });
    });
    const text = await stream.readUntil('for-acme');
    stream.close();

    expect(text).not.toContain('for-someone-else');
  });

  it('drops a malformed notification and keeps delivering', async () => {
    const stream = await openStream(acme.cookie);
    await stream.readUntil('event: ready');

    await t.platform.appPool.query(`select pg_notify('flowforge_events', 'not json'), pg_notify('flowforge_events', '{"type":"x"}')`);
    await withTenant(t.platform.appPool, { accountId: acme.accountId }, (tx) =>
      publishEvent(tx, { accountId: acme.accountId, type: 'task.created', data: { id: 'after-garbage' } }));
    const text = await stream.readUntil('after-garbage');
    stream.close();

    expect(text).toContain('after-garbage');
  });

  it('requires a session', async () => {
    const response = await fetch(`${baseUrl}/api/v1/events`);

    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
  });
});
