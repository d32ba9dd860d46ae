/**
 * FlowForge's additions to better-auth's passkey plugin: when a passkey was last used to sign in
 * (column passkeys.last_used_at, returned by the list endpoint), names of at most 100 characters,
 * and one answer — 404 — for a passkey that is missing or belongs to someone else (the plugin
 * itself answers 401 for another user's passkey and fails on an id that is not a UUID).
 */
import type { BetterAuthPlugin, GenericEndpointContext } from '@better-auth/core';
import { APIError, createAuthMiddleware, getSessionFromCtx } from 'better-auth/api';

export const PASSKEY_NAME_MAX_LENGTH = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const OWNED_PASSKEY_PATHS = new Set(['/passkey/update-passkey', '/passkey/delete-passkey']);
const NAMED_PASSKEY_PATHS = new Set(['/passkey/update-passkey', '/passkey/verify-registration']);

type PasskeyBody = { id?: unknown; name?: unknown };

export function passkeyRules() {
  return {
    id: 'flowforge-passkey-rules',
    schema: {
      passkey: {
        modelName: 'passkeys',
        fields: { lastUsedAt: { type: 'date', required: false, input: false, fieldName: 'last_used_at' } },
      },
    },
    hooks: {
      before: [
        { matcher: (ctx) => NAMED_PASSKEY_PATHS.has(ctx.path ?? ''), handler: createAuthMiddleware(async (ctx) => { assertValidName(ctx.body); }) },
        { matcher: (ctx) => OWNED_PASSKEY_PATHS.has(ctx.path ?? ''), handler: createAuthMiddleware(assertOwnPasskey) },
      ],
    },
  } satisfies BetterAuthPlugin;
}

/** Records a successful passkey sign-in (the plugin's authentication.afterVerification). */
export async function markPasskeyUsed(ctx: GenericEndpointContext, credentialId: string): Promise<void> {
  await ctx.context.adapter.update({
    model: 'passkey',
    where: [{ field: 'credentialID', value: credentialId }],
    update: { lastUsedAt: new Date() },
  });
}

function assertValidName(body: unknown): void {
  const name = (body as PasskeyBody | undefined)?.name;
  if (name === undefined) return;
  if (typeof name !== 'string' || name.trim().length === 0 || name.trim().length > PASSKEY_NAME_MAX_LENGTH) {
    throw new APIError('BAD_REQUEST', { code: 'INVALID_PASSKEY_NAME', message: `Name the passkey with 1 to ${String(PASSKEY_NAME_MAX_LENGTH)} characters.` });
  }
}

async function assertOwnPasskey(ctx: GenericEndpointContext): Promise<void> {
  const session = await getSessionFromCtx(ctx);
  if (!session) return; // the endpoint answers 401 itself
  const id = (ctx.body as PasskeyBody | undefined)?.id;
  const passkey = typeof id === 'string' && UUID.test(id)
    ? await ctx.context.adapter.findOne<{ userId: string }>({ model: 'passkey', where: [{ field: 'id', value: id }] })
    : null;
  if (passkey?.userId !== session.user.id) throw new APIError('NOT_FOUND', { code: 'PASSKEY_NOT_FOUND', message: 'Passkey not found' });
}
