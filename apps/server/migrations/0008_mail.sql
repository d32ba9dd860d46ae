-- Mail (spec 3.2 "Email Configuration"): a transactional outbox and the account's own SMTP settings.
-- Every mail is rendered when it is enqueued and stored in mail_outbox in the caller's transaction;
-- the send-mail job delivers it. Without any SMTP server a mail stays 'held', visible to admins.

create table mail_outbox (
  id uuid primary key default gen_random_uuid(),
  account_id uuid not null references accounts (id) on delete cascade,
  to_address text not null check (length(to_address) between 3 and 320),
  subject text not null check (length(subject) between 1 and 998),
  html text not null,
  text text not null,
  status text not null default 'queued' check (status in ('queued', 'sent', 'failed', 'held')),
  attempts integer not null default 0,
  last_error text,
  created_at timestamptz not null default now(),
  sent_at timestamptz
);
create index mail_outbox_account_created_idx on mail_outbox (account_id, created_at desc, id desc);
create index mail_outbox_account_status_idx on mail_outbox (account_id, status, created_at desc, id desc);

-- The password is encrypted by the server (AES-256-GCM, key derived from the instance secret); the
-- database never sees it in clear.
create table account_email_config (
  account_id uuid primary key references accounts (id) on delete cascade,
  host text not null check (length(host) between 1 and 253),
  port integer not null check (port between 1 and 65535),
  security text not null default 'starttls' check (security in ('tls', 'starttls', 'none')),
  username text check (length(username) <= 320),
  password_encrypted text,
  from_address text not null check (length(from_address) between 3 and 320),
  from_name text check (length(from_name) <= 120),
  reply_to text check (length(reply_to) <= 320),
  enabled boolean not null default true,
  updated_at timestamptz not null default now()
);

do $$
declare t text;
begin
  foreach t in array array['mail_outbox', 'account_email_config'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (account_id = app_current_account_id()) with check (account_id = app_current_account_id())', t);
  end loop;
end $$;
