import type { Lang } from '../../model/lang.ts';
import type { StepTexts } from '../../model/step.ts';
import { declaration } from './declaration.ts';

/** What the files of this step are for: the keys of its runbook texts, and the only purposes its plan may give an artifact. */
export type ClientRootPurpose = 'client-chain.export';

/** Step 2's own texts in each language: its title, the 1610 article's title for it, and what the runbook says of it (params: the runbook's values, src/emit/runbook/context.ts). */
export const texts: Record<Lang, StepTexts<ClientRootPurpose, never>> = {
  en: {
    title: declaration.title.en,
    interview: { does: 'The root and intermediate certificates your clients\' certificates chain to: the CMG trusts them.', runs: 'Read on this machine; their export script runs on a client that trusts them.' },
    classicTitle: "Export the client certificate's root",
    intro: {
      vmss: (p) =>
        p.clientAuth === 'pki'
          ? `Clients authenticate with PKI client certificates: the CMG must trust the root and every intermediate CA that issued them (with the root alone, clients of an intermediate CA get 401 from the CMG). Export them from a client and give them to cmg-setup (--client-root-certs); this run has ${p.clientRootCount}.`
          : `Clients authenticate with ${p.clientAuth === 'entra' ? 'Microsoft Entra ID' : 'site tokens'}: the CMG needs no client root certificate. Clients must still trust the root of the CMG server certificate.`,
      classic: (p) =>
        `The simplest way to export the root of the client certificates used on your network: open a client certificate on a domain-joined computer that has one, and copy its root. Client certificates are needed on every computer you want to manage through the CMG, and on the site system server that hosts the CMG connector point. Note the name and location of the root certificate you export: step 4 asks for it${p.clientRoot ? ` (this run: ${p.clientRoot})` : ''}.`,
    },
    purposes: {
      'client-chain.export': 'Exports the root and intermediate CAs of the client certificate as .cer files.',
    },
    verify: {
      'client-chain.export': 'The script lists one root and each intermediate; cmg-setup cert inspect <file> --role client-root reports each.',
    },
    entries: {
      'client-chain.export': {
        how: 'Windows PowerShell on one domain-joined client that has its client authentication certificate (or on the connection point server). It writes to .\\cmg-client-chain unless you give -OutputFolder. Give the .cer files to cmg-setup with --client-root-certs.',
        changes: 'Only writes files: root-<thumbprint>.cer and intermediate-<thumbprint>.cer in the output folder. Nothing else on the machine changes.',
        console: 'mmc > Certificates (Computer account) > Personal > Certificates > the client certificate > Certification Path > each CA > View Certificate > Details > Copy to File (DER encoded binary X.509).',
        rollback: 'Nothing to undo: delete the .cer files if you want (they hold public certificates only).',
      },
    },
    actions: {},
  },
  fr: {
    title: declaration.title.fr,
    interview: { does: 'Les certificats racines et intermédiaires des certificats de vos clients : la CMG leur fait confiance.', runs: 'Lus sur cette machine ; leur script d\'export s\'exécute sur un client qui leur fait confiance.' },
    classicTitle: 'Exporter la racine du certificat client',
    intro: {
      vmss: (p) =>
        p.clientAuth === 'pki'
          ? `Les clients s'authentifient avec des certificats clients PKI : la passerelle doit approuver le certificat racine et chaque autorité intermédiaire qui les a émis (avec la seule racine, les clients d'une autorité intermédiaire reçoivent une erreur 401 de la passerelle). Exportez-les depuis un client et indiquez-les à cmg-setup (--client-root-certs) ; cette exécution en compte ${p.clientRootCount}.`
          : `Les clients s'authentifient avec ${p.clientAuth === 'entra' ? 'Microsoft Entra ID' : 'des jetons de site'} : la passerelle n'a besoin d'aucun certificat racine client. Les clients doivent toutefois approuver la racine du certificat serveur de la passerelle.`,
      classic: (p) =>
        `Le moyen le plus simple d'exporter la racine des certificats clients utilisés sur le réseau : ouvrir un certificat client sur une machine jointe au domaine qui en possède un, et copier sa racine. Des certificats clients sont nécessaires sur chaque ordinateur à gérer par la passerelle de gestion cloud et sur le serveur de système de site qui héberge le point de connexion de la passerelle. Notez le nom et l'emplacement du certificat racine exporté : l'étape 4 le demande${p.clientRoot ? ` (cette exécution : ${p.clientRoot})` : ''}.`,
    },
    purposes: {
      'client-chain.export': 'Exporte en fichiers .cer les autorités racine et intermédiaires du certificat client.',
    },
    verify: {
      'client-chain.export': 'Le script liste une racine et chaque intermédiaire ; cmg-setup cert inspect <fichier> --role client-root les décrit.',
    },
    entries: {
      'client-chain.export': {
        how: "Windows PowerShell sur un seul client joint au domaine qui possède son certificat d'authentification client (ou sur le serveur du point de connexion). Il écrit dans .\\cmg-client-chain, sauf si vous indiquez -OutputFolder. Indiquez ensuite les fichiers .cer à cmg-setup avec --client-root-certs.",
        changes: "Écrit seulement des fichiers : root-<empreinte>.cer et intermediate-<empreinte>.cer dans le dossier de sortie. Rien d'autre ne change sur la machine.",
        console: "mmc > Certificats (compte d'ordinateur) > Personnel > Certificats > le certificat client > Chemin d'accès de certification > chaque autorité > Afficher le certificat > Détails > Copier dans un fichier (X.509 binaire encodé DER).",
        rollback: 'Rien à annuler : supprimez les fichiers .cer si vous le souhaitez (ils ne contiennent que des certificats publics).',
      },
    },
    actions: {},
  },
};
