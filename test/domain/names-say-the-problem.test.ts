/**
 * Issue 17, "Messages that name the real problem": a space in a name says "space"; an address
 * (`https://`, a port) where a host name goes says "host name only", and for the proxy, that the
 * port goes in --proxy-port. Each case: the exact input, the finding's code and params, and its
 * text in both catalogues.
 */
import { describe, expect, it } from 'vitest';
import { checkDeploymentPrefix, checkResourceGroup } from '../../src/domain/azure-names.ts';
import { checkFqdn } from '../../src/domain/fqdn.ts';
import { checkServiceNameSyntax } from '../../src/domain/service-name.ts';
import { checkSiteCode } from '../../src/domain/site.ts';
import { catalogue } from '../../src/messages/i18n.ts';
import type { Problem } from '../../src/model/findings.ts';
import { ALL_INPUTS } from '../../src/steps/declarations.ts';

const texts = (problems: Problem[]) => problems.map((problem) => [problem.code, catalogue('en').codes[problem.code](problem.params ?? {}), catalogue('fr').codes[problem.code](problem.params ?? {})]);
const validate = (key: string, value: string) => ALL_INPUTS.find((spec) => spec.key === key)!.validate!(value as never, {});

describe('a space in a name says "space", and where', () => {
  it('site code "P 1"', () => {
    expect(checkSiteCode('P 1')).toEqual([{ severity: 'error', code: 'SITE_CODE_INVALID', params: { value: 'P 1', reason: 'space', position: 2 } }]);
    expect(texts(checkSiteCode('P 1'))).toEqual([
      ['SITE_CODE_INVALID', 'Site code "P 1" contains a space (character 2): it must be exactly 3 letters or digits, with no space.', 'Le code de site "P 1" contient une espace (caractère 2) : il doit comporter exactement 3 lettres ou chiffres, sans espace.'],
    ]);
  });

  it('service name "contoso cmg.contoso.com"', () => {
    expect(checkServiceNameSyntax('contoso cmg.contoso.com')).toEqual([{ severity: 'error', code: 'SERVICE_NAME_INVALID', params: { value: 'contoso cmg.contoso.com', reason: 'space', position: 8 } }]);
    expect(texts(checkServiceNameSyntax('contoso cmg.contoso.com'))).toEqual([
      [
        'SERVICE_NAME_INVALID',
        `"contoso cmg.contoso.com" is not a usable CMG service name: it contains a space (character 8); a host name has none. Give the FQDN that is the server certificate's CN.`,
        `"contoso cmg.contoso.com" n'est pas un nom de service CMG utilisable : il contient une espace (caractère 8) ; un nom d'hôte n'en a pas. Indiquez le FQDN qui constitue le CN du certificat serveur.`,
      ],
    ]);
  });

  it('a no-break space in a host name is a space too (it reads as one)', () => {
    expect(checkFqdn('mp01.contoso\u00a0com')).toEqual([{ severity: 'error', code: 'FQDN_INVALID', params: { value: 'mp01.contoso\u00a0com', reason: 'space', position: 13 } }]);
  });

  it('resource group "rg contoso"', () => {
    expect(texts(checkResourceGroup('rg contoso', '2403'))).toEqual([
      [
        'RESOURCE_GROUP_INVALID',
        'Resource group "rg contoso" is not valid: it contains a space (character 3); use a hyphen or an underscore instead.',
        `Le groupe de ressources "rg contoso" n'est pas valide : il contient une espace (caractère 3) ; utilisez plutôt un trait d'union ou un trait de soulignement.`,
      ],
    ]);
  });

  it('deployment prefix "contoso cmg"', () => {
    expect(texts(checkDeploymentPrefix('contoso cmg', 'vmss'))).toEqual([
      [
        'DEPLOYMENT_PREFIX_CHARACTERS',
        'Deployment prefix "contoso cmg" contains a space (character 8): it may contain only lowercase letters and digits (no hyphen): it also names the storage account.',
        `Le préfixe de déploiement "contoso cmg" contient une espace (caractère 8) : il ne peut contenir que des lettres minuscules et des chiffres (pas de trait d'union) : il sert aussi à nommer le compte de stockage.`,
      ],
    ]);
  });
});

describe('an address where a host name goes says "host name only"', () => {
  it('service name "https://contosocmg.contoso.com/"', () => {
    expect(checkServiceNameSyntax('https://contosocmg.contoso.com/')).toEqual([
      { severity: 'error', code: 'SERVICE_NAME_INVALID', params: { value: 'https://contosocmg.contoso.com/', reason: 'url', host: 'contosocmg.contoso.com', scheme: 'https://', port: '' } },
    ]);
    expect(texts(checkServiceNameSyntax('https://contosocmg.contoso.com/'))).toEqual([
      [
        'SERVICE_NAME_INVALID',
        `"https://contosocmg.contoso.com/" is not a usable CMG service name: give the host name only (contosocmg.contoso.com), without "https://". Give the FQDN that is the server certificate's CN.`,
        `"https://contosocmg.contoso.com/" n'est pas un nom de service CMG utilisable : indiquez le nom d'hôte seul (contosocmg.contoso.com), sans "https://". Indiquez le FQDN qui constitue le CN du certificat serveur.`,
      ],
    ]);
  });

  it('SMS Provider "cm01.contoso.com:443": no port input, so only "without the port"', () => {
    expect(texts(validate('smsProvider', 'cm01.contoso.com:443'))).toEqual([
      [
        'FQDN_INVALID',
        '"cm01.contoso.com:443" is not a usable host name: give the host name only (cm01.contoso.com), without the port ":443".',
        `"cm01.contoso.com:443" n'est pas un nom d'hôte utilisable : indiquez le nom d'hôte seul (cm01.contoso.com), sans le port ":443".`,
      ],
    ]);
  });

  it('proxy server "proxy.contoso.com:8080": the port goes in --proxy-port', () => {
    expect(validate('proxyServer', 'proxy.contoso.com:8080')).toEqual([
      { severity: 'error', code: 'FQDN_INVALID', params: { value: 'proxy.contoso.com:8080', reason: 'port', host: 'proxy.contoso.com', scheme: '', port: '8080', portFlag: '--proxy-port' } },
    ]);
    expect(texts(validate('proxyServer', 'proxy.contoso.com:8080'))).toEqual([
      [
        'FQDN_INVALID',
        '"proxy.contoso.com:8080" is not a usable host name: give the host name only (proxy.contoso.com), without the port ":8080"; the port goes in --proxy-port.',
        `"proxy.contoso.com:8080" n'est pas un nom d'hôte utilisable : indiquez le nom d'hôte seul (proxy.contoso.com), sans le port ":8080" ; le port va dans --proxy-port.`,
      ],
    ]);
  });

  it('proxy server "http://proxy.contoso.com:8080": the scheme and the port named', () => {
    expect(texts(validate('proxyServer', 'http://proxy.contoso.com:8080'))).toEqual([
      [
        'FQDN_INVALID',
        '"http://proxy.contoso.com:8080" is not a usable host name: give the host name only (proxy.contoso.com), without "http://" or the port ":8080"; the port goes in --proxy-port.',
        `"http://proxy.contoso.com:8080" n'est pas un nom d'hôte utilisable : indiquez le nom d'hôte seul (proxy.contoso.com), sans "http://" ni le port ":8080" ; le port va dans --proxy-port.`,
      ],
    ]);
  });
});
