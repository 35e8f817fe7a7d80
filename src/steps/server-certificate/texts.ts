import type { Lang } from '../../model/lang.ts';
import type { StepTexts } from '../../model/step.ts';
import { declaration } from './declaration.ts';

/** What the files of this step are for: the keys of its runbook texts, and the only purposes its plan may give an artifact. */
export type ServerCertificatePurpose = 'certificate.inf' | 'certificate.request';

/** Step 1's own texts in each language: its title, the 1610 article's title for it, and what the runbook says of it (params: the runbook's values, src/emit/runbook/context.ts). */
export const texts: Record<Lang, StepTexts<ServerCertificatePurpose, never>> = {
  en: {
    title: declaration.title.en,
    interview: { does: 'The certificate the CMG shows clients: issued for the service name, with its private key, as a .pfx.', runs: 'Its request files run on the site server; the .pfx is uploaded when the CMG is created (step 4).' },
    classicTitle: 'Configure required certificates',
    intro: {
      vmss: (p) =>
        `The CMG needs a server authentication certificate whose common name (CN) is the service name ${p.serviceName}, the name clients connect to (its case counts), with an exportable private key (RSA 2048 or 4096), from a CA whose root every internet client trusts: a public CA, or your enterprise PKI with its root deployed to the clients. ${p.serverCert ? `This run uses ${p.serverCert}.` : 'No certificate was given: the files below request it from your CA; give the .pfx to cmg-setup afterwards.'}`,
      classic: (p) =>
        `Create a custom SSL certificate for the CMG the same way as the service certificate of a cloud-based distribution point, with two differences: give the security group of the ConfigMgr servers (${p.group}) Read and Enroll permissions on the new certificate template, and request the certificate with a common name (CN) that is an FQDN ending in cloudapp.net (Azure public cloud) or usgovcloudapp.net (Azure US Government): ${p.serviceName}.${p.serverCert ? ` This run uses ${p.serverCert}.` : ''}`,
    },
    purposes: {
      'certificate.inf': 'certreq policy file for the CMG server certificate (used by the request script).',
      'certificate.request': 'Requests the CMG server certificate from your CA and exports it as .pfx.',
    },
    verify: {
      'certificate.inf': 'certreq -new accepts it without an error.',
      'certificate.request': 'The .pfx exists; cmg-setup cert inspect <file> --service-name <service name> reports no error.',
    },
    entries: {
      'certificate.inf': {
        how: 'Nothing to run: keep it next to Request-CmgServerCertificate.ps1, which hands it to `certreq -new`. By hand: `certreq.exe -new -machine cmg-server-certificate.inf cmg-server-certificate.req` (elevated). It names the certificate template given with --cert-template ([RequestAttributes] CertificateTemplate), for an enterprise CA; without one it works only with a standalone CA, since an enterprise CA refuses a request that names no template (0x80094801).',
        changes: 'Nothing by itself: it describes the request (CN and DNS name = <service name>, exportable 2048-bit RSA key, Server Authentication).',
        rollback: 'Nothing to undo: delete the file.',
      },
      'certificate.request': {
        how: 'Elevated Windows PowerShell on a computer that may enroll for the certificate template (in the group given Enroll; restart it after adding it to the group). The request asks for the template given with --cert-template; when none was given it works only with a standalone CA: with an enterprise CA pass `-CertificateTemplate <template name>` (the template\'s name, not its display name). `-CertificationAuthority "<CA host>\\<CA name>"` chooses the CA. It asks for a password for the .pfx. Then give the .pfx to cmg-setup with --server-cert-path and run cmg-setup again.',
        changes: 'Creates a key and a request (certreq -new), submits it to your CA (certreq -submit), installs the issued certificate in the computer store Cert:\\LocalMachine\\My (certreq -accept) and exports it with its private key to cmg-server-certificate.pfx next to the script.',
        console: 'Certificates snap-in (Computer account) > Personal > Certificates > All Tasks > Request New Certificate, then the certificate > All Tasks > Export (Yes, export the private key).',
        rollback: 'Delete the .req, .cer and .pfx files; remove the certificate from the computer store (`Remove-Item Cert:\\LocalMachine\\My\\<thumbprint>`); ask the CA administrator to revoke it (`certutil -revoke <serial number>`).',
      },
    },
    actions: {},
  },
  fr: {
    title: declaration.title.fr,
    interview: { does: 'Le certificat que la CMG présente aux clients : émis pour le nom du service, avec sa clé privée, en .pfx.', runs: 'Ses fichiers de demande s\'exécutent sur le serveur de site ; le .pfx est chargé à la création de la CMG (étape 4).' },
    classicTitle: 'Configurer les certificats requis',
    intro: {
      vmss: (p) =>
        `La passerelle de gestion cloud a besoin d'un certificat d'authentification serveur dont le nom commun (CN) est le nom du service ${p.serviceName}, le nom que joignent les clients (la casse compte), avec une clé privée exportable (RSA 2048 ou 4096), émis par une autorité dont chaque client Internet approuve le certificat racine : une autorité publique, ou votre PKI d'entreprise avec son certificat racine déployé sur les clients. ${p.serverCert ? `Cette exécution utilise ${p.serverCert}.` : "Aucun certificat n'a été indiqué : les fichiers ci-dessous le demandent à votre autorité de certification ; indiquez ensuite le .pfx à cmg-setup."}`,
      classic: (p) =>
        `Créez un certificat SSL personnalisé pour la passerelle de gestion cloud de la même façon que le certificat de service d'un point de distribution cloud, à deux différences près : accordez les autorisations Lecture et Inscription sur le nouveau modèle de certificat au groupe de sécurité des serveurs Configuration Manager (${p.group}), et demandez le certificat avec un nom commun (CN) qui est un nom de domaine complet se terminant par cloudapp.net (cloud public Azure) ou usgovcloudapp.net (Azure US Government) : ${p.serviceName}.${p.serverCert ? ` Cette exécution utilise ${p.serverCert}.` : ''}`,
    },
    purposes: {
      'certificate.inf': 'Fichier de stratégie certreq du certificat serveur de la CMG (utilisé par le script de demande).',
      'certificate.request': 'Demande le certificat serveur de la CMG à votre autorité de certification et l\'exporte en .pfx.',
    },
    verify: {
      'certificate.inf': 'certreq -new l\'accepte sans erreur.',
      'certificate.request': 'Le .pfx existe ; cmg-setup cert inspect <fichier> --service-name <nom du service> ne signale aucune erreur.',
    },
    entries: {
      'certificate.inf': {
        how: "Rien à exécuter : gardez-le à côté de Request-CmgServerCertificate.ps1, qui le passe à `certreq -new`. À la main : `certreq.exe -new -machine cmg-server-certificate.inf cmg-server-certificate.req` (en tant qu'administrateur). Il nomme le modèle de certificat indiqué avec --cert-template ([RequestAttributes] CertificateTemplate), pour une autorité de certification d'entreprise ; sans lui, il ne fonctionne qu'avec une autorité autonome, car une autorité d'entreprise refuse une demande qui ne nomme aucun modèle (0x80094801).",
        changes: 'Rien en lui-même : il décrit la demande (CN et nom DNS = <nom du service>, clé RSA de 2048 bits exportable, authentification du serveur).',
        rollback: 'Rien à annuler : supprimez le fichier.',
      },
      'certificate.request': {
        how: "Windows PowerShell en tant qu'administrateur, sur un ordinateur autorisé à s'inscrire au modèle de certificat (membre du groupe qui a l'autorisation Inscription ; redémarrez-le après l'avoir ajouté au groupe). La demande porte le modèle indiqué avec --cert-template ; sans lui, elle ne fonctionne qu'avec une autorité autonome : avec une autorité de certification d'entreprise, passez `-CertificateTemplate <nom du modèle>` (le nom du modèle, pas son nom complet). `-CertificationAuthority \"<hôte AC>\\<nom AC>\"` choisit l'autorité. Il demande un mot de passe pour le .pfx. Indiquez ensuite le .pfx à cmg-setup avec --server-cert-path et relancez cmg-setup.",
        changes: "Crée une clé et une demande (certreq -new), la soumet à votre autorité de certification (certreq -submit), installe le certificat émis dans le magasin de l'ordinateur Cert:\\LocalMachine\\My (certreq -accept) et l'exporte avec sa clé privée dans cmg-server-certificate.pfx, à côté du script.",
        console: "Composant logiciel enfichable Certificats (compte d'ordinateur) > Personnel > Certificats > Toutes les tâches > Demander un nouveau certificat, puis le certificat > Toutes les tâches > Exporter (« Oui, exporter la clé privée »).",
        rollback: "Supprimez les fichiers .req, .cer et .pfx ; retirez le certificat du magasin de l'ordinateur (`Remove-Item Cert:\\LocalMachine\\My\\<empreinte>`) ; demandez à l'administrateur de l'autorité de certification de le révoquer (`certutil -revoke <numéro de série>`).",
      },
    },
    actions: {},
  },
};
