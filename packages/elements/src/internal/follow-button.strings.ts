import { stringTables } from './localize.js';

/** The strings of the shared Follow button (`follow-button.ts`). */
export interface FollowStrings {
  /** Not followed yet: pressing follows. */
  follow: string;
  /** Followed (the button is pressed): pressing unfollows. */
  following: string;
  /** Announced after following. */
  followed: string;
  /** Announced after unfollowing. */
  unfollowed: string;
}

/** Short enough to ship every language with the widgets that show the button. */
export const followStrings = stringTables<FollowStrings>('follow', {
  en: { follow: 'Follow', following: 'Following', followed: 'You follow this now.', unfollowed: 'You no longer follow this.' },
  de: async () => ({ strings: { follow: 'Folgen', following: 'Folge ich', followed: 'Sie folgen dem jetzt.', unfollowed: 'Sie folgen dem nicht mehr.' } }),
  fr: async () => ({ strings: { follow: 'Suivre', following: 'Suivi', followed: 'Vous suivez ceci désormais.', unfollowed: 'Vous ne suivez plus ceci.' } }),
  es: async () => ({ strings: { follow: 'Seguir', following: 'Siguiendo', followed: 'Ahora sigues esto.', unfollowed: 'Ya no sigues esto.' } }),
  it: async () => ({ strings: { follow: 'Segui', following: 'Segui già', followed: 'Ora segui questo elemento.', unfollowed: 'Non segui più questo elemento.' } }),
  nl: async () => ({ strings: { follow: 'Volgen', following: 'Volgend', followed: 'Je volgt dit nu.', unfollowed: 'Je volgt dit niet meer.' } }),
  pl: async () => ({ strings: { follow: 'Obserwuj', following: 'Obserwujesz', followed: 'Obserwujesz to teraz.', unfollowed: 'Już tego nie obserwujesz.' } }),
  pt: async () => ({ strings: { follow: 'Seguir', following: 'A seguir', followed: 'Passou a seguir isto.', unfollowed: 'Deixou de seguir isto.' } }),
  ja: async () => ({ strings: { follow: 'フォロー', following: 'フォロー中', followed: 'フォローしました。', unfollowed: 'フォローを解除しました。' } }),
  ar: async () => ({ strings: { follow: 'متابعة', following: 'تتم المتابعة', followed: 'أنت تتابع هذا الآن.', unfollowed: 'لم تعد تتابع هذا.' } }),
  he: async () => ({ strings: { follow: 'מעקב', following: 'במעקב', followed: 'את/ה עוקב/ת אחרי זה עכשיו.', unfollowed: 'את/ה כבר לא עוקב/ת אחרי זה.' } }),
});
