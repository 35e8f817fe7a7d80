/** Vitest setup: every language's catalogue loaded before a test runs, as src/cli/main.ts loads the run's own. */
import { loadCatalogues } from '../../src/messages/i18n.ts';
import { LANGS } from '../../src/model/lang.ts';

await loadCatalogues(LANGS);
