/** Kept equal to package.json's version by a test (package.json lies outside the compiled tree). */
export const VERSION = '0.1.0';
