import { stringTables } from './localize.js';

/** The strings of the @mention completion (`mention-controller.ts`). */
export interface MentionStrings {
  /** The accessible name of the list of people offered while typing `@`. */
  label: string;
}

/** Short enough to ship every language with the composers. */
export const mentionStrings = stringTables<MentionStrings>('mention', {
  en: { label: 'People to mention' },
  de: async () => ({ strings: { label: 'Personen zum Erwähnen' } }),
  fr: async () => ({ strings: { label: 'Personnes à mentionner' } }),
  es: async () => ({ strings: { label: 'Personas para mencionar' } }),
  it: async () => ({ strings: { label: 'Persone da menzionare' } }),
  nl: async () => ({ strings: { label: 'Personen om te noemen' } }),
  pl: async () => ({ strings: { label: 'Osoby do oznaczenia' } }),
  pt: async () => ({ strings: { label: 'Pessoas a mencionar' } }),
  ja: async () => ({ strings: { label: 'メンションする人' } }),
  ar: async () => ({ strings: { label: 'أشخاص للإشارة إليهم' } }),
  he: async () => ({ strings: { label: 'אנשים לאזכור' } }),
});
