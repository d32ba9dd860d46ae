-- Tenancy foundation: grants for the app role, the functions every RLS policy uses, accounts and
-- memberships. The app role (:app_role) owns nothing and cannot bypass row-level security.

do $$ begin
  execute format('grant connect, temporary on database %I to :app_role', current_database());
end $$;
grant usage on schema public to :app_role;
alter default privileges in schema public grant select, insert, update, delete on tables to :app_role;
alter default privileges in schema public grant usage, select on sequences to :app_role;

-- An unset or empty setting yields null, and null matches no row: access fails closed.
create function app_current_account_id() returns uuid
  language sql stable parallel safe
  as $$ select nullif(current_setting('app.account_id', true), '')::uuid $$;

create function app_current_user_id() returns uuid
  language sql stable parallel safe
  as $$ select nullif(current_setting('app.user_id', true), '')::uuid $$;

create table accounts (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(name) between 1 and 120),
  slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
  tier text not null default 'free' check (tier in ('free', 'professional', 'enterprise', 'custom')),
  rate_limit jsonb check (rate_limit is null or (jsonb_typeof(rate_limit->'perMinute') = 'number' and jsonb_typeof(rate_limit->'burst') = 'number')),
  settings jsonb not null default '{}',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
