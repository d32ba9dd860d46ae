-- Users of an account (spec 3.3): invitations by e-mail, the public lookup of an invitation by its
-- token, and the indexes behind the user list (search by name or e-mail, sort, filters).

-- An invitation to join an account. Only the SHA-256 of the token is stored; the token itself is in
-- the e-mail. A new invitation for the same member replaces the old one (the old link stops working).
create table user_invitations (
  id uuid primary key default gen_random_uuid(),
  account_id uuid not null,
  user_id uuid not null,
  token_hash text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
  invited_by uuid references users (id) on delete set null,
  expires_at timestamptz not null default now() + interval '7 days',
  created_at timestamptz not null default now(),
  accepted_at timestamptz,
  foreign key (account_id, user_id) references memberships (account_id, user_id) on delete cascade
);
create index user_invitations_member_idx on user_invitations (account_id, user_id);
create index user_invitations_invited_by_idx on user_invitations (invited_by);

alter table user_invitations enable row level security;
alter table user_invitations force row level security;
create policy tenant_isolation on user_invitations
  using (account_id = app_current_account_id())
  with check (account_id = app_current_account_id());

-- The owner (who runs app_find_invitation below) may read one invitation by its token hash, set by
-- that function for its own duration. The app role gets no such policy: it can only ask the function.
do $$ begin
  execute format(
    'create policy invitation_by_token on user_invitations for select to %I using (token_hash = nullif(current_setting(''app.invitation_token_hash'', true), ''''))',
    current_user);
end $$;

-- The accept page has no tenant yet: given a token hash, returns what the page shows (account name,
-- e-mail, whether the person still has to choose a password) and the ids the server needs to accept.
-- Only an unexpired, unaccepted invitation of a still pending member is found. The settings it
-- makes to see that one row are put back as they were before it returns.
create function app_find_invitation(hash text)
  returns table (invitation_id uuid, account_id uuid, account_name text, user_id uuid, email text, user_name text, has_password boolean)
  language plpgsql
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  previous_hash text := coalesce(current_setting('app.invitation_token_hash', true), '');
  previous_account text := coalesce(current_setting('app.account_id', true), '');
  found_account uuid;
begin
  perform set_config('app.invitation_token_hash', hash, true);
  select i.account_id into found_account
    from user_invitations i
   where i.token_hash = hash and i.accepted_at is null and i.expires_at > now();
  if found_account is not null then
    perform set_config('app.account_id', found_account::text, true);
    return query
      select i.id, a.id, a.name, u.id, u.email, u.name,
             exists (select 1 from user_credentials c where c.user_id = u.id and c.provider_id = 'credential' and c.password is not null)
        from user_invitations i
        join accounts a on a.id = i.account_id
        join memberships m on m.account_id = i.account_id and m.user_id = i.user_id and m.status = 'pending'
        join users u on u.id = i.user_id
       where i.token_hash = hash and i.accepted_at is null and i.expires_at > now();
  end if;
  perform set_config('app.invitation_token_hash', previous_hash, true);
  perform set_config('app.account_id', previous_account, true);
end $$;

revoke execute on function app_find_invitation(text) from public;
grant execute on function app_find_invitation(text) to :app_role;

-- The user list: substring search on name and e-mail (trigram indexes when pg_trgm can be
-- installed; without it the search still works, by scanning the account's members), sort keys and
-- the role and group filters (served by the primary keys of membership_roles and group_members).
do $$ begin
  create extension if not exists pg_trgm;
exception when insufficient_privilege or undefined_file then
  raise notice 'pg_trgm is not available: user search runs without trigram indexes';
end $$;

do $$ begin
  if exists (select 1 from pg_extension where extname = 'pg_trgm') then
    -- fastupdate off: a new user is searchable through the index at once, not after the next vacuum
    -- (a long pending list makes the planner fall back to scanning every user).
    create index users_name_trgm_idx on users using gin (lower(name) gin_trgm_ops) with (fastupdate = off);
    create index users_email_trgm_idx on users using gin (lower(email) gin_trgm_ops) with (fastupdate = off);
  end if;
end $$;

create index users_lower_name_idx on users (lower(name), id);
create index users_lower_email_idx on users (lower(email), id);
create index users_last_login_idx on users ((coalesce(last_login_at, '-infinity'::timestamptz)), id);
create index memberships_account_created_idx on memberships (account_id, created_at, user_id);
