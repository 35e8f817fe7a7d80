/**
 * Issue 14, "French all through": a French run at a real terminal (a pty, LANG=fr_FR.UTF-8)
 * through lists, the recommended settings answered `non`, a yes/no answered `o`, text questions,
 * and the review left by "Quitter sans écrire", shows no English of the prompt library or of
 * commander: the yes/no hint is `(O/n)`, the list's key hint is French.
 */
import { readdirSync } from 'node:fs';
import { afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { fr } from '../../src/messages/fr.ts';
import { runInPty } from '../support/pty.ts';
import { assertBuilt, freshDir, removeDir } from '../support/run-cli.ts';
import { VALID_ANSWERS, writeAnswers } from './fixtures.ts';

/** What @inquirer/prompts and commander print in English, as whole words (`Non` holds `No`, not the word). */
const ENGLISH = ['navigate', 'select', 'Yes', 'No', 'input is masked', 'Usage:', 'Options:', 'error:', 'You must', 'Press', 'toggle visibility', 'submit'];

/** The inputs VALID_ANSWERS leaves to their defaults, which an interactive run would ask. */
const DEFAULTS = {
  siteVersion: '2603', deploymentPrefix: 'contosocmg', certTemplateGroup: 'ConfigMgr Site Servers', clientRootCerts: [], createEntraApps: false,
  serverAppName: 'CMG-ServerApp', serverAppIdUri: 'api://b5d3c1a2-7e8f-4a9b-8c0d-1e2f3a4b5c6d/ConfigMgrService', clientAppName: 'CMG-ClientApp',
  entraUserDiscovery: false, azureServiceName: 'Cloud Management', useExistingResourceGroup: false, vmSize: 'standard', verifyClientCrl: false,
  contentEnabled: true, trafficWarningPct: 50, trafficCriticalPct: 90, trafficStopService: false, usePkiClientCert: true, clientsCheckCrl: false,
  managementPointSecurity: 'enhanced-http', managementPointsInternetOnly: false, clientAlwaysOnInternetAction: 'leave',
};

let cwd: string;
beforeAll(assertBuilt);
beforeEach(() => {
  cwd = freshDir();
});
afterEach(() => {
  removeDir(cwd);
});

it('French at a terminal: (O/n) taking o and non, a French list hint, and no English word on screen', async () => {
  // Every answer but the cloud (a list), TLS 1.2 (a yes/no, on by default), the description (text)
  // and the optional inputs no answers file can leave out (each skipped with Enter).
  const all: Record<string, unknown> = { ...VALID_ANSWERS, ...DEFAULTS };
  const { cloud: _cloud, description: _description, ...answers } = all;
  const file = writeAnswers(cwd, answers);
  const result = await runInPty(['--answers', file, '--offline', '--out', 'out', '--now', '2026-01-15T10:00:00Z'], {
    cwd,
    env: { LANG: 'fr_FR.UTF-8' },
    steps: [
      { waitFor: 'Cloud Azure', send: '\r' },
      { waitFor: 'Chemin du certificat serveur', send: '\r' },
      { waitFor: 'Nom du modèle de certificat pour', send: '\r' },
      { waitFor: "Date d'expiration du secret", send: '\r' },
      { waitFor: 'Connexion pour les vérifications Azure', send: '\r' },
      // `non`: the advanced inputs no file answers (TLS 1.2, the description) are asked.
      { waitFor: 'Utiliser les réglages recommandés', send: 'non\r' },
      { waitFor: 'Appliquer TLS 1.2 ?', send: 'o\r' },
      { waitFor: 'Description de la CMG', send: 'CMG de test\r' },
      { waitFor: 'Proxy Internet du point de connexion', send: '\r' },
      // The review: Up from "Écrire" (offered) goes round to the last choice, "Quitter sans écrire".
      { waitFor: '? Et maintenant ?', send: '\u001b[A' },
      { waitFor: '❯ Quitter sans écrire', send: '\r' },
    ],
  });
  const screen = result.screen;
  expect(result.timedOut, screen).toBe(false);
  expect(screen).toContain('↑↓ parcourir • ⏎ choisir');
  expect(screen).toContain('Appliquer TLS 1.2 ? ⇧Tab retour (O/n)');
  // The answer shown after the question: the catalogue's words for yes and no.
  expect(screen).toContain(`Appliquer TLS 1.2 ? ${fr.prompts.yes}`);
  expect(screen).toMatch(/Utiliser les réglages recommandés .* \? \(O\/n\)/s);
  expect(screen).toContain(`? ${fr.prompts.no}\n`);
  expect(screen).toContain('Étape 4 sur 8 · Passerelle de gestion cloud');
  expect(screen).toContain('\nRelecture : chaque valeur, par étape, et sa provenance\n');
  expect(screen).toMatch(/\? Et maintenant \?\n❯ Écrire \d+ fichiers dans /);
  // Quit at the review: cancelled, in French, nothing written but the answers kept beside the output.
  expect(screen).toContain(fr.ui.cancelled);
  expect(result.code).toBe(130);
  const found = ENGLISH.filter((word) => new RegExp(`(^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(screen));
  expect(found, screen).toEqual([]);
  expect(readdirSync(cwd).sort()).toEqual(['answers.yaml', 'out.resume.yaml']);
});
