import nodemailer from 'nodemailer';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeEncodedWords, decodeQuotedPrintable, decodeMail } from './mime.ts';
import { extractLinks, startSmtpCapture, type SmtpCapture } from './smtp-capture.ts';

type MailInput = { subject: string; text?: string; html?: string; attachments?: { filename: string; content: string }[]; textEncoding?: 'base64' | 'quoted-printable' };

async function buildRaw(mail: MailInput): Promise<Buffer> {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  const info = await transport.sendMail({ from: 'Flow Försäkring <no-reply@example.test>', to: 'anna@example.test', ...mail });
  return info.message as Buffer;
}

describe('decodeMail on nodemailer output', () => {
  it('decodes a multipart/alternative mail with utf-8 subject, text and html', async () => {
    const raw = await buildRaw({ subject: 'Grüße aus Köln — Einladung', text: 'Hallo Jürgen,\nbitte öffnen: https://flow.example/i/abc?x=1&y=2', html: '<p>Hallo J&uuml;rgen</p><a href="https://flow.example/i/abc?x=1&amp;y=2">Öffnen</a>' });

    const mail = decodeMail(raw);

    expect(mail.subject).toBe('Grüße aus Köln — Einladung');
    expect(mail.from).toBe('Flow Försäkring <no-reply@example.test>');
    expect(mail.text).toBe('Hallo Jürgen,\r\nbitte öffnen: https://flow.example/i/abc?x=1&y=2');
    expect(mail.html).toContain('<a href="https://flow.example/i/abc?x=1&amp;y=2">Öffnen</a>');
  });

  it.each(['base64', 'quoted-printable'] as const)('decodes a %s text part', async (textEncoding) => {
    const text = `Überschrift ${'lange Zeile mit Umlauten äöü '.repeat(8)}Ende`;
    const raw = await buildRaw({ subject: 'Encoded', text, textEncoding });

    expect(decodeMail(raw).text).toBe(text);
  });

  it('finds the text and html inside multipart/mixed with an attachment', async () => {
    const raw = await buildRaw({ subject: 'Report', text: 'See attached.', html: '<b>See attached.</b>', attachments: [{ filename: 'a.txt', content: 'attachment body' }] });

    const mail = decodeMail(raw);

    expect(raw.toString()).toContain('multipart/mixed');
    expect(mail.text).toBe('See attached.');
    expect(mail.html).toBe('<b>See attached.</b>');
  });

  it('decodes a mail with only an html part', async () => {
    const raw = await buildRaw({ subject: 'Only html', html: '<p>Nur HTML – ✓</p>' });

    const mail = decodeMail(raw);

    expect(mail.text).toBeNull();
    expect(mail.html).toBe('<p>Nur HTML – ✓</p>');
  });
});

describe('header and body decoding', () => {
  it.each([
    ['=?UTF-8?Q?Gr=C3=BC=C3=9Fe_aus_K=C3=B6ln?=', 'Grüße aus Köln'],
    ['=?utf-8?B?R3LDvMOfZQ==?= =?utf-8?B?IGF1cyBLw7Zsbg==?=', 'Grüße aus Köln'],
    ['=?iso-8859-1?Q?K=F6ln?= calling', 'Köln calling'],
    ['plain subject', 'plain subject'],
  ])('decodes the encoded words in %s', (input, expected) => {
    expect(decodeEncodedWords(input)).toBe(expected);
  });

  it('joins soft line breaks and decodes bytes in quoted-printable', () => {
    expect(decodeQuotedPrintable('a=3Db =\r\nc=C3=A4').toString('utf8')).toBe('a=b cä');
  });
});

describe('extractLinks', () => {
  it('returns the links of text and html in order, each once, with &amp; decoded', () => {
    const body = 'Open https://a.example/x?y=1. <a href="https://b.example/p?q=1&amp;r=2">go</a> https://a.example/x?y=1 mailto:x@y.z';

    expect(extractLinks(body)).toEqual(['https://a.example/x?y=1', 'https://b.example/p?q=1&r=2']);
  });
});

describe('startSmtpCapture', () => {
  let capture: SmtpCapture | undefined;
  afterEach(async () => {
    await capture?.close();
    capture = undefined;
  });

  it('receives a mail sent over SMTP with the login used', async () => {
    capture = await startSmtpCapture();
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: capture.port, secure: false, ignoreTLS: true, auth: { user: 'robot', pass: 's3cret' } });

    const waiting = capture.waitForMail((m) => m.subject === 'Hello');
    await transport.sendMail({ from: 'a@example.test', to: ['b@example.test', 'c@example.test'], subject: 'Hello', text: 'Link: https://x.example/1', html: '<p>Hi</p>' });
    const mail = await waiting;
    transport.close();

    expect(mail.to).toEqual(['b@example.test', 'c@example.test']);
    expect(mail.text).toBe('Link: https://x.example/1');
    expect(mail.html).toBe('<p>Hi</p>');
    expect(mail.auth).toEqual({ username: 'robot', password: 's3cret' });
    expect(capture.url).toBe(`smtp://127.0.0.1:${capture.port}`);
  });

  it('refuses recipients with the configured SMTP error', async () => {
    capture = await startSmtpCapture({ refuseRecipient: (address) => (address.startsWith('nobody@') ? { code: 550, message: 'No such user here' } : undefined) });
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: capture.port, secure: false, ignoreTLS: true });

    const sending = transport.sendMail({ from: 'a@example.test', to: 'nobody@example.test', subject: 'x', text: 'x' });

    await expect(sending).rejects.toMatchObject({ responseCode: 550 });
    transport.close();
    expect(capture.messages).toHaveLength(0);
  });

  it('fails waitForMail after the timeout when nothing matches', async () => {
    capture = await startSmtpCapture();

    await expect(capture.waitForMail(() => true, 50)).rejects.toThrow('No matching mail within 50 ms');
  });
});
