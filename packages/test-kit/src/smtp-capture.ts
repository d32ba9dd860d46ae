/**
 * An SMTP server on loopback that keeps every mail it receives, so tests can read what FlowForge
 * sent and follow the links in it. Accepts any login (or none), speaks no TLS, and can be told to
 * refuse some recipients to simulate a mail server's 4xx/5xx answers.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';
import { decodeMail } from './mime.ts';

export type CapturedMail = {
  /** The From header, decoded (e.g. `FlowForge <no-reply@localhost>`). */
  from: string;
  /** The envelope recipients (RCPT TO). */
  to: string[];
  subject: string;
  text: string | null;
  html: string | null;
  raw: string;
  /** The credentials the client logged in with, if it did. */
  auth: { username: string; password: string } | null;
};

export type SmtpRefusal = { code: number; message: string };

export type SmtpCaptureOptions = {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Answers RCPT TO for matching recipients with this SMTP error (e.g. 550 or 451). */
  refuseRecipient?: (address: string) => SmtpRefusal | undefined;
};

export type SmtpCapture = {
  port: number;
  /** `smtp://127.0.0.1:<port>`, ready for SMTP_URL. */
  url: string;
  messages: CapturedMail[];
  /** Resolves with the first mail (already received or arriving) that matches. */
  waitForMail: (predicate?: (mail: CapturedMail) => boolean, timeoutMs?: number) => Promise<CapturedMail>;
  close: () => Promise<void>;
};

type Waiter = { predicate: (mail: CapturedMail) => boolean; resolve: (mail: CapturedMail) => void };
type SessionUser = { username: string; password: string };

/** Starts the capture server on 127.0.0.1. */
export async function startSmtpCapture(options: SmtpCaptureOptions = {}): Promise<SmtpCapture> {
  const messages: CapturedMail[] = [];
  let waiters: Waiter[] = [];
  const receive = (mail: CapturedMail): void => {
    messages.push(mail);
    const matched = waiters.filter((w) => w.predicate(mail));
    waiters = waiters.filter((w) => !matched.includes(w));
    matched.forEach((w) => w.resolve(mail));
  };
  const server = createServer(options, receive);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;

  const waitForMail = (predicate: (mail: CapturedMail) => boolean = () => true, timeoutMs = 10_000): Promise<CapturedMail> => {
    const existing = messages.find(predicate);
    if (existing) return Promise.resolve(existing);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters = waiters.filter((w) => w !== waiter);
        reject(new Error(`No matching mail within ${timeoutMs} ms; received: ${JSON.stringify(messages.map((m) => ({ to: m.to, subject: m.subject })))}`));
      }, timeoutMs);
      const waiter: Waiter = { predicate, resolve: (mail) => { clearTimeout(timer); resolve(mail); } };
      waiters.push(waiter);
    });
  };

  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitForMail,
    close: () => new Promise<void>((resolve) => { server.close(() => resolve()); }),
  };
}

function createServer(options: SmtpCaptureOptions, receive: (mail: CapturedMail) => void): SMTPServer {
  return new SMTPServer({
    secure: false,
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    hideSTARTTLS: true,
    logger: false,
    closeTimeout: 1000,
    onAuth(auth, _session, callback) {
      const user: SessionUser = { username: auth.username ?? '', password: auth.password ?? '' };
      callback(null, { user });
    },
    onRcptTo(address, _session, callback) {
      const refusal = options.refuseRecipient?.(address.address);
      if (!refusal) {
        callback();
        return;
      }
      callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        receive(toCapturedMail(Buffer.concat(chunks), session));
        callback();
      });
    },
  });
}

function toCapturedMail(raw: Buffer, session: SMTPServerSession): CapturedMail {
  const decoded = decodeMail(raw);
  const user = session.user as SessionUser | undefined;
  return {
    from: decoded.from,
    to: session.envelope.rcptTo.map((r) => r.address),
    subject: decoded.subject,
    text: decoded.text,
    html: decoded.html,
    raw: raw.toString('utf8'),
    auth: user ?? null,
  };
}

// An href attribute (quoted either way) or a bare URL; one pass keeps the order of appearance.
const LINK = /href\s*=\s*(?:"([^"]*)"|'([^']*)')|https?:\/\/[^\s<>"']+/gi;

/** The http(s) links in a text or HTML body, in order of appearance, each once (`&amp;` decoded). */
export function extractLinks(textOrHtml: string): string[] {
  const links: string[] = [];
  for (const match of textOrHtml.matchAll(LINK)) {
    const link = (match[1] ?? match[2] ?? match[0]).replace(/&amp;/g, '&').replace(/[.,;:!?)\]]+$/, '');
    if (/^https?:\/\//i.test(link) && !links.includes(link)) links.push(link);
  }
  return links;
}
