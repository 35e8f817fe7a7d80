/** The values a text is formed with: the admin's (names, counts) as strings and numbers. */
export type Params = Record<string, string | number>;

/** A text formed from values; every language gives the same keys (src/messages/, a step's texts.ts). */
export type Text = (params: Params) => string;
