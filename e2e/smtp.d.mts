/** Types of `./smtp.mjs`. */
export interface ReceivedMail {
  /** RCPT TO addresses. */
  envelopeTo: string[];
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  /** A header's raw value (e.g. `List-Unsubscribe`), or undefined. */
  header(name: string): string | undefined;
}

export interface SmtpReceiver {
  port: number;
  /** `smtp://user:pass@127.0.0.1:port`, for `CONFAB_SMTP_URL`. */
  url: string;
  messages: ReceivedMail[];
  /** Answers the next `n` messages with 451 (try again later). */
  refuse(n: number): void;
  waitFor(predicate?: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
}

export function startSmtpReceiver(options?: { port?: number; user?: string; pass?: string }): Promise<SmtpReceiver>;
