// electron-builder beforePack hook, once per target platform and arch: stages the better-sqlite3
// binary that will be packed (.tmp/pack-native/<platform>-<arch>/, the only place the `files`
// entry in electron-builder.yml takes it from), after verifying it: the Electron build for this
// target, made from the installed better-sqlite3, with Electron's ABI, the target's format and
// machine, and — for Linux — no newer glibc / libstdc++ than the oldest supported distribution.
// Nothing is built here: a missing or wrong binary stops packaging with what to run.
//
// IP_LEDGER_DIST_CHECK=1 (npm run dist:check only): packs the Node build instead, verified as
// such, to check the packaging configuration on machines without an Electron build. Such a
// package is not an app; dist:check writes it under .tmp/ and never into release/.
const fs = require('node:fs');
const path = require('node:path');
const native = require('./native-binding.cjs');

function target(context) {
  const { Arch } = require('electron-builder');
  return { platform: context.electronPlatformName, arch: Arch[context.arch] };
}

function stagingFile(platform, arch) {
  return path.join(native.ROOT, '.tmp', 'pack-native', `${platform}-${arch}`, native.BINARY_NAME);
}

/** The binary for this target, verified; throws NativeBindingError with what to do. */
function verifiedBinding({ platform, arch }, framework) {
  if (process.env.IP_LEDGER_DIST_CHECK === '1') {
    const file = native.nodeBindingPath();
    native.verifyBinary(file, { runtime: 'node', version: process.versions.node, platform, arch });
    return file;
  }
  const version = native.electronVersion();
  if (framework && framework !== version)
    throw new native.NativeBindingError(
      `electron-builder packages Electron ${framework}, package.json pins ${version}: make electronVersion in electron-builder.yml match`,
    );
  try {
    return native.checkElectronBinding({ platform, arch, version, baseline: platform === 'linux' ? native.LINUX_BASELINE : undefined }).file;
  } catch (error) {
    if (!(error instanceof native.NativeBindingError)) throw error;
    throw new native.NativeBindingError(
      `${error.message}. Packaging stopped: run "npm run rebuild:electron -- --platform ${platform} --arch ${arch}" on a ${platform}-${arch} build machine (see README, Packaging) and put the result in ${path.relative(native.ROOT, native.electronBindingPath({ platform, arch, version }))}`,
    );
  }
}

exports.default = async function beforePack(context) {
  const t = target(context);
  const file = verifiedBinding(t, context.packager.info.framework?.version);
  const staged = stagingFile(t.platform, t.arch);
  fs.rmSync(path.dirname(staged), { recursive: true, force: true });
  fs.mkdirSync(path.dirname(staged), { recursive: true });
  fs.copyFileSync(file, staged);
  console.log(
    `  • better-sqlite3 for ${t.platform}-${t.arch}: ${path.relative(native.ROOT, file)} (verified)${process.env.IP_LEDGER_DIST_CHECK === '1' ? ' — CHECK BUILD with the Node binary, not an app' : ''}`,
  );
};
exports.verifiedBinding = verifiedBinding;
exports.stagingFile = stagingFile;
