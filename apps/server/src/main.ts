/**
 * `npm start`: reads the environment, starts the server and shuts it down cleanly on SIGINT/SIGTERM
 * (HTTP, workers, realtime, pools, embedded PostgreSQL), leaving no process behind.
 */
import { readConfig } from './platform/config.ts';
import { startServer } from './server.ts';

const started = performance.now();
const config = readConfig();
const server = await startServer(config).catch((error: unknown) => {
  console.error(`FlowForge could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

console.log(`\nFlowForge is ready on ${server.url} (${Math.round(performance.now() - started)} ms)`);
if (server.demo) {
  console.log(`Demo account "Acme": sign in as ${server.demo.email} with password ${server.demo.password}`);
}
console.log(`API reference: ${server.url}/api/docs\n`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal} received, shutting down…`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
