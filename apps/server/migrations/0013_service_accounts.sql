-- Service accounts (spec 3.7, 14.1): a service acts through a user of kind 'service' that is an
-- active member of one account with no roles; what it may do comes from the credential it calls
-- with — an API key or an OAuth client (client credentials) — each with its own permissions.
-- Credentials are found by their hash or client id before any tenant is known: two narrow
-- security-definer functions do that lookup and return, in one round trip, what a request needs.

create table service_accounts (
  id uuid primary key default gen_random_uuid(),
  account_id uuid not null references accounts (id) on delete cascade,
  user_id uuid not null unique references users (id) on delete cascade,
  name text not null check (length(name) between 1 and 100),
  description text not null default '' check (length(description) <= 500),
  -- null: the account's tier; {"tier": "…"}: a tier of its own; {"perMinute": n, "burst": n}: custom.
  rate_limit jsonb check (rate_limit is null
    or (rate_limit ?& array['tier'] and rate_limit->>'tier' in ('free', 'professional', 'enterprise'))
    or (jsonb_typeof(rate_limit->'perMinute') = 'number' and jsonb_typeof(rate_limit->'burst') = 'number')),
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  disabled_at timestamptz,
  unique (account_id, id)
);
create unique index service_accounts_account_name_idx on service_accounts (account_id, lower(name));

create table api_keys (
  id uuid primary key default gen_random_uuid(),
  account_id uuid not null,
  service_account_id uuid not null,
  name text not null check (length(name) between 1 and 100),
  prefix text not null check (prefix ~ '^ffk_[A-Za-z0-9_-]{8}$'),
  key_hash text not null unique check (key_hash ~ '^[0-9a-f]{64}$'),
  permissions text[] not null default '{}',
  ip_allowlist cidr[] not null default '{}',
  expires_at timestamptz,
  last_used_at timestamptz,
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  revoked_at timestamptz,
  foreign key (account_id, service_account_id) references service_accounts (account_id, id) on delete cascade
);
create index api_keys_service_account_idx on api_keys (service_account_id, created_at);

create table oauth_clients (
  id uuid primary key default gen_random_uuid(),
  account_id uuid not null,
  service_account_id uuid not null,
  name text not null check (length(name) between 1 and 100),
  client_id text not null unique check (client_id ~ '^ffc_[A-Za-z0-9_-]{22}$'),
  secret_hash text not null check (secret_hash ~ '^[0-9a-f]{64}$'),
  -- Rotation keeps the old secret working until previous_secret_expires_at (the grace period).
  previous_secret_hash text check (previous_secret_hash ~ '^[0-9a-f]{64}$'),
  previous_secret_expires_at timestamptz,
  secret_rotated_at timestamptz,
  permissions text[] not null default '{}',
  access_token_ttl integer not null default 3600 check (access_token_ttl = 3600),
  last_used_at timestamptz,
  created_by uuid references users (id) on delete set null,
  created_at timestamptz not null default now(),
  revoked_at timestamptz,
  foreign key (account_id, service_account_id) references service_accounts (account_id, id) on delete cascade
);
create index oauth_clients_service_account_idx on oauth_clients (service_account_id, created_at);

