/** The languages of the tool's texts and of what it writes (--lang); each has a complete catalogue (src/messages/). */
export type Lang = 'en' | 'fr';
export const LANGS: readonly Lang[] = ['en', 'fr'];
