/**
 * The user list with 10,000 members (spec §3.3; target p95 < 50 ms with filters) and the CSV import
 * of 10,000 rows. A real server (in this process, embedded PostgreSQL in a fresh data directory,
 * rate limiting off) is seeded through SQL: one account with 10,000 members — statuses, roles, five
 * groups, sign-in times — and a second account with 10,000 people of its own, so the global users
 * table holds 20,000 rows. Requests go over HTTP one at a time; latency is measured per request.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readConfig } from '../apps/server/src/platform/config.ts';
import type { Pool } from '../apps/server/src/platform/db/pool.ts';
import { startServer } from '../apps/server/src/server.ts';

const MEMBERS = 10_000;
const WARMUP = 20;
const SAMPLES = 200;

type Admin = { url: string; cookie: string; accountId: string };
type Scenario = { name: string; path: (ids: SeedIds) => string };
type SeedIds = { viewerRoleId: string; groupId: string; deepCursor: string };

const SCENARIOS: Scenario[] = [
  { name: 'first page, sorted by name', path: () => '/api/v1/users?limit=50' },
  { name: 'search q=ann (common)', path: () => '/api/v1/users?limit=50&q=ann' },
  { name: 'search q=7342 (one match)', path: () => '/api/v1/users?limit=50&q=7342' },
  { name: 'sort=email', path: () => '/api/v1/users?limit=50&sort=email' },
  { name: 'status=pending', path: () => '/api/v1/users?limit=50&status=pending' },
  { name: 'roleId=<Viewer>', path: (ids) => `/api/v1/users?limit=50&roleId=${ids.viewerRoleId}` },
  { name: 'groupId=<group of 2,000>', path: (ids) => `/api/v1/users?limit=50&groupId=${ids.groupId}` },
  { name: 'sort=-lastLoginAt', path: () => '/api/v1/users?limit=50&sort=-lastLoginAt' },
  { name: 'q=son&status=active&roleId=<Viewer>&sort=email', path: (ids) => `/api/v1/users?limit=50&q=son&status=active&roleId=${ids.viewerRoleId}&sort=email` },
  { name: 'page 100 (cursor), sorted by name', path: (ids) => `/api/v1/users?limit=50&cursor=${ids.deepCursor}` },
];

export async function measureUsersList() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'flowforge-bench-users-'));
  rmSync(dataDir, { recursive: true });
  const config = { ...readConfig({ DATA_DIR: dataDir, PORT: '0', WORKERS: '0', SEED_DEMO: 'false', LOG_LEVEL: 'warn', RATE_LIMIT: 'off' }) };
  const server = await startServer(config, () => undefined);
  try {
    const admin = await signUp(server.url, 'admin@bench.example');
    const other = await signUp(server.url, 'other@bench.example');
    await seedMembers(server.platform.ownerPool, { accountId: other.accountId, prefix: 'globex' });
    const ids = await seedMembers(server.platform.ownerPool, { accountId: admin.accountId, prefix: 'acme' });
    const deepCursor = await walkPages(admin, 100);
    const figures: Record<string, unknown>[] = [];
    for (const scenario of SCENARIOS) figures.push({ scenario: scenario.name, members: MEMBERS, ...(await measure(admin, scenario.path({ ...ids, deepCursor }))) });
    figures.push(...(await measureImport(admin)));
    return figures;
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function signUp(url: string, email: string): Promise<Admin> {
  const response = await fetch(`${url}/api/v1/signup`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Bench Admin', email, password: 'benchmark password', accountName: email }),
  });
  if (response.status !== 201) throw new Error(`sign-up failed: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { account: { id: string } };
  return { url, cookie: response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; '), accountId: body.account.id };
}

// The owner is subject to row-level security too (FORCE): everything runs inside the account.
async function seedMembers(pool: Pool, seed: { accountId: string; prefix: string }): Promise<Omit<SeedIds, 'deepCursor'>> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query(`select set_config('app.account_id', $1, true)`, [seed.accountId]);
    await client.query(
      `with people as (
         select i, (array['Ann','Bert','Carla','Dan','Eva','Finn','Greta','Hans','Ina','Jon'])[1 + i % 10] as first,
                (array['Anderson','Berg','Carlson','Dahl','Eriksson','Fischer','Gruber','Hansen','Jansen','Larsson'])[1 + (i / 10) % 10] as last
           from generate_series(1, $2) as i
       )
       insert into users (name, email, last_login_at)
       select first || ' ' || last || ' ' || i, lower(first || '.' || last || '.' || i) || '@' || $1 || '.example',
              case when i % 4 = 0 then null else now() - make_interval(mins => (i * 37) % 100000) end
         from people`,
      [seed.prefix, MEMBERS],
    );
    await client.query(
      `insert into memberships (account_id, user_id, status, created_at)
       select $1, u.id, case when n % 10 = 0 then 'pending' when n % 20 = 1 then 'suspended' else 'active' end, now() - make_interval(secs => n)
         from (select id, row_number() over (order by email) as n from users where email like '%@' || $2 || '.example') u`,
      [seed.accountId, seed.prefix],
    );
    await client.query(
      `insert into membership_roles (account_id, user_id, role_id)
       select m.account_id, m.user_id, r.id from memberships m
         join users u on u.id = m.user_id and u.email like '%@' || $2 || '.example'
         join roles r on r.account_id = m.account_id and r.system_key = (array['member', 'member', 'viewer', 'admin'])[1 + abs(hashtext(u.email)) % 4]
        where m.account_id = $1`,
      [seed.accountId, seed.prefix],
    );
    const groups = await client.query<{ id: string }>(
      `insert into groups (account_id, name) select $1, 'Group ' || g from generate_series(1, 5) g returning id`, [seed.accountId]);
    await client.query(
      `insert into group_members (account_id, group_id, user_id)
       select $1, ($3::uuid[])[1 + abs(hashtext(u.id::text)) % 5], u.id from users u where u.email like '%@' || $2 || '.example'`,
      [seed.accountId, seed.prefix, groups.rows.map((g) => g.id)],
    );
    const viewer = await client.query<{ id: string }>(`select id from roles where account_id = $1 and system_key = 'viewer'`, [seed.accountId]);
    await client.query('commit');
    await client.query('analyze users; analyze memberships; analyze membership_roles; analyze group_members');
    return { viewerRoleId: viewer.rows[0]?.id ?? '', groupId: groups.rows[0]?.id ?? '' };
  } finally {
    client.release();
  }
}

async function get(admin: Admin, pathAndQuery: string): Promise<{ items: unknown[]; nextCursor: string | null }> {
  const response = await fetch(`${admin.url}${pathAndQuery}`, { headers: { cookie: admin.cookie } });
  if (response.status !== 200) throw new Error(`${pathAndQuery}: ${response.status} ${await response.text()}`);
  return (await response.json()) as { items: unknown[]; nextCursor: string | null };
}

async function walkPages(admin: Admin, pages: number): Promise<string> {
  let cursor = '';
  for (let page = 1; page < pages; page += 1) {
    const result = await get(admin, `/api/v1/users?limit=50${cursor ? `&cursor=${cursor}` : ''}`);
    cursor = result.nextCursor ?? '';
  }
  return cursor;
}

async function measure(admin: Admin, pathAndQuery: string) {
  let items = 0;
  for (let i = 0; i < WARMUP; i += 1) items = (await get(admin, pathAndQuery)).items.length;
  const durations: number[] = [];
  for (let i = 0; i < SAMPLES; i += 1) {
    const started = performance.now();
    await get(admin, pathAndQuery);
    durations.push(performance.now() - started);
  }
  durations.sort((a, b) => a - b);
  const at = (p: number) => Math.round((durations[Math.min(durations.length - 1, Math.floor((p / 100) * durations.length))] ?? 0) * 100) / 100;
  return { items, samples: SAMPLES, p50Ms: at(50), p95Ms: at(95), p99Ms: at(99) };
}

async function measureImport(admin: Admin): Promise<Record<string, unknown>[]> {
  const runs = [
    { scenario: 'import 10,000 rows, dry run', prefix: 'a', dryRun: true, sendInvites: true },
    { scenario: 'import 10,000 rows, no invitations', prefix: 'a', dryRun: false, sendInvites: false },
    { scenario: 'import 10,000 rows with invitations', prefix: 'b', dryRun: false, sendInvites: true },
  ];
  const figures = [];
  for (const run of runs) {
    const csv = importCsv(run.prefix);
    const mapping = { email: 'email', name: 'name', roles: 'roles', externalId: 'id', status: 'status', department: 'department', title: 'title' };
    const started = performance.now();
    const response = await fetch(`${admin.url}/api/v1/users/import`, {
      method: 'POST', headers: { cookie: admin.cookie, origin: admin.url, 'content-type': 'application/json' },
      body: JSON.stringify({ csv, mapping, dryRun: run.dryRun, sendInvites: run.sendInvites }),
    });
    const body = await response.text();
    if (response.status >= 300) throw new Error(`import failed: ${response.status} ${body.slice(0, 500)}`);
    figures.push({ scenario: run.scenario, bytes: csv.length, ms: Math.round(performance.now() - started), result: run.dryRun ? undefined : JSON.parse(body) });
  }
  return figures;
}

function importCsv(prefix: string): string {
  const rows = Array.from({ length: MEMBERS }, (_, i) => `import-${prefix}-${i}@bench.example;Imported ${i};Viewer;IMP-${prefix}-${i};;Sales;Clerk`);
  return ['email;name;roles;id;status;department;title', ...rows].join('\n');
}
