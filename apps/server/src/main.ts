/**
 * `npm start`: reads the environment, starts the server and shuts it down cleanly on SIGINT/SIGTERM
 * (HTTP, workers, realtime, pools, embedded PostgreSQL), leaving no process behind — also when the
 * signal arrives while the server is still starting.
 */
import { readConfig } from './platform/config.ts';
import { startServer } from './server.ts';

const started = performance.now();
const config = readConfig();
const starting = startServer(config);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal} received, shutting down…`);
    starting
      .then((server) => server.close())
      .then(() => process.exit(0), (error: unknown) => {
        console.error(error);
        process.exit(1);
      });
  });
}

const server = await starting.catch((error: unknown) => {
  console.error(`FlowForge could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

if (!stopping) {
  console.log(`\nFlowForge is ready on ${server.url} (${Math.round(performance.now() - started)} ms)`);
  if (server.demo) console.log(`Demo account "Acme": sign in as ${server.demo.email} with password ${server.demo.password}`);
  console.log(`API reference: ${server.url}/api/docs\n`);
}
