// electron-builder afterPack hook: checks what was actually packed — app.asar holds no
// node_modules and no source maps, exactly one file sits unpacked (better_sqlite3.node), and that
// file passes the same verification as before packing.
const fs = require('node:fs');
const path = require('node:path');
const native = require('./native-binding.cjs');

function resourcesDir(context) {
  if (context.electronPlatformName === 'darwin')
    return path.join(context.appOutDir, `${context.packager.appInfo.productFilename}.app`, 'Contents', 'Resources');
  return path.join(context.appOutDir, 'resources');
}

function listFiles(dir, base = dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name)).split(path.sep).join('/')]));
}

function checkPackedApp(resources, { platform, arch }) {
  const asar = require('@electron/asar');
  const archive = path.join(resources, 'app.asar');
  const entries = asar.listPackage(archive, { isPack: false }).map((e) => e.split(path.sep).join('/'));
  const bad = entries.filter((e) => /(^|\/)node_modules(\/|$)|\.map$/.test(e));
  if (bad.length > 0)
    throw new native.NativeBindingError(
      `app.asar must hold the built app only; found ${bad.slice(0, 5).join(', ')}${bad.length > 5 ? ` and ${bad.length - 5} more` : ''}`,
    );
  const unpacked = listFiles(path.join(resources, 'app.asar.unpacked'));
  if (unpacked.length !== 1 || unpacked[0] !== `native/${native.BINARY_NAME}`) {
    throw new native.NativeBindingError(`exactly native/${native.BINARY_NAME} must be unpacked beside app.asar, found: ${unpacked.join(', ') || 'nothing'}`);
  }
  const file = path.join(resources, 'app.asar.unpacked', 'native', native.BINARY_NAME);
  if (process.env.IP_LEDGER_DIST_CHECK === '1') native.verifyBinary(file, { runtime: 'node', version: process.versions.node, platform, arch });
  else
    native.verifyBinary(file, {
      runtime: 'electron',
      version: native.electronVersion(),
      platform,
      arch,
      baseline: platform === 'linux' ? native.LINUX_BASELINE : undefined,
    });
  return { archive, entries, file };
}

exports.default = async function afterPack(context) {
  const { Arch } = require('electron-builder');
  checkPackedApp(resourcesDir(context), { platform: context.electronPlatformName, arch: Arch[context.arch] });
};
exports.checkPackedApp = checkPackedApp;
