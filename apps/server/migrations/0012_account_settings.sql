-- Admin settings (spec 3.2, 3.8): custom domains proven through a DNS TXT record, the audit retention
-- of each account, and what the daily retention job — which runs as the owner — may read.

create table account_domains (
  id uuid primary key default gen_random_uuid(),
  account_id uuid not null references accounts (id) on delete cascade,
  domain text not null check (domain = lower(domain) and length(domain) between 3 and 253),
  verification_token text not null check (length(verification_token) >= 20),
  status text not null default 'pending' check (status in ('pending', 'verified')),
  verified_at timestamptz,
  created_at timestamptz not null default now(),
  check ((status = 'verified') = (verified_at is not null))
);
-- A domain belongs to one account. Unique indexes see every row whatever row-level security hides,
-- so a second account adding the same domain fails (the API answers 409).
create unique index account_domains_domain_idx on account_domains (domain);
create index account_domains_account_idx on account_domains (account_id, created_at);

create table account_audit_config (
  account_id uuid primary key references accounts (id) on delete cascade,
  retention_days integer not null default 365 check (retention_days between 30 and 3650),
  updated_at timestamptz not null default now()
);

do $$
declare t text;
begin
  foreach t in array array['account_domains', 'account_audit_config'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (account_id = app_current_account_id()) with check (account_id = app_current_account_id())', t);
  end loop;
end $$;

-- FORCE row-level security binds the owner too. The retention job (owner) must see every account and
-- its retention to know which entries have expired; these read-only policies apply to the owner role
-- alone. Deleting an account's expired entries still goes through audit_logs' tenant policy.
do $$
begin
  execute format('create policy audit_retention_job on accounts for select to %I using (true)', current_user);
  execute format('create policy audit_retention_job on account_audit_config for select to %I using (true)', current_user);
end $$;
