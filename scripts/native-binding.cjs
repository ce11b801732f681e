// The native module story (better-sqlite3), in one place for `npm start`, `npm run
// rebuild:electron`, the packaging hooks and the tests.
//
// Two builds live side by side and nothing is ever rebuilt back and forth:
//   - the Node build, node_modules/better-sqlite3/build/Release/better_sqlite3.node, made by
//     `npm ci` and used by the tests, the CLI and the preview host;
//   - the Electron build per target, native/electron-<version>-<platform>-<arch>/better_sqlite3.node,
//     made by `buildElectronBinding` below and handed to the app with better-sqlite3's
//     `nativeBinding` option (electron/main/sqlite-binding.ts).
// A build is trusted only after `verifyBinary` has read the file itself: its NODE_MODULE_VERSION
// (the `node_register_module_v<ABI>` symbol every non-N-API addon exports), its format (ELF / PE /
// Mach-O = platform) and machine (= arch), and for Linux shipping the newest glibc / libstdc++
// symbol versions it needs. A compiler's or downloader's success message is never enough: npm's
// environment here carries `nodedir`, which makes node-gyp compile against Node's headers and
// report success for an "Electron" build.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');
const { spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..');
const MODULE_NAME = 'better-sqlite3';
const BINARY_NAME = 'better_sqlite3.node';

/**
 * The oldest Linux the shipped app supports: Debian 10 / UOS 20 / 麒麟 V10 generation (glibc 2.28,
 * libstdc++ of GCC 8). Electron itself runs there; a native module compiled on a newer distro
 * would not load ("GLIBC_2.34 not found"), so packaging refuses it.
 */
const LINUX_BASELINE = { glibc: '2.28', glibcxx: '3.4.25', label: 'Debian 10 / UOS 20 / 麒麟 V10 (glibc 2.28, GLIBCXX 3.4.25)' };

class NativeBindingError extends Error {
  constructor(message) {
    super(message);
    this.name = 'NativeBindingError';
  }
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** The Electron version the app targets: the exact pin in package.json (one source of truth). */
function electronVersion(root = ROOT) {
  const pin = readJson(path.join(root, 'package.json')).devDependencies?.electron;
  if (!/^\d+\.\d+\.\d+$/.test(pin ?? '')) throw new NativeBindingError(`package.json must pin electron to an exact version (found ${pin})`);
  return pin;
}

function moduleVersion(root = ROOT) {
  return readJson(path.join(root, 'node_modules', MODULE_NAME, 'package.json')).version;
}

/** NODE_MODULE_VERSION of a runtime: node-abi's table (the one prebuild-install and @electron/rebuild use). */
function expectedAbi(runtime, version) {
  const { getAbi } = require('node-abi');
  return Number(getAbi(version, runtime));
}

function nativeRoot(env = process.env) {
  return path.resolve(env.IP_LEDGER_NATIVE_DIR || path.join(ROOT, 'native'));
}

function electronBindingPath({ platform = process.platform, arch = process.arch, version = electronVersion(), dir = nativeRoot() } = {}) {
  return path.join(dir, `electron-${version}-${platform}-${arch}`, BINARY_NAME);
}

function nodeBindingPath(root = ROOT) {
  return path.join(root, 'node_modules', MODULE_NAME, 'build', 'Release', BINARY_NAME);
}

const ELF_MACHINES = { 0x03: 'ia32', 0x28: 'arm', 0x3e: 'x64', 0xb7: 'arm64', 0xf3: 'riscv64', 0x102: 'loong64' };
const PE_MACHINES = { 0x014c: 'ia32', 0x8664: 'x64', 0xaa64: 'arm64' };
const MACHO_CPUS = { 0x01000007: 'x64', 0x0100000c: 'arm64' };

function compareVersions(a, b) {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function newestVersion(text, prefix) {
  let best = null;
  for (const m of text.matchAll(new RegExp(`${prefix}_(\\d+(?:\\.\\d+)+)`, 'g'))) {
    if (best === null || compareVersions(m[1], best) > 0) best = m[1];
  }
  return best;
}

/**
 * What a native addon file is, read from its own bytes (no loading, so a Windows or arm64 file
 * can be checked on an x64 Linux machine). read-binary-file-arch would cover the arch, but it
 * picks its method by the host OS (PE only on Windows, the `file` command elsewhere).
 */
function inspectBinary(file) {
  if (!fs.existsSync(file)) throw new NativeBindingError(`${file} does not exist`);
  const bytes = fs.readFileSync(file);
  let format = 'unknown';
  let arch = 'unknown';
  if (bytes.length > 20 && bytes.readUInt32BE(0) === 0x7f454c46) {
    format = 'elf';
    const littleEndian = bytes[5] === 1;
    const machine = littleEndian ? bytes.readUInt16LE(18) : bytes.readUInt16BE(18);
    arch = ELF_MACHINES[machine] ?? `elf-machine-0x${machine.toString(16)}`;
  } else if (bytes.length > 0x40 && bytes.toString('latin1', 0, 2) === 'MZ') {
    const pe = bytes.readUInt32LE(0x3c);
    if (pe + 6 <= bytes.length && bytes.toString('latin1', pe, pe + 4) === 'PE\0\0') {
      format = 'pe';
      const machine = bytes.readUInt16LE(pe + 4);
      arch = PE_MACHINES[machine] ?? `pe-machine-0x${machine.toString(16)}`;
    }
  } else if (bytes.length > 8 && bytes.readUInt32LE(0) === 0xfeedfacf) {
    format = 'macho';
    const cpu = bytes.readUInt32LE(4);
    arch = MACHO_CPUS[cpu] ?? `macho-cpu-0x${cpu.toString(16)}`;
  } else if (bytes.length > 8 && bytes.readUInt32BE(0) === 0xcafebabe) {
    format = 'macho';
    arch = 'universal';
  }
  const text = bytes.toString('latin1');
  const abiMatch = /node_register_module_v(\d+)/.exec(text);
  const napi = /napi_register_module_v1/.test(text);
  return {
    file,
    size: bytes.length,
    format,
    platform: { elf: 'linux', pe: 'win32', macho: 'darwin' }[format] ?? 'unknown',
    arch,
    abi: abiMatch ? Number(abiMatch[1]) : napi ? 'napi' : null,
    glibc: format === 'elf' ? newestVersion(text, 'GLIBC') : null,
    glibcxx: format === 'elf' ? newestVersion(text, 'GLIBCXX') : null,
  };
}

function describeAbi(abi) {
  if (abi === null) return 'no Node ABI marker';
  if (abi === 'napi') return 'N-API';
  const nodeAbi = Number(process.versions.modules);
  return abi === nodeAbi ? `ABI ${abi} = this Node ${process.version}` : `ABI ${abi}`;
}

/**
 * Throws a NativeBindingError naming every mismatch. `expect`: { runtime: 'electron'|'node',
 * version, platform, arch, baseline?: { glibc, glibcxx, label } }.
 */
function verifyBinary(file, expect) {
  const info = inspectBinary(file);
  const wantAbi = expectedAbi(expect.runtime, expect.version);
  const label = `${expect.runtime === 'electron' ? 'Electron' : 'Node'} ${expect.version} ${expect.platform}-${expect.arch}`;
  const problems = [];
  if (info.abi !== wantAbi) problems.push(`it is ${describeAbi(info.abi)}, ${label} needs ABI ${wantAbi}`);
  if (info.platform !== expect.platform)
    problems.push(
      `it is a ${info.format} file (${info.platform}), ${expect.platform} needs ${{ linux: 'ELF', win32: 'PE', darwin: 'Mach-O' }[expect.platform] ?? expect.platform}`,
    );
  if (info.arch !== expect.arch) problems.push(`it is built for ${info.arch}, not ${expect.arch}`);
  const baseline = expect.baseline;
  if (baseline && info.format === 'elf') {
    if (info.glibc && compareVersions(info.glibc, baseline.glibc) > 0) problems.push(`it needs glibc ${info.glibc}, newer than ${baseline.label}`);
    if (info.glibcxx && compareVersions(info.glibcxx, baseline.glibcxx) > 0)
      problems.push(`it needs libstdc++ GLIBCXX_${info.glibcxx}, newer than ${baseline.label}`);
  }
  if (problems.length > 0) {
    throw new NativeBindingError(`wrong better-sqlite3 binary for ${label}: ${file}: ${problems.join('; ')}`);
  }
  return info;
}

/** The environment for node-gyp / prebuild-install: npm's inherited `nodedir` (and friends) removed. */
function cleanBuildEnv(env = process.env) {
  const clean = {};
  for (const [key, value] of Object.entries(env)) {
    const k = key.toLowerCase();
    if (
      k === 'npm_config_nodedir' ||
      k === 'nodedir' ||
      k === 'npm_config_target' ||
      k === 'npm_config_runtime' ||
      k === 'npm_config_arch' ||
      k === 'npm_config_platform' ||
      k === 'npm_config_disturl' ||
      k === 'npm_config_dist_url'
    )
      continue;
    clean[key] = value;
  }
  return clean;
}

/** node-gyp's arguments for an Electron build; the target is always explicit. */
function nodeGypArgs({ version, arch }) {
  return [
    'rebuild',
    '--release',
    `--target=${version}`,
    `--arch=${arch}`,
    '--runtime=electron',
    '--dist-url=https://electronjs.org/headers',
    '--build-from-source',
  ];
}

function prebuildInstallArgs({ version, platform, arch }) {
  return ['--runtime=electron', `--target=${version}`, `--platform=${platform}`, `--arch=${arch}`, '--tag-prefix=v', '--verbose'];
}

/** A copy of the installed better-sqlite3 sources to build in, so node_modules' Node build is never touched. */
function stageSources(workDir, root = ROOT) {
  const src = path.join(root, 'node_modules', MODULE_NAME);
  const dest = path.join(workDir, MODULE_NAME);
  fs.rmSync(workDir, { recursive: true, force: true });
  fs.mkdirSync(workDir, { recursive: true });
  const buildDir = path.join(src, 'build');
  fs.cpSync(src, dest, { recursive: true, filter: (p) => p !== buildDir && !p.startsWith(buildDir + path.sep) });
  return dest;
}

function run(command, args, options) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  return { ok: result.status === 0, output, error: result.error };
}

function lastLine(text) {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('gyp info') && !l.startsWith('prebuild-install info'));
  return (lines.at(-1) ?? '').slice(0, 300);
}

function defaultDownload({ dir, version, platform, arch, env }) {
  const bin = require.resolve('prebuild-install/bin.js', { paths: [ROOT] });
  const r = run(process.execPath, [bin, ...prebuildInstallArgs({ version, platform, arch })], { cwd: dir, env });
  return { ok: r.ok, why: lastLine(r.output) };
}

/** One line saying why node-gyp failed: headers not downloadable, the first compiler error, or its own error. */
function gypFailure(output, version) {
  if (/gyp WARN install got an error|gyp http GET/.test(output) && /install\.js|network/.test(output))
    return `Electron ${version}'s headers could not be downloaded`;
  const compilerError = /^.*\berror:.*$/m.exec(output);
  if (compilerError) return compilerError[0].trim().slice(0, 300);
  const stack = /gyp ERR! stack (\w*Error:.*)$/m.exec(output);
  return stack ? stack[1].trim().slice(0, 300) : lastLine(output);
}

/** Electron 43's V8 headers need GCC 13 or newer (better-sqlite3 builds them on Debian 13 for that reason). */
function compilerHint() {
  if (process.platform !== 'linux') return '';
  const r = run(process.env.CXX || 'c++', ['-dumpversion'], {});
  const major = Number.parseInt(r.output, 10);
  if (!r.ok) return '; no C++ compiler found (install build-essential / g++ ≥ 13 and python3)';
  return major < 13 ? `; this machine's C++ compiler is GCC ${major}, Electron 43's headers need GCC ≥ 13` : '';
}

function defaultCompile({ dir, version, arch, env }) {
  const bin = require.resolve('node-gyp/bin/node-gyp.js', { paths: [ROOT] });
  const r = run(process.execPath, [bin, ...nodeGypArgs({ version, arch })], { cwd: dir, env });
  return { ok: r.ok, why: r.ok ? '' : `${gypFailure(r.output, version)}${compilerHint()}` };
}

/**
 * Produces native/electron-<version>-<platform>-<arch>/better_sqlite3.node: a published prebuilt
 * binary if better-sqlite3 has one for this Electron (prebuild-install), else a compile with
 * node-gyp against Electron's headers (same platform only; another arch needs CC/CXX set to a
 * cross compiler). Whatever produced it, the result is verified before it is put in place.
 */
function buildElectronBinding({
  version = electronVersion(),
  platform = process.platform,
  arch = process.arch,
  dir = nativeRoot(),
  env = process.env,
  log = () => {},
  download = defaultDownload,
  compile = defaultCompile,
} = {}) {
  const target = electronBindingPath({ platform, arch, version, dir });
  const workDir = path.join(ROOT, '.tmp', 'native-build', `electron-${version}-${platform}-${arch}`);
  const sources = stageSources(workDir);
  const buildEnv = cleanBuildEnv(env);
  const built = path.join(sources, 'build', 'Release', BINARY_NAME);
  const attempts = [];

  log(
    `better-sqlite3 ${moduleVersion()} for Electron ${version} (${platform}-${arch}, ABI ${expectedAbi('electron', version)}): looking for a prebuilt binary…`,
  );
  const fetched = download({ dir: sources, version, platform, arch, env: buildEnv });
  if (!fetched.ok || !fs.existsSync(built)) attempts.push(`no prebuilt binary (${fetched.why || 'download failed'})`);

  if (!fs.existsSync(built)) {
    if (platform !== process.platform) {
      throw new NativeBindingError(
        `cannot build better-sqlite3 for ${platform} on ${process.platform}: ${attempts.join('; ')}. Build it on a ${platform} machine with "npm run rebuild:electron -- --platform ${platform} --arch ${arch}" and copy ${path.relative(ROOT, target)} here.`,
      );
    }
    log('compiling with node-gyp against Electron’s headers (npm’s nodedir ignored)…');
    const compiled = compile({ dir: sources, version, arch, env: buildEnv });
    if (!compiled.ok || !fs.existsSync(built)) {
      attempts.push(`compile failed (${compiled.why || 'node-gyp failed'})`);
      throw new NativeBindingError(`could not build better-sqlite3 for Electron ${version} ${platform}-${arch}: ${attempts.join('; ')}`);
    }
  }

  // The check that a success message cannot replace.
  const info = verifyBinary(built, { runtime: 'electron', version, platform, arch });
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temp = `${target}.${process.pid}.tmp`;
  fs.copyFileSync(built, temp);
  fs.renameSync(temp, target);
  const record = {
    module: MODULE_NAME,
    moduleVersion: moduleVersion(),
    electron: version,
    abi: info.abi,
    platform,
    arch,
    glibc: info.glibc,
    glibcxx: info.glibcxx,
    builtOn: `${os.type()} ${os.release()}`,
  };
  fs.writeFileSync(path.join(path.dirname(target), 'build.json'), `${JSON.stringify(record, null, 2)}\n`);
  fs.rmSync(workDir, { recursive: true, force: true });
  return { file: target, info };
}

/**
 * Checks the Electron build in place: verified bytes, and made from the installed better-sqlite3
 * (a newer module's JavaScript with an older binary is refused as well).
 */
function checkElectronBinding({ version = electronVersion(), platform = process.platform, arch = process.arch, dir = nativeRoot(), baseline } = {}) {
  const file = electronBindingPath({ platform, arch, version, dir });
  if (!fs.existsSync(file))
    throw new NativeBindingError(`better-sqlite3 for Electron ${version} ${platform}-${arch} is not built yet (${path.relative(ROOT, file)})`);
  const info = verifyBinary(file, { runtime: 'electron', version, platform, arch, baseline });
  const recordFile = path.join(path.dirname(file), 'build.json');
  const record = fs.existsSync(recordFile) ? readJson(recordFile) : null;
  if (!record || record.moduleVersion !== moduleVersion()) {
    throw new NativeBindingError(
      `${path.relative(ROOT, file)} was built from better-sqlite3 ${record?.moduleVersion ?? '(unknown)'}, installed is ${moduleVersion()}`,
    );
  }
  return { file, info };
}

module.exports = {
  ROOT,
  BINARY_NAME,
  LINUX_BASELINE,
  NativeBindingError,
  electronVersion,
  moduleVersion,
  expectedAbi,
  nativeRoot,
  electronBindingPath,
  nodeBindingPath,
  inspectBinary,
  verifyBinary,
  cleanBuildEnv,
  nodeGypArgs,
  prebuildInstallArgs,
  buildElectronBinding,
  checkElectronBinding,
  compareVersions,
};
