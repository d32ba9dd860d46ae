-- Identity (spec 3.3, 3.4, 3.8, 3.2): per-account user status and profile, roles (system and custom)
-- assigned to members and groups, static/dynamic/nested groups, and the account policies every
-- request needs (security policy, feature switches). app_resolve_session now returns what the
-- server needs to authorise a request: role keys and custom permissions (direct and through
-- groups, including parent groups), disabled features and the security policy.

alter table users add column profile jsonb not null default '{}';
alter table users add column two_factor_enabled boolean not null default false;
-- A service account acts through a user of kind 'service' that cannot sign in (spec 3.7).
alter table users add column kind text not null default 'person' check (kind in ('person', 'service'));

-- Memberships become the per-account user record of spec 3.3.1.
alter table memberships add column status text not null default 'active' check (status in ('active', 'inactive', 'pending', 'suspended'));
alter table memberships add column external_id text;
alter table memberships add column created_by uuid references users (id) on delete set null;
alter table memberships add column last_login_at timestamptz;
create unique index memberships_external_id_idx on memberships (account_id, external_id) where external_id is not null;
create index memberships_account_status_idx on memberships (account_id, status, created_at);

create table roles (
  id uuid primary key default gen_random_uuid(),
  account_id uuid not null references accounts (id) on delete cascade,
  system_key text check (system_key in ('owner', 'admin', 'member', 'viewer')),
  name text not null check (length(name) between 1 and 60),
  description text not null default '' check (length(description) <= 500),
  color text not null default '#64748b' check (color ~ '^#[0-9a-f]{6}$'),
  permissions text[] not null default '{}',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (account_id, id),
  unique (account_id, system_key)
);
create unique index roles_account_name_idx on roles (account_id, lower(name));

create table membership_roles (
  account_id uuid not null,
  user_id uuid not null,
  role_id uuid not null,
  created_at timestamptz not null default now(),
  primary key (account_id, user_id, role_id),
  foreign key (account_id, user_id) references memberships (account_id, user_id) on delete cascade,
  foreign key (account_id, role_id) references roles (account_id, id) on delete cascade
);
create index membership_roles_role_idx on membership_roles (role_id);

-- Groups: static (members listed) or dynamic (members computed from `rule`, an expression over user
-- attributes); `parent_id` nests them, and members of a group inherit its ancestors' roles.
create table groups (
  id uuid primary key default gen_random_uuid(),
  account_id uuid not null references accounts (id) on delete cascade,
  name text not null check (length(name) between 1 and 100),
  description text not null default '' check (length(description) <= 500),
  type text not null default 'static' check (type in ('static', 'dynamic')),
  rule text check ((type = 'dynamic') = (rule is not null)),
  parent_id uuid,
  external_id text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (account_id, id),
  foreign key (account_id, parent_id) references groups (account_id, id) on delete set null (parent_id),
  check (parent_id is distinct from id)
);
create unique index groups_account_name_idx on groups (account_id, lower(name));
create index groups_parent_idx on groups (parent_id);

create table group_members (
  account_id uuid not null,
  group_id uuid not null,
  user_id uuid not null,
  created_at timestamptz not null default now(),
  primary key (group_id, user_id),
  foreign key (account_id, group_id) references groups (account_id, id) on delete cascade,
  foreign key (account_id, user_id) references memberships (account_id, user_id) on delete cascade
);
create index group_members_user_idx on group_members (account_id, user_id);

create table group_roles (
  account_id uuid not null,
  group_id uuid not null,
  role_id uuid not null,
  primary key (group_id, role_id),
  foreign key (account_id, group_id) references groups (account_id, id) on delete cascade,
  foreign key (account_id, role_id) references roles (account_id, id) on delete cascade
);

create table account_security_policies (
  account_id uuid primary key references accounts (id) on delete cascade,
  password_min_length integer not null default 8 check (password_min_length between 8 and 128),
  check_breached_passwords boolean not null default true,
  session_timeout_minutes integer check (session_timeout_minutes between 5 and 43200),
  ip_allowlist cidr[] not null default '{}',
  require_mfa boolean not null default false,
  updated_at timestamptz not null default now()
);

create table account_features (
  account_id uuid not null references accounts (id) on delete cascade,
  feature text not null check (feature ~ '^[a-z][a-z-]{1,40}$'),
  enabled boolean not null,
  updated_at timestamptz not null default now(),
  primary key (account_id, feature)
);

-- Every account has the four system roles; a trigger keeps that true for new accounts.
create function create_system_roles() returns trigger
  language plpgsql
  as $$
begin
  insert into roles (account_id, system_key, name, description, color)
  values (new.id, 'owner', 'Owner', 'Everything, including giving and taking the Owner role', '#111827'),
         (new.id, 'admin', 'Admin', 'Everything except the Owner role', '#7c3aed'),
         (new.id, 'member', 'Member', 'Works in the account and creates teams', '#2563eb'),
         (new.id, 'viewer', 'Viewer', 'Reads what is shared with them', '#64748b');
  return new;
