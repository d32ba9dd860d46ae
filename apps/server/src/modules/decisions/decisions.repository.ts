/** SQL for decisions themselves: the summaries the list and detail show, and the decision rows. Versions are in versions.repository.ts. */
import type { DecisionKind, DecisionStatus, DecisionSummary } from '@flowforge/contracts';
import type { Tx } from '../../platform/db/pool.ts';

export type DecisionRow = DecisionSummary & { sortKey: string };

// The hit policy and rule count are the active version's, else the draft's.
const DECISION_SELECT = `
  select d.id, d.name, d.description, d.kind,
         coalesce(a.hit_policy, dr.hit_policy) as "hitPolicy",
         a.version as "activeVersion", dr.version as "draftVersion",
         coalesce(jsonb_array_length(coalesce(a.rules, dr.rules)), 0)::int as "ruleCount",
         to_json(d.created_at)#>>'{}' as "createdAt", to_json(d.updated_at)#>>'{}' as "updatedAt", lower(d.name) as "sortKey"
    from decisions d
    left join decision_versions a on a.decision_id = d.id and a.status = 'active'
    left join decision_versions dr on dr.decision_id = d.id and dr.status = 'draft'`;

export type DecisionFilter = {
  q?: string | undefined; status?: DecisionStatus | undefined; kind?: DecisionKind | undefined;
  after: [string, string] | null; limit: number;
};

/** One page by name (keyset on lower(name), id); fetches limit + 1 to know whether more follow. */
export async function listDecisions(tx: Tx, filter: DecisionFilter): Promise<DecisionRow[]> {
  const { rows } = await tx.query<DecisionRow>(
    `${DECISION_SELECT}
      where ($1::text is null or strpos(lower(d.name), lower($1)) > 0 or strpos(lower(d.description), lower($1)) > 0)
        and ($2::text is null or exists (select 1 from decision_versions s where s.decision_id = d.id and s.status = $2))
        and ($3::text is null or d.kind = $3)
        and ($4::text is null or (lower(d.name), d.id) > ($4::text, $5::uuid))
      order by lower(d.name), d.id
      limit $6`,
    [filter.q || null, filter.status ?? null, filter.kind ?? null, filter.after?.[0] ?? null, filter.after?.[1] ?? null, filter.limit + 1]);
  return rows;
}

export async function findDecision(tx: Tx, id: string): Promise<DecisionRow | undefined> {
  const { rows } = await tx.query<DecisionRow>(`${DECISION_SELECT} where d.id = $1`, [id]);
  return rows[0];
}

/** Locks the decision row so concurrent version changes of one decision queue behind each other. */
export async function lockDecision(tx: Tx, id: string): Promise<{ id: string; name: string; description: string; kind: DecisionKind } | undefined> {
  const { rows } = await tx.query<{ id: string; name: string; description: string; kind: DecisionKind }>(
    'select id, name, description, kind from decisions where id = $1 for update', [id]);
  return rows[0];
}

function isNameConflict(error: unknown): boolean {
  const pgError = error as { code?: string; constraint?: string };
  return pgError.code === '23505' && pgError.constraint === 'decisions_account_name_idx';
}

// A savepoint keeps the transaction usable when the unique index rejects the name.
async function writeGuarded<T>(tx: Tx, write: () => Promise<T>): Promise<T | 'name-taken'> {
  await tx.query('savepoint write_decision');
  try {
    const result = await write();
    await tx.query('release savepoint write_decision');
    return result;
  } catch (error) {
    await tx.query('rollback to savepoint write_decision');
    if (isNameConflict(error)) return 'name-taken';
    throw error;
  }
}

export type DecisionValues = { accountId: string; name: string; description: string; kind: DecisionKind; createdBy: string };

export async function insertDecision(tx: Tx, values: DecisionValues): Promise<string | 'name-taken'> {
  return writeGuarded(tx, async () => {
    const { rows } = await tx.query<{ id: string }>(
      'insert into decisions (account_id, name, description, kind, created_by) values ($1, $2, $3, $4, $5) returning id',
      [values.accountId, values.name, values.description, values.kind, values.createdBy]);
    return rows[0]?.id ?? '';
  });
}

export async function updateDecision(tx: Tx, id: string, values: { name: string; description: string }): Promise<'ok' | 'name-taken'> {
  return writeGuarded(tx, async () => {
    await tx.query('update decisions set name = $2, description = $3, updated_at = now() where id = $1', [id, values.name, values.description]);
    return 'ok' as const;
  });
}

/** Marks the decision changed (a draft saved, a version published) for the list's "updated" column. */
export async function touchDecision(tx: Tx, id: string): Promise<void> {
  await tx.query('update decisions set updated_at = now() where id = $1', [id]);
}

/** Deletes the decision and, through the foreign key, all its versions. */
export async function deleteDecision(tx: Tx, id: string): Promise<void> {
  await tx.query('delete from decisions where id = $1', [id]);
}
