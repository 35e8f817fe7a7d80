import type { Catalogue } from './types.ts';

/** L'état de reprise à côté de --out (issue 14) : ce que dit une exécution qui conserve, recharge ou abandonne les réponses. */
export const resumeFr: Catalogue['resume'] = {
  resumed: (p) =>
    `Reprise depuis ${p.path} : ${p.steps === '' ? 'réglages généraux' : `étapes ${p.steps}`} répondus (${p.answers} réponses) ; questions restantes et ${p.secrets} mot(s) de passe à saisir. Chaque vérification est refaite.`,
  kept: (p) => `Réponses conservées dans ${p.path}. Reprenez avec : ${p.command}`,
  keptAfterPlan: (p) => `Réponses conservées dans ${p.path}. Écrivez la sortie avec : ${p.command}`,
  removed: (p) => `${p.path} supprimé : le answers.yaml de la sortie contient désormais ces réponses.`,
  discarded: (p) => `Réponses conservées dans ${p.path} abandonnées ; nouveau départ.`,
  notKept: (p) => `Impossible de conserver les réponses dans ${p.path} (${p.reason}) : l'entretien continue, mais ne pourra pas être repris s'il s'arrête.`,
};