do $$
declare t text;
begin
  foreach t in array array['service_accounts', 'api_keys', 'oauth_clients'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (account_id = app_current_account_id()) with check (account_id = app_current_account_id())', t);
  end loop;
  -- The owner is subject to row-level security too. These policies let it (i.e. the two functions
  -- below, which run as the owner) find one credential before the tenant is known, and only while
  -- a function has switched the lookup on; the app role never gets them.
  execute format($p$create policy credential_lookup on api_keys for select to %I using (current_setting('app.credential_lookup', true) = 'api-key')$p$, current_user);
  execute format($p$create policy credential_lookup on oauth_clients for select to %I using (current_setting('app.credential_lookup', true) = 'oauth-client')$p$, current_user);
end $$;

-- A service user never signs in: no password, no social login, no session (defence in depth
-- behind better-auth, which finds no credential for it).
create function reject_service_user_login() returns trigger
  language plpgsql
  as $$
begin
  if exists (select 1 from users u where u.id = new.user_id and u.kind = 'service') then
    raise exception 'service users cannot sign in' using errcode = 'insufficient_privilege';
  end if;
  return new;
end $$;
create trigger user_credentials_no_service_users before insert or update of user_id on user_credentials
  for each row execute function reject_service_user_login();
create trigger user_sessions_no_service_users before insert or update of user_id on user_sessions
  for each row execute function reject_service_user_login();

-- What both functions return: the service principal of a credential, whatever its state, so the
-- server can say why a credential is refused (expired, revoked, disabled).
create type service_principal as (
  credential_id uuid, service_account_id uuid, user_id uuid, user_name text, user_email text, preferences jsonb,
  account_id uuid, account_name text, account_slug text, tier text, account_rate_limit jsonb, service_rate_limit jsonb,
  permissions text[], credential_ip_allowlist text[], account_ip_allowlist text[], disabled_features text[],
  expires_at timestamptz, revoked_at timestamptz, disabled_at timestamptz, is_member boolean,
  secret_hash text, previous_secret_hash text, previous_secret_expires_at timestamptz
);

-- The account-side half of a service principal, with the tenant already set.
create function app_service_principal_of(credential jsonb) returns setof service_principal
  language sql stable
  set search_path = public, pg_temp
  as $$
    select (credential->>'id')::uuid, s.id, u.id, u.name, u.email, u.preferences,
           a.id, a.name, a.slug, a.tier, a.rate_limit, s.rate_limit,
           array(select jsonb_array_elements_text(credential->'permissions')),
           array(select jsonb_array_elements_text(coalesce(credential->'ip_allowlist', '[]'))),
           coalesce((select array_agg(c::text) from account_security_policies sp, unnest(sp.ip_allowlist) c where sp.account_id = a.id), '{}'),
           coalesce((select array_agg(f.feature) from account_features f where f.account_id = a.id and not f.enabled), '{}'),
           (credential->>'expires_at')::timestamptz, (credential->>'revoked_at')::timestamptz, s.disabled_at,
           exists (select 1 from memberships m where m.account_id = a.id and m.user_id = u.id and m.status = 'active'),
           credential->>'secret_hash', credential->>'previous_secret_hash', (credential->>'previous_secret_expires_at')::timestamptz
      from service_accounts s
      join users u on u.id = s.user_id
      join accounts a on a.id = s.account_id
     where s.id = (credential->>'service_account_id')::uuid
  $$;
revoke execute on function app_service_principal_of(jsonb) from public;

-- Finds an API key by the SHA-256 of the whole key. Records its use at most once a minute, without
-- waiting for a concurrent request that is doing the same, and without waiting for the WAL flush.
create function app_resolve_api_key(wanted_hash text) returns setof service_principal
  language plpgsql
  security definer
  set search_path = public, pg_temp
  as $$
declare
  k api_keys%rowtype;
begin
  perform set_config('app.credential_lookup', 'api-key', true);
  select * into k from api_keys where api_keys.key_hash = wanted_hash;
  perform set_config('app.credential_lookup', '', true);
  if k.id is null then
    return;
  end if;
  perform set_config('app.account_id', k.account_id::text, true);
  if k.revoked_at is null and (k.expires_at is null or k.expires_at > now()) and (k.last_used_at is null or k.last_used_at < now() - interval '1 minute') then
    perform set_config('synchronous_commit', 'off', true);
    update api_keys set last_used_at = now()
     where api_keys.id = (select x.id from api_keys x where x.id = k.id and (x.last_used_at is null or x.last_used_at < now() - interval '1 minute') for update skip locked);
  end if;
  return query select * from app_service_principal_of(jsonb_build_object(
    'id', k.id, 'service_account_id', k.service_account_id, 'permissions', to_jsonb(k.permissions),
    'ip_allowlist', (select coalesce(jsonb_agg(c::text), '[]') from unnest(k.ip_allowlist) c),
    'expires_at', k.expires_at, 'revoked_at', k.revoked_at));
end $$;
revoke execute on function app_resolve_api_key(text) from public;
grant execute on function app_resolve_api_key(text) to :app_role;

-- Finds an OAuth client by its public client id: for the token endpoint (which checks the secret
-- and records the use when it issues a token) and for every request with one of its access tokens
-- (revoked client → refused). Read-only.
create function app_resolve_oauth_client(wanted_client_id text) returns setof service_principal
  language plpgsql
  security definer
  set search_path = public, pg_temp
  as $$
declare
  c oauth_clients%rowtype;
begin
  perform set_config('app.credential_lookup', 'oauth-client', true);
  select * into c from oauth_clients where oauth_clients.client_id = wanted_client_id;
  perform set_config('app.credential_lookup', '', true);
  if c.id is null then
    return;
  end if;
  perform set_config('app.account_id', c.account_id::text, true);
  return query select * from app_service_principal_of(jsonb_build_object(
    'id', c.id, 'service_account_id', c.service_account_id, 'permissions', to_jsonb(c.permissions),
    'revoked_at', c.revoked_at, 'secret_hash', c.secret_hash, 'previous_secret_hash', c.previous_secret_hash,
    'previous_secret_expires_at', c.previous_secret_expires_at));
end $$;
revoke execute on function app_resolve_oauth_client(text) from public;
grant execute on function app_resolve_oauth_client(text) to :app_role;
