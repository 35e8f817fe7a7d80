import type { Lang } from '../../model/lang.ts';
import type { StepTexts } from '../../model/step.ts';

/** Step 8's own texts in each language: its title, the 1610 article's title for it, and what the runbook says of it (params: the runbook's values, src/emit/runbook/context.ts). */
export const texts: Record<Lang, StepTexts> = {
  en: {
    title: 'Clients',
    classicTitle: 'Configure clients for cloud management gateway',
    intro: {
      vmss: (p) =>
        `Clients learn the CMG at their next location request (every 24 hours), or at once when the SMS Agent Host service (CcmExec) restarts. A client that reaches neither a domain controller nor an on-premises management point considers itself on the internet and uses the CMG.${p.alwaysOnInternet ? ' ClientAlwaysOnInternet = 1 keeps a client on the CMG even on the corporate network.' : ''}`,
      classic: () =>
        'Once the CMG and the site system roles are set up and running, clients get the location of the CMG service automatically with their next location request; they must be on the corporate network to receive it. Location requests come every 24 hours: to avoid waiting, restart the SMS Agent Host service (ccmexec.exe) on the computer. With the CMG location, a client works out by itself whether it is on the intranet or the internet: if it can reach a domain controller or an on-premises management point, it uses them; otherwise it uses the CMG. You can force a client to always use the CMG with the registry value `HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\CCM\\Security`, `ClientAlwaysOnInternet = 1`. To check that a client reaches Configuration Manager, run `gwmi -namespace root\\ccm\\locationservices -class SMS_ActiveMPCandidate` on it: it lists the management points the client can reach, the CMG among them.',
    },
  },
  fr: {
    title: 'Clients',
    classicTitle: 'Configurer des clients pour la passerelle de gestion cloud',
    intro: {
      vmss: (p) =>
        `Les clients découvrent la passerelle à leur prochaine demande d'emplacement (toutes les 24 heures), ou aussitôt que le service hôte de l'agent SMS (CcmExec) redémarre. Un client qui ne joint ni un contrôleur de domaine ni un point de gestion local se considère sur Internet et utilise la passerelle.${p.alwaysOnInternet ? ' ClientAlwaysOnInternet = 1 maintient un client sur la passerelle même sur le réseau d\'entreprise.' : ''}`,
      classic: () =>
        "Une fois la passerelle de gestion cloud et les rôles de système de site configurés et en cours d'exécution, les clients obtiennent automatiquement l'emplacement du service de passerelle lors de leur prochaine demande d'emplacement ; ils doivent être sur le réseau d'entreprise pour le recevoir. Les demandes d'emplacement ont lieu toutes les 24 heures : pour ne pas attendre, redémarrez le service hôte de l'agent SMS (ccmexec.exe) sur l'ordinateur. Avec l'emplacement de la passerelle, le client détermine seul s'il est sur l'intranet ou sur Internet : s'il peut contacter un contrôleur de domaine ou un point de gestion local, il les utilise ; sinon, il utilise la passerelle. Vous pouvez forcer un client à toujours utiliser la passerelle avec la valeur de Registre `HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\CCM\\Security`, `ClientAlwaysOnInternet = 1`. Pour vérifier qu'un client peut contacter Configuration Manager, exécutez sur celui-ci `gwmi -namespace root\\ccm\\locationservices -class SMS_ActiveMPCandidate` : la commande affiche les points de gestion que le client peut contacter, dont la passerelle de gestion cloud.",
    },
  },
};
