-- Resolves a session token to everything a request needs to know about its caller, in one round
-- trip: the session, the user (with preferences), the active membership (the session's chosen
-- account if still a member, else the oldest) and the list of the user's accounts. Runs as the
-- caller (app role): it sets app.user_id for its own statement so the memberships policy applies.

create function app_resolve_session(session_token text)
  returns table (
    session_id uuid, user_id uuid, email text, name text, preferences jsonb, session_expires_at timestamptz,
    account_id uuid, role text, tier text, rate_limit jsonb, account_name text, account_slug text, accounts jsonb
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
    with mine as (
      select m.account_id, m.role, m.created_at, a.name, a.slug, a.tier, a.rate_limit
        from memberships m join accounts a on a.id = m.account_id
       where m.user_id = found_user
    )
    select s.id, u.id, u.email, u.name, u.preferences, s.expires_at,
           active.account_id, active.role, active.tier, active.rate_limit, active.name, active.slug,
           coalesce((select jsonb_agg(jsonb_build_object('id', mine.account_id, 'name', mine.name, 'slug', mine.slug, 'role', mine.role)
                                      order by mine.created_at, mine.name) from mine), '[]'::jsonb)
      from user_sessions s
      join users u on u.id = s.user_id
      left join lateral (
        select * from mine order by (mine.account_id = s.active_account_id) desc nulls last, mine.created_at limit 1
      ) active on true
     where s.token = session_token;
end $$;
