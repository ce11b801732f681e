/**
 * The native module checks (scripts/native-binding.cjs): a binary is judged by its own bytes, and
 * a build that "succeeds" with the wrong result — as node-gyp does here when npm's inherited
 * `nodedir` points it at Node's headers — is refused and never put in place.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import * as native from '../../scripts/native-binding.cjs';

const root = path.resolve(__dirname, '../..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ip-ledger-native-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const version = native.electronVersion();
const electronAbi = native.expectedAbi('electron', version);
const nodeBuild = native.nodeBindingPath();

/** A minimal PE file: DOS header, PE signature, machine, and the ABI marker an addon exports. */
function fakePe(machine: number, abi: number): string {
  const bytes = Buffer.alloc(0x200);
  bytes.write('MZ', 0, 'latin1');
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write('PE\0\0', 0x80, 'latin1');
  bytes.writeUInt16LE(machine, 0x84);
  bytes.write(`node_register_module_v${abi}`, 0x100, 'latin1');
  const file = path.join(work, `fake-${machine.toString(16)}-${abi}.node`);
  fs.writeFileSync(file, bytes);
  return file;
}

describe('what a .node file is, read from its bytes', () => {
  it('knows the Node build npm ci made: ELF, this machine, Node’s ABI', () => {
    const info = native.inspectBinary(nodeBuild);
    expect(info).toMatchObject({ format: 'elf', platform: 'linux', arch: process.arch, abi: Number(process.versions.modules) });
    expect(info.glibc).toMatch(/^2\.\d+$/);
  });

  it('reads Windows files on Linux (PE machine and ABI)', () => {
    expect(native.inspectBinary(fakePe(0x8664, electronAbi))).toMatchObject({ format: 'pe', platform: 'win32', arch: 'x64', abi: electronAbi });
    expect(native.inspectBinary(fakePe(0xaa64, 115))).toMatchObject({ platform: 'win32', arch: 'arm64', abi: 115 });
  });

  it('refuses the Node build as the Electron build, naming both ABIs', () => {
    expect(() => native.verifyBinary(nodeBuild, { runtime: 'electron', version, platform: 'linux', arch: process.arch })).toThrow(
      new RegExp(`ABI ${process.versions.modules} = this Node.*needs ABI ${electronAbi}`),
    );
  });

  it('refuses a Linux file for Windows, a wrong machine, and a Linux file newer than the oldest supported distribution', () => {
    expect(() => native.verifyBinary(nodeBuild, { runtime: 'node', version: process.versions.node, platform: 'win32', arch: process.arch })).toThrow(
      /elf file \(linux\), win32 needs PE/,
    );
    expect(() => native.verifyBinary(fakePe(0x8664, electronAbi), { runtime: 'electron', version, platform: 'win32', arch: 'arm64' })).toThrow(
      /built for x64, not arm64/,
    );
    expect(native.verifyBinary(fakePe(0x8664, electronAbi), { runtime: 'electron', version, platform: 'win32', arch: 'x64' })).toMatchObject({
      abi: electronAbi,
    });
    const baseline = { glibc: '2.17', glibcxx: '3.4.19', label: 'an old distribution' };
    expect(() => native.verifyBinary(nodeBuild, { runtime: 'node', version: process.versions.node, platform: 'linux', arch: process.arch, baseline })).toThrow(
      /needs glibc 2\.\d+, newer than an old distribution/,
    );
  });
});

describe('building the Electron binary', () => {
  it('drops npm’s inherited nodedir and passes target, arch, runtime and headers explicitly', () => {
    const env = native.cleanBuildEnv({
      PATH: '/usr/bin',
      npm_config_nodedir: '/usr',
      NPM_CONFIG_NODEDIR: '/usr',
      npm_config_target: '20.0.0',
      npm_config_runtime: 'node',
      HOME: '/root',
    });
    expect(env).toEqual({ PATH: '/usr/bin', HOME: '/root' });
    expect(native.nodeGypArgs({ version, arch: 'arm64' })).toEqual(
      expect.arrayContaining([`--target=${version}`, '--arch=arm64', '--runtime=electron', '--dist-url=https://electronjs.org/headers']),
    );
    expect(native.prebuildInstallArgs({ version, platform: 'win32', arch: 'x64' })).toEqual(
      expect.arrayContaining(['--runtime=electron', `--target=${version}`, '--platform=win32', '--arch=x64']),
    );
  });

  it('refuses a compile that reports success with a Node-ABI file (the nodedir trap) and puts nothing in place', () => {
    const dir = path.join(work, 'trap');
    let compileEnv: Record<string, string | undefined> = {};
    const build = () =>
      native.buildElectronBinding({
        version,
        platform: process.platform,
        arch: process.arch,
        dir,
        env: { ...process.env, npm_config_nodedir: '/usr' },
        download: () => ({ ok: false, why: 'offline' }),
        compile: ({ dir: sources, env }) => {
          compileEnv = env;
          fs.mkdirSync(path.join(sources, 'build', 'Release'), { recursive: true });
          fs.copyFileSync(nodeBuild, path.join(sources, 'build', 'Release', native.BINARY_NAME));
          return { ok: true, why: '' };
        },
      });
    expect(build).toThrow(new RegExp(`wrong better-sqlite3 binary for Electron ${version}.*needs ABI ${electronAbi}`));
    expect(compileEnv.npm_config_nodedir).toBeUndefined();
    expect(fs.existsSync(native.electronBindingPath({ version, platform: process.platform, arch: process.arch, dir }))).toBe(false);
  });

  it('says where to build a Windows binary when none can be downloaded', () => {
    expect(() =>
      native.buildElectronBinding({
        version,
        platform: 'win32',
        arch: 'x64',
        dir: path.join(work, 'win'),
        download: () => ({ ok: false, why: 'getaddrinfo ENOTFOUND github.com' }),
        compile: () => ({ ok: false, why: 'unused' }),
      }),
    ).toThrow(/cannot build better-sqlite3 for win32 on linux.*Build it on a win32 machine/);
  });

  it('accepts a verified download, records what it was made from, and the check then passes', () => {
    const dir = path.join(work, 'ok');
    const { file } = native.buildElectronBinding({
      version,
      platform: 'win32',
      arch: 'x64',
      dir,
      download: ({ dir: sources }) => {
        fs.mkdirSync(path.join(sources, 'build', 'Release'), { recursive: true });
        fs.copyFileSync(fakePe(0x8664, electronAbi), path.join(sources, 'build', 'Release', native.BINARY_NAME));
        return { ok: true, why: '' };
      },
    });
    expect(file).toBe(native.electronBindingPath({ version, platform: 'win32', arch: 'x64', dir }));
    expect(JSON.parse(fs.readFileSync(path.join(path.dirname(file), 'build.json'), 'utf8'))).toMatchObject({
      electron: version,
      abi: electronAbi,
      moduleVersion: native.moduleVersion(),
    });
    expect(native.checkElectronBinding({ version, platform: 'win32', arch: 'x64', dir }).info.arch).toBe('x64');
  });
});

describe('one Electron version everywhere', () => {
  it('package.json, electron-builder.yml and the installed package agree', () => {
    expect(/^electronVersion: (\S+)$/m.exec(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'))?.[1]).toBe(version);
    expect(JSON.parse(fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version).toBe(version);
    expect(fs.readFileSync(path.join(root, 'node_modules/electron/abi_version'), 'utf8').trim()).toBe(String(electronAbi));
  });
});
