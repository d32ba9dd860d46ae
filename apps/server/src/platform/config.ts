/**
 * Reads the environment once. Every variable FlowForge understands is listed here (and in the
 * README's configuration table); nothing else in the server reads process.env.
 */
import { Resolver } from 'node:dns';
import { z } from 'zod';

const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_APP_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('.flowforge'),
  PUBLIC_URL: z.string().url().optional(),
  TRUSTED_ORIGINS: z.string().default(''),
  AUTH_SECRET: z.string().min(32).optional(),
  WORKERS: z.coerce.number().int().min(0).max(64).default(2),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  RATE_LIMIT: z.enum(['on', 'off']).default('on'),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(20),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  SEED_DEMO: z.enum(['true', 'false']).default('true'),
  SMTP_URL: z.string().regex(/^smtps?:\/\/.+/, 'must be an smtp:// or smtps:// URL').optional(),
  MAIL_FROM: z.string().min(3).default('FlowForge <no-reply@localhost>'),
  DNS_SERVERS: z.string().default('').refine(isDnsServerList, 'must be comma-separated IP addresses, each optionally with a port (1.1.1.1, [2606:4700::1111]:53)'),
});

function isDnsServerList(value: string): boolean {
  try {
    new Resolver().setServers(value.split(',').map((server) => server.trim()).filter(Boolean));
    return true;
  } catch {
    return false;
  }
}

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  databaseAppUrl: string | undefined;
  dataDir: string;
  publicUrl: string | undefined;
  /** Extra origins allowed to call the API with cookies (e.g. the Vite dev server). */
  trustedOrigins: string[];
  authSecret: string | undefined;
  workers: number;
  logLevel: z.infer<typeof ConfigSchema>['LOG_LEVEL'];
  rateLimit: boolean;
  dbPoolSize: number;
  bodyLimitBytes: number;
  seedDemo: boolean;
  /** Instance SMTP server (`smtp://user:pass@host:587`, `smtps://` for TLS); accounts may set their own. */
  smtpUrl: string | undefined;
  /** Sender of mails sent through the instance SMTP server. */
  mailFrom: string;
  /** DNS servers for custom-domain verification (`1.1.1.1`, `[::1]:5353`); empty: the system's resolvers. */
  dnsServers: string[];
};

/** Parses the environment; an invalid value stops the start with a message naming the variable. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL,
    databaseAppUrl: c.DATABASE_APP_URL,
    dataDir: c.DATA_DIR,
    publicUrl: c.PUBLIC_URL,
    trustedOrigins: c.TRUSTED_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean),
    authSecret: c.AUTH_SECRET,
    workers: c.WORKERS,
    logLevel: c.LOG_LEVEL,
    rateLimit: c.RATE_LIMIT === 'on',
    dbPoolSize: c.DB_POOL_SIZE,
    bodyLimitBytes: c.BODY_LIMIT_BYTES,
    seedDemo: c.SEED_DEMO === 'true',
    smtpUrl: c.SMTP_URL,
    mailFrom: c.MAIL_FROM,
    dnsServers: c.DNS_SERVERS.split(',').map((server) => server.trim()).filter(Boolean),
  };
}
