import { crc32, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../platform/db/with-tenant.ts';
import { addMember, createTestApp, setSystemRoles, signUpUser, TEST_ORIGIN, type SignedUpUser, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real PNG of one colour; `seed` changes the colour, so two calls can give different bytes. */
function png(width: number, height: number, seed = 0): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, seed)]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0)),
  ]);
}

type Stored = { url: string; contentType: string; byteSize: number; width: number | null; height: number | null };

async function upload(user: SignedUpUser, options: { url?: string; body: Buffer; type?: string }) {
  return t.app.inject({
    method: 'PUT', url: options.url ?? '/api/v1/me/avatar', headers: { ...user.headers, 'content-type': options.type ?? 'image/png' }, payload: options.body,
  });
}

async function countImages(): Promise<number> {
  const { rows } = await t.platform.ownerPool.query<{ count: string }>('select count(*) from images');
  return Number(rows[0]?.count);
}

describe('avatar', () => {
  it('stores an uploaded photo, shows it on /me and serves the same bytes with caching headers', async () => {
    const user = await signUpUser(t.app, 'Avatar');
    const bytes = png(4, 3);

    const response = await upload(user, { body: bytes });
    const stored = response.json<Stored>();
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: user.headers });
    const image = await t.app.inject({ method: 'GET', url: stored.url, headers: user.headers });

    expect(response.statusCode).toBe(200);
    expect(stored).toMatchObject({ contentType: 'image/png', byteSize: bytes.length, width: 4, height: 3 });
    expect(stored.url).toMatch(/^\/api\/v1\/images\/[0-9a-f-]{36}$/);
    expect(me.json()).toMatchObject({ user: { image: stored.url } });
    expect(image.statusCode).toBe(200);
    expect(image.rawPayload.equals(bytes)).toBe(true);
    expect(image.headers).toMatchObject({
      'content-type': 'image/png',
      'cache-control': 'private, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
    });
    expect(image.headers['content-security-policy']).toMatch(/^default-src 'none'/);
    expect(image.headers.etag).toMatch(/^"[0-9a-f]{64}"$/);
  });

  it('answers 304 when the browser already has the image', async () => {
    const user = await signUpUser(t.app, 'Cached');
    const { url } = (await upload(user, { body: png(2, 2) })).json<Stored>();
    const first = await t.app.inject({ method: 'GET', url, headers: user.headers });

    const second = await t.app.inject({ method: 'GET', url, headers: { ...user.headers, 'if-none-match': String(first.headers.etag) } });

    expect(second.statusCode).toBe(304);
    expect(second.rawPayload.length).toBe(0);
    expect(second.headers.etag).toBe(first.headers.etag);
  });

  it('refuses a photo over 1 MB, saying how large it is and what the limit is', async () => {
    const user = await signUpUser(t.app, 'Large');
    const big = Buffer.concat([png(1, 1), Buffer.alloc(1_258_291 - png(1, 1).length)]);

    const response = await upload(user, { body: big });

    expect(response.statusCode).toBe(413);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ code: 'payload-too-large', detail: 'The image is 1.2 MB; images can be at most 1 MB.' });
  });

  it('refuses bytes that are not an image even when the header says image/png', async () => {
    const user = await signUpUser(t.app, 'Liar');

    const text = await upload(user, { body: Buffer.from('<svg onload="alert(1)"></svg>') });
    const wrongType = await upload(user, { body: png(1, 1), type: 'application/octet-stream' });

    expect(text.statusCode).toBe(415);
    expect(text.json()).toMatchObject({ code: 'unsupported-media-type', detail: expect.stringContaining('not a PNG, JPEG, WebP or GIF image') });
    expect(wrongType.statusCode).toBe(415);
    expect(wrongType.json<{ detail: string }>().detail).toContain('image/png');
  });

  it('deletes the old image when the photo is replaced or removed, and records both in the audit log', async () => {
    const user = await signUpUser(t.app, 'Replacer');
    const first = (await upload(user, { body: png(2, 2, 1) })).json<Stored>();
    const countBefore = await countImages();

    const second = (await upload(user, { body: png(2, 2, 2) })).json<Stored>();
    const oldImage = await t.app.inject({ method: 'GET', url: first.url, headers: user.headers });
    const countAfter = await countImages();
    const removed = await t.app.inject({ method: 'DELETE', url: '/api/v1/me/avatar', headers: user.headers });
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: user.headers });
    const gone = await t.app.inject({ method: 'GET', url: second.url, headers: user.headers });
    const audit = await t.app.inject({ method: 'GET', url: '/api/v1/audit-logs?resourceType=user', headers: user.headers });

    expect(oldImage.statusCode).toBe(404);
    expect(countAfter).toBe(countBefore);
    expect(removed.statusCode).toBe(204);
    expect(me.json()).toMatchObject({ user: { image: null } });
    expect(gone.statusCode).toBe(404);
    expect(audit.json<{ items: { action: string }[] }>().items.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['user.avatar-updated', 'user.avatar-removed']),
    );
  });

  it('shows the photo to a colleague in another account but not to an anonymous request', async () => {
    const owner = await signUpUser(t.app, 'Pictured');
    const colleague = await signUpUser(t.app, 'Colleague');
    const bytes = png(3, 3);
    const { url } = (await upload(owner, { body: bytes })).json<Stored>();

    const seen = await t.app.inject({ method: 'GET', url, headers: colleague.headers });
    const anonymous = await t.app.inject({ method: 'GET', url });

    expect(seen.statusCode).toBe(200);
    expect(seen.rawPayload.equals(bytes)).toBe(true);
    expect(anonymous.statusCode).toBe(401);
  });

  it('answers 404 for an unknown image', async () => {
    const user = await signUpUser(t.app, 'Missing');

    const response = await t.app.inject({ method: 'GET', url: '/api/v1/images/00000000-0000-4000-8000-000000000000', headers: user.headers });

    expect(response.statusCode).toBe(404);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{ paths: Record<string, object> }>();

    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/me/avatar', '/api/v1/account/logo', '/api/v1/images/{imageId}']));
  });

  it('needs a session to upload', async () => {
    const response = await t.app.inject({ method: 'PUT', url: '/api/v1/me/avatar', headers: { 'content-type': 'image/png', origin: TEST_ORIGIN }, payload: png(1, 1) });

    expect(response.statusCode).toBe(401);
  });

  it('cannot change another user\'s avatar row even with a forged statement', async () => {
    const owner = await signUpUser(t.app, 'Victim');
    const attacker = await signUpUser(t.app, 'Attacker');
    const { url } = (await upload(owner, { body: png(1, 1) })).json<Stored>();
    const imageId = url.split('/').pop();

    const deleted = await withTenant(t.platform.appPool, { accountId: attacker.accountId, userId: attacker.userId }, (tx) =>
      tx.query('delete from images where id = $1', [imageId]));

    expect(deleted.rowCount).toBe(0);
  });
});

