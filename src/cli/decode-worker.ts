/**
 * The PFX worker's entry (dist/decode-worker.cjs; certs/pfx-decoder.ts starts it): a thread's
 * edge, like main.ts. The same code cache as the main thread's (code-cache.ts) before anything
 * else loads, then the requests' handler, through a dynamic import, which the CommonJS bundle
 * keeps after useCodeCache(): a static one would be required at the top of this chunk, before it.
 */
import { useCodeCache, writeCodeCache } from './code-cache.ts';

useCodeCache();
void import('../certs/decode-requests.ts').then(({ serveDecodeRequests }) => serveDecodeRequests(writeCodeCache));
