/**
 * better-sqlite3 as the built app loads it. scripts/build-electron.mjs resolves every
 * `import Database from 'better-sqlite3'` inside the bundles to this module, which opens each
 * connection with the native binary its host chose — the Electron build in the app and the
 * desktop CLI, the Node build in the preview host — through better-sqlite3's `nativeBinding`
 * option. The bundles therefore need no node_modules at all, and a connection can never fall
 * back to whatever binary happens to sit in node_modules (the Node build, under Electron).
 * Under tsx and vitest (sources, not bundles) the store imports better-sqlite3 directly.
 */
import Database from 'better-sqlite3';

let binding: string | null = null;

/** Which better_sqlite3.node every later connection loads (an absolute path). */
export function useNativeBinding(file: string): void {
  binding = file;
}

function open(target: typeof Database, args: unknown[]): Database.Database {
  if (binding === null) throw new Error('better-sqlite3: no native binary chosen (the host must call useNativeBinding first)');
  const [filename, options] = args as [string | undefined, Database.Options | undefined];
  return new target(filename, { ...options, nativeBinding: binding });
}

const DatabaseWithBinding = new Proxy(Database, {
  construct: (target, args) => open(target, args),
  apply: (target, _this, args) => open(target, args),
});

export default DatabaseWithBinding;
