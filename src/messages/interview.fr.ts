import type { InterviewTexts } from './types.ts';

/** Ce que l'entretien dit entre ses questions, et la relecture avant l'écriture. */
export const interviewFr: InterviewTexts = {
  readyTitle: 'Préparez :',
  ready: [
    'un nom de service (FQDN) pour la CMG, le nom de son certificat serveur ;',
    'ce certificat en .pfx et son mot de passe, ou une AC auprès de laquelle le demander (étape 1) ;',
    'les fichiers .cer racines et intermédiaires des certificats de vos clients, s\'ils utilisent une PKI (étape 2) ;',
    'l\'ID de votre abonnement Azure, l\'ID du locataire Entra et un nom de groupe de ressources (étape 3) ;',
    'le code du site, le serveur du fournisseur SMS, le point de connexion, les points de gestion et de mise à jour logicielle (étapes 5 à 7).',
  ],
  keys: 'Entrée prend la valeur proposée · ⇧Tab revient d\'une question · Échap ou Ctrl+C arrête.',
  backHint: '⇧Tab retour',
  generalHeading: 'Avant les étapes · le modèle, le cloud, la version du site',
  generalLines: { does: 'Le modèle (groupe de machines virtuelles identiques, ou le service cloud classique, retiré), le cloud Azure et la version du site.', runs: 'Rien ne s\'exécute encore : ces choix décident de ce que chaque étape écrit.' },
  stepHeading: (p) => `Étape ${p.number} sur ${p.total} · ${p.title}`,
  recommended: 'Utiliser les réglages recommandés pour les options avancées (la relecture les montre et permet de les changer) ?',
  classicBanner: 'CLASSIQUE (RETIRÉ) : documente une CMG existante de l\'époque 1610 ; une nouvelle CMG est un groupe identique (--model vmss).',
  classicContinue: 'Continuer avec le modèle classique, retiré ?',
  refused: (p) => `${p.input} (${p.source}) : ${p.problem}. Donnez une autre valeur.`,
  certificateRead: (p) => `${p.path} : ${p.subject}, valide jusqu'au ${p.notAfter}, empreinte ${p.thumbprint}`,
  refusedBeforeAsking: 'Ces valeurs données enfreignent une règle, rien n\'a donc été demandé : corrigez-les et relancez.',
  stepProblems: 'Changer les réponses de cette étape maintenant ? (Non : elles seront signalées de nouveau avant toute écriture)',
  reviewTitle: 'Relecture : chaque valeur, par étape, et sa provenance',
  secretValue: '(secret)',
  noValue: '(aucune)',
  sources: { flag: 'option', env: 'environnement', answers: 'fichier de réponses', example: 'exemple', prompt: 'saisie', default: 'par défaut' },
  reviewQuestion: 'Et maintenant ?',
  reviewFailed: 'Erreurs ci-dessus : corrigez-les (modifiez une étape) avant toute écriture.',
  write: (p) => `Écrire ${p.count} fichiers dans ${p.path}`,
  edit: (p) => `Modifier : ${p.title}`,
  quit: 'Quitter sans écrire',
};
