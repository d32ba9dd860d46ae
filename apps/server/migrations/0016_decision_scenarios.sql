-- Test scenarios of a decision (spec 11.3 "test rule interactions"), shared by everyone who works
-- on it and runnable from the API (`POST /decisions/:id/test` without scenarios runs these). One row
-- per decision holds its whole list — inputs and expected result per scenario, as JSON in the
-- contracts' camelCase shape — and a revision that increases on every save, so two people editing
-- the list at once get a conflict instead of overwriting each other. Scenarios belong to the
-- decision, not to a version: they test every version alike, and go when the decision goes.

create table decision_scenarios (
  decision_id uuid primary key,
  account_id uuid not null,
  scenarios jsonb not null default '[]' check (jsonb_typeof(scenarios) = 'array' and jsonb_array_length(scenarios) <= 1000),
  revision integer not null default 1 check (revision >= 1),
  updated_by uuid references users (id) on delete set null,
  updated_at timestamptz not null default now(),
  foreign key (account_id, decision_id) references decisions (account_id, id) on delete cascade
);
create index decision_scenarios_account_idx on decision_scenarios (account_id);

alter table decision_scenarios enable row level security;
alter table decision_scenarios force row level security;
create policy tenant_isolation on decision_scenarios
  using (account_id = app_current_account_id()) with check (account_id = app_current_account_id());
