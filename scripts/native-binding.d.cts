// Types of scripts/native-binding.cjs for the tests (the script itself is plain CommonJS so that
// electron-builder's hooks and `npm start` can load it without a build step).
export interface BinaryInfo {
  file: string;
  size: number;
  format: 'elf' | 'pe' | 'macho' | 'unknown';
  platform: string;
  arch: string;
  abi: number | 'napi' | null;
  glibc: string | null;
  glibcxx: string | null;
}
export interface Baseline {
  glibc: string;
  glibcxx: string;
  label: string;
}
export interface Expectation {
  runtime: 'electron' | 'node';
  version: string;
  platform: string;
  arch: string;
  baseline?: Baseline | undefined;
}
export interface StepResult {
  ok: boolean;
  why: string;
}
export interface StepInput {
  dir: string;
  version: string;
  platform: string;
  arch: string;
  env: Record<string, string | undefined>;
}
export interface Target {
  version?: string;
  platform?: string;
  arch?: string;
  dir?: string;
}
export const ROOT: string;
export const BINARY_NAME: string;
export const LINUX_BASELINE: Baseline;
export class NativeBindingError extends Error {}
export function electronVersion(root?: string): string;
export function moduleVersion(root?: string): string;
export function expectedAbi(runtime: 'electron' | 'node', version: string): number;
export function nativeRoot(env?: Record<string, string | undefined>): string;
export function electronBindingPath(target?: Target): string;
export function nodeBindingPath(root?: string): string;
export function inspectBinary(file: string): BinaryInfo;
export function verifyBinary(file: string, expect: Expectation): BinaryInfo;
export function cleanBuildEnv(env?: Record<string, string | undefined>): Record<string, string | undefined>;
export function nodeGypArgs(target: { version: string; arch: string }): string[];
export function prebuildInstallArgs(target: { version: string; platform: string; arch: string }): string[];
export function buildElectronBinding(
  options?: Target & {
    env?: Record<string, string | undefined>;
    log?: (line: string) => void;
    download?: (input: StepInput) => StepResult;
    compile?: (input: StepInput) => StepResult;
  },
): { file: string; info: BinaryInfo };
export function checkElectronBinding(options?: Target & { baseline?: Baseline | undefined }): { file: string; info: BinaryInfo };
export function compareVersions(a: string, b: string): number;
