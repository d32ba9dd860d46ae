-- Multi-factor authentication (spec 15.1): better-auth's two-factor plugin (TOTP secret and
-- recovery codes, both encrypted with the auth secret) and its passkey plugin (WebAuthn
-- credentials). Both belong to a person, not to an account, like user_sessions and
-- user_credentials: no account_id and no row-level security. users.two_factor_enabled (0007) is
-- the plugin's `twoFactorEnabled` flag and the only thing the account's require-MFA policy reads.

create table two_factors (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users (id) on delete cascade,
  secret text not null,
  backup_codes text not null,
  -- False between "enable" and the first correct code: the secret is not active yet.
  verified boolean not null default true,
  failed_verification_count integer not null default 0,
  locked_until timestamptz,
  created_at timestamptz not null default now()
);
create unique index two_factors_user_id_idx on two_factors (user_id);

create table passkeys (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users (id) on delete cascade,
  name text check (length(name) <= 100),
  public_key text not null,
  credential_id text not null unique,
  -- The authenticator's signature counter (many platform authenticators always report 0).
  counter integer not null default 0 check (counter >= 0),
  device_type text not null check (device_type in ('singleDevice', 'multiDevice')),
  backed_up boolean not null,
  transports text,
  aaguid text,
  created_at timestamptz not null default now(),
  last_used_at timestamptz
);
create index passkeys_user_id_idx on passkeys (user_id);
