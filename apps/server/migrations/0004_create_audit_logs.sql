-- Audit trail (spec 13.3): partitioned by month on created_at. The app role may insert and read its
-- own tenant's entries through the parent table only; entries are never updated or deleted by it.

create table audit_logs (
  id uuid not null default gen_random_uuid(),
  account_id uuid not null,
  actor_id uuid,
  action text not null,
  resource_type text not null,
  resource_id text,
  before jsonb,
  after jsonb,
  ip text,
  request_id text,
  created_at timestamptz not null default now(),
  primary key (created_at, id)
) partition by range (created_at);
create index audit_logs_account_created_idx on audit_logs (account_id, created_at desc);

alter table audit_logs enable row level security;
alter table audit_logs force row level security;
create policy tenant_isolation on audit_logs
  using (account_id = app_current_account_id())
  with check (account_id = app_current_account_id());
revoke update, delete, truncate on audit_logs from :app_role;

create table audit_logs_default partition of audit_logs default;
revoke all on audit_logs_default from :app_role;

-- Creates the partition for the month containing `month` if missing. Partitions are reachable only
-- through the parent (and its policy), so the app role gets no privilege on them.
create function ensure_audit_log_partition(month date) returns text
  language plpgsql
  as $$
declare
  first_day date := date_trunc('month', month)::date;
  name text := format('audit_logs_y%sm%s', to_char(first_day, 'YYYY'), to_char(first_day, 'MM'));
begin
  if to_regclass(name) is null then
    execute format('create table %I partition of audit_logs for values from (%L) to (%L)',
      name, first_day, (first_day + interval '1 month')::date);
    execute format('revoke all on %I from :app_role', name);
  end if;
  return name;
end $$;
revoke execute on function ensure_audit_log_partition(date) from public, :app_role;

select ensure_audit_log_partition((now() + make_interval(months => m))::date) from generate_series(0, 2) as m;
