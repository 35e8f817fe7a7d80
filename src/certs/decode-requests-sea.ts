/**
 * The PFX worker inside the Windows executable (rolldown.exe.config.mjs): the executable has no
 * chunk files and no code cache of its own making (cli/code-cache.ts), so it only serves the requests.
 */
import { serveDecodeRequests } from './decode-requests.ts';

serveDecodeRequests(() => undefined);
