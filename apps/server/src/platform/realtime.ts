/**
 * Realtime fan-out over PostgreSQL LISTEN/NOTIFY: `publishEvent(tx, …)` notifies inside the caller's
 * transaction (delivered only on commit); every server process LISTENs once and hands events to the
 * Server-Sent-Event streams of the matching tenant (and user, when the event names one).
 */
import pg from 'pg';
import type { Tx } from './db/pool.ts';

export const EVENTS_CHANNEL = 'flowforge_events';

export type RealtimeEvent = { accountId: string; userId?: string | null; type: string; data: Record<string, unknown> };
type Listener = { accountId: string; userId: string; send: (event: RealtimeEvent) => void; close: () => void };

/** Queues an event for delivery when `tx` commits. Keep `data` small (ids, not documents): 8 kB max. */
export async function publishEvent(tx: Tx, event: RealtimeEvent): Promise<void> {
  await tx.query('select pg_notify($1, $2)', [EVENTS_CHANNEL, JSON.stringify(event)]);
}

export class RealtimeHub {
  readonly #listeners = new Set<Listener>();
  readonly #connectionString: string;
  readonly #onError: (error: Error) => void;
  #client: pg.Client | null = null;
  #stopped = false;

  constructor(connectionString: string, onError: (error: Error) => void) {
    this.#connectionString = connectionString;
    this.#onError = onError;
  }

  get listenerCount(): number {
    return this.#listeners.size;
  }

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.#connectionString });
    client.on('error', (error) => this.#reconnect(error));
    client.on('notification', (message) => this.#dispatch(message.payload));
    await client.connect();
    await client.query(`listen ${EVENTS_CHANNEL}`);
    this.#client = client;
  }

  /** Registers a stream; returns the function that unregisters it. */
  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    for (const listener of this.#listeners) listener.close();
    this.#listeners.clear();
    await this.#client?.end().catch(() => undefined);
    this.#client = null;
  }

  #dispatch(payload: string | undefined): void {
    const event = parseEvent(payload);
    if (!event) return;
    for (const listener of this.#listeners) {
      if (listener.accountId !== event.accountId) continue;
      if (event.userId && event.userId !== listener.userId) continue;
      listener.send(event);
    }
  }

  #reconnect(error: Error): void {
    this.#onError(error);
    this.#client = null;
    if (this.#stopped) return;
    setTimeout(() => void this.start().catch((retryError: Error) => this.#reconnect(retryError)), 1000).unref();
  }
}

// Anyone who can connect may NOTIFY the channel: a malformed payload is dropped, never thrown.
function parseEvent(payload: string | undefined): RealtimeEvent | null {
  if (!payload) return null;
  try {
    const event = JSON.parse(payload) as Partial<RealtimeEvent> | null;
    return event && typeof event.accountId === 'string' && typeof event.type === 'string' ? (event as RealtimeEvent) : null;
  } catch {
    return null;
  }
}
