// electron-builder beforePack hook: rebuild better-sqlite3 for the Electron version and the
// arch being packaged (Actual Budget does the same). Run `npm run rebuild:node` afterwards to
// get the Node build back for tests (`npm run dist` does it).
const { rebuild } = require('@electron/rebuild');
const { Arch } = require('electron-builder');

exports.default = async function beforePack(context) {
  const electronVersion = context.packager.info.framework.version;
  const arch = Arch[context.arch];
  console.log(`rebuilding better-sqlite3 for Electron ${electronVersion} (${arch})`);
  await rebuild({ buildPath: context.packager.info.appDir, electronVersion, arch, onlyModules: ['better-sqlite3'], force: true });
};
