/**
 * SQL for the signed-in user's own profile: users.name, users.image, the contact keys of
 * users.profile and the display settings and notification choices in users.preferences.
 * users is global (people, not tenants): every query names the user.
 */
import type { Tx } from '../../platform/db/pool.ts';

export type ProfileRow = {
  id: string;
  name: string;
  email: string;
  image: string | null;
  profile: Record<string, unknown>;
  preferences: Record<string, unknown>;
};

const COLUMNS = 'id, name, email, image, profile, preferences';

export async function findProfileRow(tx: Tx, userId: string): Promise<ProfileRow | undefined> {
  const { rows } = await tx.query<ProfileRow>(`select ${COLUMNS} from users where id = $1`, [userId]);
  return rows[0];
}

/** Locks the user's row for a read-modify-write. */
export async function lockProfileRow(tx: Tx, userId: string): Promise<ProfileRow | undefined> {
  const { rows } = await tx.query<ProfileRow>(`select ${COLUMNS} from users where id = $1 for update`, [userId]);
  return rows[0];
}

export type ProfileChange = {
  userId: string;
  name: string | undefined;
  /** Keys to set in users.profile; keys listed in `clearProfileKeys` are removed. */
  profile: Record<string, string>;
  clearProfileKeys: string[];
  /** Keys merged into users.preferences. */
  preferences: Record<string, unknown>;
};

export async function updateProfileRow(tx: Tx, change: ProfileChange): Promise<ProfileRow | undefined> {
  const { rows } = await tx.query<ProfileRow>(
    `update users
        set name = coalesce($2, name),
            profile = (profile || $3::jsonb) - $4::text[],
            preferences = preferences || $5::jsonb,
            updated_at = now()
      where id = $1
      returning ${COLUMNS}`,
    [change.userId, change.name ?? null, JSON.stringify(change.profile), change.clearProfileKeys, JSON.stringify(change.preferences)],
  );
  return rows[0];
}

/** The user's stored notification choices (users.preferences.notifications), as stored. */
export async function findNotificationChoices(tx: Tx, userId: string): Promise<unknown> {
  const { rows } = await tx.query<{ notifications: unknown }>(`select preferences->'notifications' as notifications from users where id = $1`, [userId]);
  return rows[0]?.notifications ?? null;
}

/** Replaces the user's notification choices; returns the previous ones. */
export async function replaceNotificationChoices(tx: Tx, change: { userId: string; choices: unknown }): Promise<unknown> {
  const { rows } = await tx.query<{ before: unknown }>(
    `update users u set preferences = jsonb_set(u.preferences, '{notifications}', $2::jsonb), updated_at = now()
       from (select preferences->'notifications' as notifications from users where id = $1 for update) old
      where u.id = $1
      returning old.notifications as before`,
    [change.userId, JSON.stringify(change.choices)],
  );
  return rows[0]?.before ?? null;
}

export async function findUserImage(tx: Tx, userId: string): Promise<string | null> {
  const { rows } = await tx.query<{ image: string | null }>('select image from users where id = $1', [userId]);
  return rows[0]?.image ?? null;
}
