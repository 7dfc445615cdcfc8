/**
 * Mail routes: the one-click unsubscribe link (RFC 8058) and an admin's "send the digests now".
 *
 * - `GET /api/v1/mail/unsubscribe?token=…` a page that asks to confirm (a link opened by a mail
 *   scanner changes nothing);
 * - `POST /api/v1/mail/unsubscribe?token=…` unsubscribes: what mail clients send for
 *   `List-Unsubscribe-Post: List-Unsubscribe=One-Click`, and the page's button. The signed token is
 *   the credential, so this route takes form bodies and no session;
 * - `POST /api/v1/mail/digests/run` (admins, JSON `{}`) queues every waiting digest now and wakes
 *   the worker: `{ queued }`; 409 when mail is off.
 */
import { ConflictError, ForbiddenError, UnauthenticatedError } from '@confab/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../http/context.js';
import { body, str } from '../http/schemas.js';
import { escapeHtml } from './render.js';
import { RTL, mailStrings, pickLanguage, type MailLanguage } from './templates/index.js';
import { verifyUnsubscribe, type UnsubscribeClaim } from './tokens.js';
import { unsubscribed } from './unsubscribe.js';
import type { MailWorker } from './worker.js';

const tokenQuery = { type: 'object', required: ['token'], properties: { token: str(2000) }, additionalProperties: false } as const;
/** The unsubscribe page may post to itself; nothing else runs in it. */
const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

function page(reply: FastifyReply, status: number, lang: MailLanguage, message: string, form?: { action: string; button: string }): FastifyReply {
  const s = mailStrings(lang);
  const html = `<!doctype html><html lang="${lang}" dir="${RTL.has(lang) ? 'rtl' : 'ltr'}"><head><meta charset="utf-8">`
    + `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(s.confirmTitle)}</title></head>`
    + '<body style="font-family:system-ui,sans-serif;max-width:32em;margin:3em auto;padding:0 1em;line-height:1.5">'
    + `<main><h1>${escapeHtml(s.confirmTitle)}</h1><p>${escapeHtml(message)}</p>`
    + (form ? `<form method="post" action="${escapeHtml(form.action)}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">${escapeHtml(form.button)}</button></form>` : '')
    + '</main></body></html>';
  return reply.code(status).header('content-security-policy', PAGE_CSP).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(html);
}

/**
 * Registers the unsubscribe routes on the root app at `prefix` (they work when mail is off too,
 * for links already sent).
 */
export async function unsubscribeRoutes(app: FastifyInstance, ctx: AppContext, prefix: string): Promise<void> {
  let secret: string | null = null;
  const claimOf = async (request: FastifyRequest<{ Querystring: { token: string } }>): Promise<UnsubscribeClaim | null> => {
    secret ??= await ctx.store.mail.secret();
    return verifyUnsubscribe(secret, request.query.token);
  };
  const langOf = (request: FastifyRequest) => pickLanguage(request.headers['accept-language']);

  // Outside the JSON API's hooks: a mail client posts a form, without cookies or Origin.
  await app.register(async (scope) => {
    scope.addContentTypeParser(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'], { parseAs: 'string', bodyLimit: 4096 }, (_req, _body, done) => done(null, {}));
    scope.get<{ Querystring: { token: string } }>(`${prefix}/mail/unsubscribe`, {
      schema: { summary: 'A page asking to confirm unsubscribing (the link in every mail)', tags: ['mail'], querystring: tokenQuery },
    }, async (request, reply) => {
      const lang = langOf(request);
      const s = mailStrings(lang);
      const claim = await claimOf(request);
      if (!claim) return page(reply, 400, lang, s.invalid);
      const question = claim.scope === 'all' ? s.confirmAll : claim.scope === 'digest' ? s.confirmDigest : s.confirmType;
      return page(reply, 200, lang, question, { action: `${prefix}/mail/unsubscribe?token=${encodeURIComponent(request.query.token)}`, button: s.confirmButton });
    });
    scope.post<{ Querystring: { token: string } }>(`${prefix}/mail/unsubscribe`, {
      schema: { summary: 'Unsubscribes from one type of mail, the digest or all mail (RFC 8058 one-click)', tags: ['mail'], querystring: tokenQuery },
    }, async (request, reply) => {
      const lang = langOf(request);
      const s = mailStrings(lang);
      const claim = await claimOf(request);
      if (!claim) return page(reply, 400, lang, s.invalid);
      const found = await ctx.store.mail.updatePreferences(claim.person, (prefs) => unsubscribed(prefs, claim.scope));
      if (!found) return page(reply, 400, lang, s.invalid);
      return page(reply, 200, lang, s.done);
    });
  });

}

/** Registers `POST /mail/digests/run` in the JSON API; `worker` is null when mail is off. */
export function mailRoutes(api: FastifyInstance, worker: MailWorker | null): void {
  api.post<{ Body: Record<string, never> }>('/mail/digests/run', {
    schema: { summary: 'Queues every waiting e-mail digest now, whatever its schedule (admins)', tags: ['mail'], body: body({}) },
  }, async (request) => {
    const user = request.identity.user;
    if (!user) throw new UnauthenticatedError('Sign in to run the digests');
    if (!user.roles.includes('admin')) throw new ForbiddenError('Only admins may run the digests');
    if (!worker) throw new ConflictError('E-mail is off: set CONFAB_SMTP_URL and CONFAB_MAIL_FROM');
    const queued = await worker.runDigests(true);
    worker.wake();
    return { queued };
  });
}