end $$;
create trigger accounts_system_roles after insert on accounts for each row execute function create_system_roles();

-- Existing data: system roles for every account, the old membership role as a role assignment. The
-- owner is subject to row-level security too, so it is lifted for the copy and restored after.
alter table accounts no force row level security;
alter table memberships no force row level security;
insert into roles (account_id, system_key, name, description, color)
select a.id, r.key, r.name, r.description, r.color
  from accounts a
 cross join (values ('owner', 'Owner', 'Everything, including giving and taking the Owner role', '#111827'),
                    ('admin', 'Admin', 'Everything except the Owner role', '#7c3aed'),
                    ('member', 'Member', 'Works in the account and creates teams', '#2563eb'),
                    ('viewer', 'Viewer', 'Reads what is shared with them', '#64748b')) as r(key, name, description, color);
insert into membership_roles (account_id, user_id, role_id)
select m.account_id, m.user_id, r.id from memberships m join roles r on r.account_id = m.account_id and r.system_key = m.role;
alter table memberships drop column role;
alter table accounts force row level security;
alter table memberships force row level security;

do $$
declare t text;
begin
  foreach t in array array['roles', 'membership_roles', 'groups', 'group_members', 'group_roles', 'account_security_policies', 'account_features'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (account_id = app_current_account_id()) with check (account_id = app_current_account_id())', t);
  end loop;
end $$;


drop function app_resolve_session(text);

-- One round trip per request. Only active memberships count. The active account is the session's
-- choice if still an active member, else the oldest; roles come from direct assignments and from
-- every group the user is in and those groups' ancestors.
create function app_resolve_session(session_token text)
  returns table (
    session_id uuid, user_id uuid, email text, name text, preferences jsonb, session_created_at timestamptz,
    session_expires_at timestamptz, two_factor_enabled boolean,
    account_id uuid, tier text, rate_limit jsonb, account_name text, account_slug text, accounts jsonb,
    role_keys text[], role_names text[], custom_permissions text[], disabled_features text[],
    ip_allowlist text[], require_mfa boolean, session_timeout_minutes integer
  )
  language plpgsql
  as $$
declare
  found_session user_sessions%rowtype;
  active uuid;
begin
  select * into found_session from user_sessions s where s.token = session_token and s.expires_at > now();
  if found_session.id is null then
    return;
  end if;
  perform set_config('app.user_id', found_session.user_id::text, true);
  select m.account_id into active
    from memberships m
   where m.user_id = found_session.user_id and m.status = 'active'
   order by (m.account_id = found_session.active_account_id) desc nulls last, m.created_at
   limit 1;
  perform set_config('app.account_id', coalesce(active::text, ''), true);
  return query
    with recursive mine as (
      select m.account_id, m.created_at, a.name, a.slug
        from memberships m join accounts a on a.id = m.account_id
       where m.user_id = found_session.user_id and m.status = 'active'
    ),
    my_groups as (
      select gm.group_id from group_members gm where gm.account_id = active and gm.user_id = found_session.user_id
      union
      select g.parent_id from groups g join my_groups mg on g.id = mg.group_id where g.parent_id is not null
    ),
    my_roles as (
      select mr.role_id from membership_roles mr where mr.account_id = active and mr.user_id = found_session.user_id
      union
      select gr.role_id from group_roles gr join my_groups mg on gr.group_id = mg.group_id
    ),
    role_rows as (
      select r.* from roles r join my_roles mr on mr.role_id = r.id
    )
    select found_session.id, u.id, u.email, u.name, u.preferences, found_session.created_at, found_session.expires_at, u.two_factor_enabled,
           a.id, a.tier, a.rate_limit, a.name, a.slug,
           coalesce((select jsonb_agg(jsonb_build_object('id', mine.account_id, 'name', mine.name, 'slug', mine.slug)
                                      order by mine.created_at, mine.name) from mine), '[]'::jsonb),
           coalesce((select array_agg(rr.system_key) from role_rows rr where rr.system_key is not null), '{}'),
           coalesce((select array_agg(rr.name order by rr.system_key nulls last, rr.name) from role_rows rr), '{}'),
           coalesce((select array_agg(distinct p) from role_rows rr, unnest(rr.permissions) p), '{}'),
           coalesce((select array_agg(f.feature) from account_features f where f.account_id = active and not f.enabled), '{}'),
           coalesce((select array_agg(host(c) || '/' || masklen(c)) from account_security_policies sp, unnest(sp.ip_allowlist) c where sp.account_id = active), '{}'),
           coalesce((select sp.require_mfa from account_security_policies sp where sp.account_id = active), false),
           (select sp.session_timeout_minutes from account_security_policies sp where sp.account_id = active)
      from users u
      left join accounts a on a.id = active
     where u.id = found_session.user_id;
end $$;
