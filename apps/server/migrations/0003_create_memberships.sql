-- Who belongs to which account, with which role. A user also sees their own memberships in other
-- accounts (for the account switcher); everything else is limited to the current account.

create table memberships (
  id uuid primary key default gen_random_uuid(),
  account_id uuid not null references accounts (id) on delete cascade,
  user_id uuid not null references users (id) on delete cascade,
  role text not null check (role in ('owner', 'admin', 'member')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (account_id, user_id)
);
create index memberships_user_id_idx on memberships (user_id);

alter table memberships enable row level security;
alter table memberships force row level security;
create policy tenant_isolation on memberships
  using (account_id = app_current_account_id() or user_id = app_current_user_id())
  with check (account_id = app_current_account_id());

alter table accounts enable row level security;
alter table accounts force row level security;
create policy tenant_isolation on accounts
  using (id = app_current_account_id() or id in (select account_id from memberships where user_id = app_current_user_id()))
  with check (id = app_current_account_id());
