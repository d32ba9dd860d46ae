/** Turns the unique violations a member change can hit into 409 problems with a field pointer. */
import { DomainError } from '../../platform/errors.ts';

const CONFLICTS: Record<string, { pointer: string; detail: string }> = {
  memberships_external_id_idx: { pointer: '/externalId', detail: 'Another member of this account has this external id.' },
  memberships_account_id_user_id_key: { pointer: '/email', detail: 'This person is already a member of the account.' },
};

export function rethrowUniqueViolation(error: unknown): never {
  const { code, constraint } = (error ?? {}) as { code?: string; constraint?: string };
  const conflict = code === '23505' && constraint ? CONFLICTS[constraint] : undefined;
  if (!conflict) throw error;
  throw new DomainError('conflict', conflict.detail, { errors: [{ pointer: conflict.pointer, message: conflict.detail }] });
}
