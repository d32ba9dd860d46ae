-- Resolves a session token to the principal in one round trip: the session, its user and the active
-- membership (the session's chosen account if still a member, else the oldest membership). Runs as
-- the caller (app role): it sets app.user_id for its own statement so the memberships policy applies.

create function app_resolve_session(session_token text)
  returns table (
    session_id uuid, user_id uuid, email text, name text, session_updated_at timestamptz, expires_at timestamptz,
    account_id uuid, role text, tier text, rate_limit jsonb
  )
  language plpgsql
  as $$
declare
  found_user uuid;
begin
  select s.user_id into found_user from user_sessions s where s.token = session_token and s.expires_at > now();
  if found_user is null then
    return;
  end if;
  perform set_config('app.user_id', found_user::text, true);
  return query
    select s.id, u.id, u.email, u.name, s.updated_at, s.expires_at, m.account_id, m.role, a.tier, a.rate_limit
      from user_sessions s
      join users u on u.id = s.user_id
      left join lateral (
        select mm.account_id, mm.role from memberships mm
         where mm.user_id = s.user_id
         order by (mm.account_id = s.active_account_id) desc nulls last, mm.created_at
         limit 1
      ) m on true
      left join accounts a on a.id = m.account_id
     where s.token = session_token;
end $$;
