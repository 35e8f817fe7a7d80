import { win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AS_GIVEN, isForeignAbsolute, isWindowsAbsolute, locate, scriptPaths } from '../../src/domain/script-paths.ts';

// Issue 10: a relative certificate path must mean the same file when the script runs, although
// the script runs from another folder and enters the site drive first.
describe('how a script names a file of the answers', () => {
  const named = scriptPaths({ cwd: '/home/admin/cmg', out: '/home/admin/cmg/cmg-setup-output' });

  it('a relative path outside the output folder: absolute, as the certificate checks resolved it', () => {
    expect(named('./certs/contosocmg.pfx', '04-gateway')).toBe('/home/admin/cmg/certs/contosocmg.pfx');
    expect(named('../shared/root.cer', '04-gateway')).toBe('/home/admin/shared/root.cer');
  });

  it('an absolute path outside the output folder: unchanged', () => {
    expect(named('/srv/pki/contosocmg.pfx', '04-gateway')).toBe('/srv/pki/contosocmg.pfx');
  });

  it('a Windows absolute path stays as given where the platform cannot resolve it (drive letter, UNC share)', () => {
    expect(named('C:\\certs\\contosocmg.pfx', '04-gateway')).toBe('C:\\certs\\contosocmg.pfx');
    expect(named('\\\\pki01\\share\\root.cer', '04-gateway')).toBe('\\\\pki01\\share\\root.cer');
  });

  it('a file inside the output folder (the lab PKI of --example): relative to the script, with backslashes', () => {
    expect(named('/home/admin/cmg/cmg-setup-output/00-lab-pki/LAB-ONLY-server.pfx', '04-gateway')).toBe('..\\00-lab-pki\\LAB-ONLY-server.pfx');
    expect(named('cmg-setup-output/00-lab-pki/LAB-ONLY-root-ca.cer', '04-gateway')).toBe('..\\00-lab-pki\\LAB-ONLY-root-ca.cer');
  });

  it('a folder that only starts like the output folder is outside it', () => {
    expect(named('/home/admin/cmg/cmg-setup-output-old/server.pfx', '04-gateway')).toBe('/home/admin/cmg/cmg-setup-output-old/server.pfx');
  });

  it('AS_GIVEN (unit tests, no folders known): the path as given', () => {
    expect(AS_GIVEN('./certs/x.pfx', '04-gateway')).toBe('./certs/x.pfx');
  });
});

describe('isWindowsAbsolute and locate (shared by the scripts and the written answers files)', () => {
  it('a drive or UNC path is Windows-absolute on any platform; a POSIX /path is not', () => {
    expect(['C:\\certs\\x.pfx', 'C:/certs/x.pfx', '\\\\server\\share\\x.cer', '/tmp/x.pfx', 'certs/x.pfx'].map(isWindowsAbsolute)).toEqual([true, true, true, false, false]);
  });

  it('inside the folder: its path from there; outside, the folder itself, or a sibling named like "..": absolute only', () => {
    expect(locate('out/00-lab-pki/x.pfx', '/work', '/work/out')).toEqual({ absolute: '/work/out/00-lab-pki/x.pfx', inside: '00-lab-pki/x.pfx' });
    expect(locate('out/..x/y.cer', '/work', '/work/out')).toEqual({ absolute: '/work/out/..x/y.cer', inside: '..x/y.cer' });
    expect(locate('certs/x.pfx', '/work', '/work/out')).toEqual({ absolute: '/work/certs/x.pfx' });
    expect(locate('out', '/work', '/work/out')).toEqual({ absolute: '/work/out' });
  });
});

// Issue 16: on Windows the same rules, with Windows paths (path.win32 here; the executable under Wine in test/windows/).
describe('how a script names a file of the answers, on Windows', () => {
  const named = scriptPaths({ cwd: 'C:\\Users\\admin\\cmg', out: 'C:\\Users\\admin\\cmg\\cmg-setup-output' }, win32);

  it('a file inside the output folder: relative to the script, as on Linux (it was kept absolute)', () => {
    expect(named('C:\\Users\\admin\\cmg\\cmg-setup-output\\00-lab-pki\\LAB-ONLY-server.pfx', '04-gateway')).toBe('..\\00-lab-pki\\LAB-ONLY-server.pfx');
    expect(named('cmg-setup-output/00-lab-pki/LAB-ONLY-root-ca.cer', '04-gateway')).toBe('..\\00-lab-pki\\LAB-ONLY-root-ca.cer');
  });

  it('a relative path outside it: absolute from the current folder, with backslashes', () => {
    expect(named('.\\certs\\root.cer', '04-gateway')).toBe('C:\\Users\\admin\\cmg\\certs\\root.cer');
    expect(named('..\\shared\\root.cer', '02-client-root')).toBe('C:\\Users\\admin\\shared\\root.cer');
  });

  it('an absolute path outside it, another drive, a UNC share: unchanged', () => {
    expect(named('C:\\Certs\\cmg.pfx', '04-gateway')).toBe('C:\\Certs\\cmg.pfx');
    expect(named('D:\\pki\\cmg.pfx', '04-gateway')).toBe('D:\\pki\\cmg.pfx');
    expect(named('\\\\server\\share\\root.cer', '02-client-root')).toBe('\\\\server\\share\\root.cer');
  });

  it('only a platform that cannot resolve a Windows path keeps it as written', () => {
    expect(['C:\\Certs\\cmg.pfx', '\\\\server\\share\\root.cer'].map((given) => [isForeignAbsolute(given), isForeignAbsolute(given, win32)])).toEqual([
      [true, false],
      [true, false],
    ]);
  });
});
