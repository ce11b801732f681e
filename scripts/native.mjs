// `npm run rebuild:electron [-- --platform P --arch A]`: builds better-sqlite3 for the pinned
// Electron into native/electron-<version>-<platform>-<arch>/ and verifies it.
// `node scripts/native.mjs check [--platform P --arch A] [--ship]`: verifies what is there
// (--ship adds the oldest-Linux check packaging applies). `inspect FILE`: what a .node file is.
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);
const native = require('./native-binding.cjs');

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { platform: { type: 'string' }, arch: { type: 'string' }, ship: { type: 'boolean' } },
});
const [command = 'build', file] = positionals;
const target = { platform: values.platform ?? process.platform, arch: values.arch ?? process.arch };

try {
  if (command === 'build') {
    const { file: out, info } = native.buildElectronBinding({ ...target, log: (line) => console.log(line) });
    console.log(`ok: ${out} (ABI ${info.abi}, ${info.format} ${info.arch}${info.glibc ? `, glibc ${info.glibc}, GLIBCXX ${info.glibcxx}` : ''})`);
  } else if (command === 'check') {
    const baseline = values.ship && target.platform === 'linux' ? native.LINUX_BASELINE : undefined;
    const { file: out, info } = native.checkElectronBinding({ ...target, baseline });
    console.log(`ok: ${out} (ABI ${info.abi}, ${info.format} ${info.arch})`);
  } else if (command === 'inspect' && file) {
    console.log(JSON.stringify(native.inspectBinary(file), null, 2));
  } else {
    console.error('usage: native.mjs build|check [--platform P] [--arch A] [--ship] | inspect FILE');
    process.exit(2);
  }
} catch (error) {
  console.error(error instanceof native.NativeBindingError ? error.message : String(error?.stack ?? error));
  process.exit(1);
}
