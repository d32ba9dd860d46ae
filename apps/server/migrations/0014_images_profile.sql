-- Stored images (spec 3.1 profile avatar, 3.2 account logo). Avatars and logos are small (at most
-- 1 MiB) and are kept in PostgreSQL like everything else; a row is served from /api/v1/images/<id>
-- and referenced by that path (users.image, accounts.settings.logoUrl), never inlined as base64.
--
-- An avatar has owner_user_id (a person is global, like users); a logo has account_id instead.
-- Reading: the id is an unguessable UUID that only appears where the image is shown (a colleague's
-- avatar, an e-mail's logo), and the API decides who may fetch it (avatars: signed in; logos: anyone,
-- because e-mail clients load them without a session), so every row is readable. Writing: an avatar
-- only by its owner, a logo only inside its account (the settings:update permission is checked by
-- the API). Old images are deleted when replaced.

create table images (
  id uuid primary key default gen_random_uuid(),
  account_id uuid references accounts (id) on delete cascade,
  owner_user_id uuid references users (id) on delete cascade,
  content_type text not null check (content_type in ('image/png', 'image/jpeg', 'image/webp', 'image/gif')),
  byte_size integer not null check (byte_size between 1 and 1048576),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  data bytea not null check (octet_length(data) = byte_size),
  width integer check (width > 0),
  height integer check (height > 0),
  created_at timestamptz not null default now(),
  -- Either a person's avatar or an account's logo, never both.
  check ((account_id is null) = (owner_user_id is not null))
);
create index images_account_id_idx on images (account_id) where account_id is not null;
create index images_owner_user_id_idx on images (owner_user_id) where owner_user_id is not null;

alter table images enable row level security;
alter table images force row level security;
create policy images_read on images for select using (true);
create policy images_write on images for all
  using (owner_user_id = app_current_user_id() or account_id = app_current_account_id())
  with check (owner_user_id = app_current_user_id() or account_id = app_current_account_id());
