-- Decision tables (spec 11.1.1): a decision is named per account and has numbered versions. A
-- version is a draft (edited, at most one per decision), active (published, at most one) or
-- deprecated (published, replaced by a later one). A table version stores the spec's columns —
-- hit_policy, input_schema, output_schema, rules — as JSON in the contracts' camelCase shapes; a
-- DMN model with several decisions (kind 'dmn') stores its XML instead.
--
-- Published versions are immutable: a trigger refuses any change to a non-draft row except
-- active → deprecated, and refuses deleting one while its decision exists (deleting the decision
-- removes all of them).

create table decisions (
  id uuid primary key default gen_random_uuid(),
  account_id uuid not null references accounts (id) on delete cascade,
  name text not null check (length(name) between 1 and 200 and name = btrim(name)),
  description text not null default '' check (length(description) <= 2000),
  kind text not null default 'table' check (kind in ('table', 'dmn')),
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (account_id, id)
);
create unique index decisions_account_name_idx on decisions (account_id, lower(name));

create table decision_versions (
  id uuid primary key default gen_random_uuid(),
  account_id uuid not null,
  decision_id uuid not null,
  version integer not null check (version >= 1),
  status text not null default 'draft' check (status in ('draft', 'active', 'deprecated')),
  -- Increases on every draft save; clients send it back to detect concurrent edits.
  revision integer not null default 1 check (revision >= 1),
  hit_policy text check (hit_policy in ('unique', 'any', 'priority', 'first', 'all', 'collect', 'output_order')),
  aggregation text check (aggregation in ('sum', 'min', 'max', 'count')),
  input_schema jsonb check (jsonb_typeof(input_schema) = 'array'),
  output_schema jsonb check (jsonb_typeof(output_schema) = 'array'),
  rules jsonb check (jsonb_typeof(rules) = 'array'),
  dmn_xml text,
  comment text not null default '' check (length(comment) <= 500),
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  published_by uuid references users (id) on delete set null,
  published_at timestamptz,
  foreign key (account_id, decision_id) references decisions (account_id, id) on delete cascade,
  unique (decision_id, version),
  -- A version is either a table (all four table columns) or a DMN model (its XML), never both.
  check (
    (dmn_xml is null and hit_policy is not null and input_schema is not null and output_schema is not null and rules is not null)
    or (dmn_xml is not null and hit_policy is null and aggregation is null and input_schema is null and output_schema is null and rules is null)
  ),
  check ((status = 'draft') = (published_at is null))
);
create unique index decision_versions_one_draft_idx on decision_versions (decision_id) where status = 'draft';
create unique index decision_versions_one_active_idx on decision_versions (decision_id) where status = 'active';
create index decision_versions_account_idx on decision_versions (account_id);

create function guard_published_decision_version() returns trigger
  language plpgsql
  as $$
begin
  if tg_op = 'DELETE' then
    if old.status <> 'draft' and exists (select 1 from decisions d where d.id = old.decision_id) then
      raise exception 'version % of decision % is published and cannot be deleted', old.version, old.decision_id
        using errcode = 'integrity_constraint_violation';
    end if;
    return old;
  end if;
  if old.status = 'draft' then
    if new.status = 'deprecated' then
      raise exception 'a draft is published before it can be deprecated' using errcode = 'integrity_constraint_violation';
    end if;
    return new;
  end if;
  -- Published: only the step active → deprecated, with nothing else changed.
  if old.status = 'active' and new.status = 'deprecated'
     and (to_jsonb(new) - array['status', 'updated_at']) = (to_jsonb(old) - array['status', 'updated_at']) then
    return new;
  end if;
  raise exception 'version % of decision % is published and cannot be changed', old.version, old.decision_id
    using errcode = 'integrity_constraint_violation';
end $$;
create trigger decision_versions_immutable before update or delete on decision_versions
  for each row execute function guard_published_decision_version();

do $$
declare t text;
begin
  foreach t in array array['decisions', 'decision_versions'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (account_id = app_current_account_id()) with check (account_id = app_current_account_id())', t);
  end loop;
end $$;
