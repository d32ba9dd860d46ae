-- Teams (ProcessFlow's workspaces, reference §1.2, §1.10): teams inside an account, their members,
-- team roles that open pages (editor, tasks, monitoring, team, shop) and route tasks, invitations
-- by e-mail and one statistics row per person and team.
--
-- Fixes over ProcessFlow: the owner is teams.created_by (never a role named "owner"); invitations,
-- roles, members and statistics cascade with their team; statistics have a primary key on
-- (team_id, user_id), so leaving and rejoining can never create a second row.

create table teams (
  id uuid primary key default gen_random_uuid(),
  account_id uuid not null references accounts (id) on delete cascade,
  name text not null check (length(name) between 3 and 60 and name = btrim(name)),
  color_scheme text not null default 'blue' check (color_scheme in ('blue', 'green', 'yellow', 'pink', 'red')),
  -- The owner. Null once the owner has left the account (their membership is gone).
  created_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (account_id, id),
  foreign key (account_id, created_by) references memberships (account_id, user_id) on delete set null (created_by)
);
-- A name is unique per creator, ignoring case (ProcessFlow's rule).
create unique index teams_creator_name_idx on teams (account_id, created_by, lower(name));

-- A team member must be a member of the team's account; leaving the account leaves its teams.
create table team_members (
  account_id uuid not null,
  team_id uuid not null,
  user_id uuid not null,
  joined_at timestamptz not null default now(),
  primary key (team_id, user_id),
  foreign key (account_id, team_id) references teams (account_id, id) on delete cascade,
  foreign key (account_id, user_id) references memberships (account_id, user_id) on delete cascade
);
create index team_members_user_idx on team_members (account_id, user_id);

-- Team roles open pages and route tasks (a task's assigned role is a team role id).
create table team_roles (
  id uuid primary key default gen_random_uuid(),
  account_id uuid not null,
  team_id uuid not null,
  name text not null check (length(name) between 1 and 40 and name = btrim(name)),
  color text not null default '#64748b' check (color ~ '^#[0-9a-f]{6}$'),
  pages text[] not null default '{}' check (pages <@ array['editor', 'tasks', 'monitoring', 'team', 'shop']),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (team_id, id),
  foreign key (account_id, team_id) references teams (account_id, id) on delete cascade
);
create unique index team_roles_team_name_idx on team_roles (team_id, lower(name));

create table team_member_roles (
  account_id uuid not null,
  team_id uuid not null,
  user_id uuid not null,
  role_id uuid not null,
  primary key (team_id, user_id, role_id),
  foreign key (team_id, user_id) references team_members (team_id, user_id) on delete cascade,
  foreign key (team_id, role_id) references team_roles (team_id, id) on delete cascade
);
create index team_member_roles_role_idx on team_member_roles (role_id);

-- Pending invitations. The address may not belong to anyone yet; the person sees the invitation
-- once they sign up with it. The mailed link carries a token; only its SHA-256 is stored.
create table team_invitations (
  id uuid primary key default gen_random_uuid(),
  account_id uuid not null,
  team_id uuid not null,
  email text not null check (length(email) between 3 and 320 and email = lower(btrim(email))),
  invited_by uuid references users (id) on delete set null,
  token_hash text not null,
  created_at timestamptz not null default now(),
  foreign key (account_id, team_id) references teams (account_id, id) on delete cascade
);
create unique index team_invitations_team_email_idx on team_invitations (team_id, lower(email));
create index team_invitations_email_idx on team_invitations (lower(email));

-- Gamification state per person and team; kept when a member leaves, so rejoining finds it again.
create table team_statistics (
  account_id uuid not null,
  team_id uuid not null,
  user_id uuid not null references users (id) on delete cascade,
  experience integer not null default 0 check (experience >= 0),
  coins integer not null default 0 check (coins >= 0),
  badges jsonb not null default '[]' check (jsonb_typeof(badges) = 'array'),
  updated_at timestamptz not null default now(),
  primary key (team_id, user_id),
  foreign key (account_id, team_id) references teams (account_id, id) on delete cascade
);

do $$
declare t text;
begin
  foreach t in array array['teams', 'team_members', 'team_roles', 'team_member_roles', 'team_invitations', 'team_statistics'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (account_id = app_current_account_id()) with check (account_id = app_current_account_id())', t);
  end loop;
end $$;

-- The invitee may belong to another account or to none. Outside any tenant (no app.account_id,
-- only app.user_id: the server's withUser transaction) a person may read the invitations addressed
-- to their own e-mail, and nothing else. Inside a tenant only that tenant's invitations are visible.
create policy invitee_read on team_invitations for select
  using (app_current_account_id() is null
         and email = (select lower(u.email) from users u where u.id = app_current_user_id()));
