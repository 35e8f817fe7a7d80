import type { Lang } from '../../model/lang.ts';

/**
 * The texts of this step's own scripts, in every language (the scripts several steps share
 * take theirs from src/messages/script.*.ts). Same rules as ScriptTexts: PowerShell -f
 * placeholders ({0}, {1:yyyy-MM-dd}) and never a brace of their own; emitted through psQuote.
 */
type Texts<K extends string> = Record<K, string>;

/** Step 2: Export-CmgClientChain.ps1. */
export type ClientChainTexts = Texts<
  | 'synopsis' | 'description' | 'outputFolderHelp' | 'noCertificate' | 'several' | 'clientCertificate' | 'chainProblems' | 'chainShort'
  | 'createFolderAction' | 'certificateLine' | 'alreadyExported' | 'exportAction' | 'exported'
>;

/** What Export-CmgClientChain.ps1 says, in each language. */
export const clientChainTexts: Record<Lang, ClientChainTexts> = {
  en: {
    synopsis: 'exports the root and intermediate CA certificates of this machine\'s client certificate.',
    description:
      'Finds the client authentication certificate in LocalMachine\\My, builds its chain and writes each CA certificate above it as a DER .cer file named root-<thumbprint>.cer or intermediate-<thumbprint>.cer. Run it on a domain-joined client or on the connection point server.',
    outputFolderHelp: 'Folder that receives the .cer files; created when missing.',
    noCertificate: 'No certificate with Client Authentication in LocalMachine\\My: enrol the client certificate first.',
    several: '{0} client authentication certificates found; using the one that expires last.',
    clientCertificate: 'Client certificate: {0}, thumbprint {1}, expires {2:yyyy-MM-dd}',
    chainProblems: 'The chain did not build cleanly: {0}. Exporting the certificates it has.',
    chainShort: 'The chain holds only the client certificate: install its issuing CA certificates on this machine and run again.',
    createFolderAction: 'Create the output folder',
    certificateLine: '{0}: {1}, thumbprint {2}, expires {3:yyyy-MM-dd}, file {4}',
    alreadyExported: 'already exported',
    exportAction: 'Export the {0} certificate {1}',
    exported: 'exported',
  },
  fr: {
    synopsis: 'exporte les certificats des autorités de certification racine et intermédiaires du certificat client de cette machine.',
    description:
      'Trouve le certificat d\'authentification client dans LocalMachine\\My, construit sa chaîne et écrit chaque certificat d\'autorité de certification au-dessus de lui dans un fichier .cer DER nommé root-<empreinte>.cer ou intermediate-<empreinte>.cer. Exécutez-le sur un client joint au domaine ou sur le serveur du point de connexion.',
    outputFolderHelp: 'Dossier qui reçoit les fichiers .cer ; créé s\'il n\'existe pas.',
    noCertificate: 'Aucun certificat avec Authentification du client dans LocalMachine\\My : inscrivez d\'abord le certificat client.',
    several: '{0} certificats d\'authentification client trouvés ; utilisation de celui qui expire le plus tard.',
    clientCertificate: 'Certificat client : {0}, empreinte {1}, expire le {2:yyyy-MM-dd}',
    chainProblems: 'La chaîne ne s\'est pas construite correctement : {0}. Exportation des certificats qu\'elle contient.',
    chainShort: 'La chaîne ne contient que le certificat client : installez sur cette machine les certificats des autorités de certification émettrices, puis relancez le script.',
    createFolderAction: 'Créer le dossier de sortie',
    certificateLine: '{0} : {1}, empreinte {2}, expire le {3:yyyy-MM-dd}, fichier {4}',
    alreadyExported: 'déjà exporté',
    exportAction: 'Exporter le certificat {1} ({0})',
    exported: 'exporté',
  },
};