describe('account logo', () => {
  it('needs the settings:update permission: a member gets 403', async () => {
    const owner = await signUpUser(t.app, 'LogoOwner');
    const member = await signUpUser(t.app, 'LogoMember');
    await addMember(t.platform, { accountId: owner.accountId, userId: member.userId }, 'member');
    await t.app.inject({ method: 'POST', url: '/api/v1/me/active-account', headers: member.headers, payload: { accountId: owner.accountId } });

    const response = await upload(member, { url: '/api/v1/account/logo', body: png(8, 8) });
    const removal = await t.app.inject({ method: 'DELETE', url: '/api/v1/account/logo', headers: member.headers });

    expect(response.statusCode).toBe(403);
    expect(removal.statusCode).toBe(403);
  });

  it('sets accounts.settings.logoUrl, serves the logo to anyone and removes it again', async () => {
    const admin = await signUpUser(t.app, 'LogoAdmin');
    await setSystemRoles(t.platform, admin, ['admin']);

    const response = await upload(admin, { url: '/api/v1/account/logo', body: png(16, 8) });
    const { url } = response.json<Stored>();
    const settings = await t.platform.ownerPool.query<{ logo: string }>(`select settings->>'logoUrl' as logo from accounts where id = $1`, [admin.accountId]);
    const anonymous = await t.app.inject({ method: 'GET', url });
    const removed = await t.app.inject({ method: 'DELETE', url: '/api/v1/account/logo', headers: admin.headers });
    const after = await t.platform.ownerPool.query<{ settings: object }>('select settings from accounts where id = $1', [admin.accountId]);

    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ width: 16, height: 8 });
    expect(settings.rows[0]?.logo).toBe(url);
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(anonymous.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(removed.statusCode).toBe(204);
    expect(after.rows[0]?.settings).not.toHaveProperty('logoUrl');
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(404);
  });

  it('cannot delete another account\'s logo row even with a forged statement', async () => {
    const acme = await signUpUser(t.app, 'Acme');
    const globex = await signUpUser(t.app, 'Globex');
    const { url } = (await upload(acme, { url: '/api/v1/account/logo', body: png(4, 4) })).json<Stored>();

    const deleted = await withTenant(t.platform.appPool, { accountId: globex.accountId, userId: globex.userId }, (tx) =>
      tx.query('delete from images where id = $1', [url.split('/').pop()]));

    expect(deleted.rowCount).toBe(0);
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(200);
  });

  it('replaces one account\'s logo without touching another account\'s', async () => {
    const acme = await signUpUser(t.app, 'Acme');
    const globex = await signUpUser(t.app, 'Globex');
    const acmeLogo = (await upload(acme, { url: '/api/v1/account/logo', body: png(4, 4, 1) })).json<Stored>();

    await upload(globex, { url: '/api/v1/account/logo', body: png(4, 4, 2) });
    await t.app.inject({ method: 'DELETE', url: '/api/v1/account/logo', headers: globex.headers });

    expect((await t.app.inject({ method: 'GET', url: acmeLogo.url })).statusCode).toBe(200);
  });
});
