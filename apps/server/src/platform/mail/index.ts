/**
 * Outgoing mail: `enqueueMail(tx, …)` inside a tenant transaction renders the message with the
 * account's branding and stores it in the outbox; the `send-mail` job delivers it over SMTP.
 */
export { enqueueMail, SEND_MAIL_TASK, type MailToSend, type SendMailPayload } from './enqueue.ts';
export { deliverMail } from './deliver.ts';
export type { MailMessage } from './render.ts';
