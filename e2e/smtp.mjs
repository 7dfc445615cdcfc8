/**
 * A real SMTP receiver on loopback for tests (the `smtp-server` package; `mailparser` reads what
 * arrived). Point `CONFAB_SMTP_URL` at `receiver.url`, then `await receiver.waitFor(…)`.
 *
 * @example
 * ```js
 * import { startSmtpReceiver } from './smtp.mjs';
 * const smtp = await startSmtpReceiver();
 * // start the server with CONFAB_SMTP_URL=smtp.url, CONFAB_MAIL_FROM=confab@example.org
 * const digest = await smtp.waitFor((m) => m.subject === 'Your Confab digest');
 * await smtp.close();
 * ```
 */
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * Starts the receiver on 127.0.0.1 (`port` 0: any free port). With `user`/`pass` it requires that
 * login (the URL carries it). `refuse(n)` answers the next n messages with a temporary failure (451).
 */
export async function startSmtpReceiver({ port = 0, user = 'confab', pass = 'secret' } = {}) {
  /** @type {import('./smtp.d.mts').ReceivedMail[]} */
  const messages = [];
  const waiters = new Set();
  let refusals = 0;
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authOptional: false,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === pass) callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('end', () => {
        if (refusals > 0) {
          refusals--;
          const error = Object.assign(new Error('Try again later'), { responseCode: 451 });
          callback(error);
          return;
        }
        simpleParser(Buffer.concat(chunks)).then((parsed) => {
          const mail = {
            envelopeTo: session.envelope.rcptTo.map((r) => r.address),
            from: parsed.from?.text ?? '',
            to: Array.isArray(parsed.to) ? parsed.to.map((a) => a.text).join(', ') : parsed.to?.text ?? '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            messageId: parsed.messageId ?? '',
            header: (name) => {
              const line = parsed.headerLines.find((h) => h.key === name.toLowerCase());
              return line ? line.line.slice(line.line.indexOf(':') + 1).trim() : undefined;
            },
          };
          messages.push(mail);
          for (const waiter of [...waiters]) waiter();
          callback();
        }, (error) => callback(error));
      });
    },
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => { server.off('error', reject); resolve(undefined); });
  });
  const address = server.server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  return {
    port: boundPort,
    url: `smtp://${encodeURIComponent(user)}:${encodeURIComponent(pass)}@127.0.0.1:${boundPort}`,
    messages,
    refuse(n) { refusals = n; },
    /** The first message (already there or arriving within `timeoutMs`) that `predicate` accepts. */
    waitFor(predicate = () => true, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = messages.find(predicate);
          if (!found) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => { waiters.delete(check); reject(new Error(`no such mail arrived within ${timeoutMs} ms (${messages.length} arrived)`)); }, timeoutMs);
        if (!check()) waiters.add(check);
      });
    },
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}
