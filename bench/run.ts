/**
 * `npm run bench`: prints one JSON line per figure. Record results in docs/benchmarks.md with the
 * machine and date. `BENCH_SECONDS` sets the length of each load run (default 10).
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureApiLoad } from './api-load.ts';
import { measureDecisions } from './decisions.ts';
import { measureExpressions } from './expressions.ts';
import { measureForms } from './forms.ts';
import { measurePrincipalResolution } from './principal.ts';
import { measureStartTimes } from './start-time.ts';
import { measureUsersList } from './users-list.ts';
import { measureDecisionBatch } from './decisions-batch.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version };
const print = (figure: Record<string, unknown>) => console.log(JSON.stringify({ ...figure, machine, date: new Date().toISOString() }));

// `npm run bench -- forms api-load` runs only the named benchmarks (npm-start, expressions, forms, api-load, users-list, principal, decisions, decisions-batch).
const only = new Set(process.argv.slice(2));
const wanted = (name: string) => only.size === 0 || only.has(name);

if (wanted('npm-start')) print({ bench: 'npm-start', ...(await measureStartTimes(root)) });
if (wanted('expressions')) for (const figure of await measureExpressions()) print({ bench: 'expressions', ...figure });
if (wanted('forms')) for (const figure of await measureForms()) print({ bench: 'forms', ...figure });
if (wanted('api-load')) {
  for (const result of await measureApiLoad(root, Number(process.env.BENCH_SECONDS ?? 10))) print({ bench: 'api-load', ...result });
}
if (wanted('users-list')) for (const figure of await measureUsersList()) print({ bench: 'users-list', ...figure });
if (wanted('principal')) for (const figure of await measurePrincipalResolution()) print({ bench: 'principal', ...figure });
if (wanted('decisions')) for (const figure of await measureDecisions()) print({ bench: 'decisions', ...figure });
if (wanted('decisions-batch')) for (const figure of await measureDecisionBatch()) print({ bench: 'decisions-batch', ...figure });
