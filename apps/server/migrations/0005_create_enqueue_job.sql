-- graphile-worker protects its tables with row-level security, so the app role cannot call
-- graphile_worker.add_job directly. This owner-defined function lets it enqueue inside its own
-- transaction (the job commits or rolls back with the change) without any other access to the queue.

create function enqueue_job(task text, payload json, queue_name text, run_at timestamptz, max_attempts integer, job_key text)
  returns void
  language plpgsql
  security definer
  set search_path = pg_catalog, pg_temp
  as $$
begin
  perform graphile_worker.add_job(task, payload, queue_name => queue_name, run_at => run_at, max_attempts => max_attempts, job_key => job_key);
end $$;

revoke execute on function enqueue_job(text, json, text, timestamptz, integer, text) from public;
grant execute on function enqueue_job(text, json, text, timestamptz, integer, text) to :app_role;
