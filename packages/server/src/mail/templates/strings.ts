/** The words of Confab's e-mail, one table per language (`./<lang>.ts`), English the fallback. */
import type { NotificationType } from '@confab/core';

/** Every string of a mail and of the unsubscribe page. Texts are plain: the renderer escapes them for HTML. */
export interface MailStrings {
  /** One notification's headline; `title` is the item's title (the question, the idea …). */
  headline: Record<NotificationType, (title: string) => string>;
  /** The digest's subject line. */
  digestSubject: string;
  /** The first line of a daily digest. */
  dailyIntro: string;
  /** The first line of a weekly digest. */
  weeklyIntro: string;
  /** The greeting; `name` is the recipient's name. */
  greeting: (name: string) => string;
  /** The link to the page where it happened. */
  open: string;
  /** Under a digest that lists only the newest notifications. */
  more: string;
  /** The footer: why this mail came. */
  why: string;
  /** Unsubscribe from this type of mail (immediate mail). */
  unsubscribeType: string;
  /** Unsubscribe from the digest. */
  unsubscribeDigest: string;
  /** Unsubscribe from all Confab mail. */
  unsubscribeAll: string;
  /** The unsubscribe page: its title. */
  confirmTitle: string;
  /** The question for one type of mail, the digest, or all mail. */
  confirmType: string;
  confirmDigest: string;
  confirmAll: string;
  /** The button that unsubscribes. */
  confirmButton: string;
  /** After unsubscribing. */
  done: string;
  /** A link whose token is not valid. */
  invalid: string;
}
