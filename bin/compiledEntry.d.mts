// Types for compiledEntry.mjs (plain JavaScript: it runs before any TypeScript loader).
export interface CompiledEntryOptions {
  /** The project directory. */
  root: string;
  /** The entry file, relative to root. */
  entry: string;
  /** Where builds and their manifests live. */
  cacheDir: string;
  /** Bundle packages from node_modules too (default true); false leaves them external. */
  bundlePackages?: boolean;
}
export function importCompiledEntry(
  options: CompiledEntryOptions,
  onWarning?: (message: string) => void,
): Promise<Record<string, unknown> | undefined>;
export function freshBuild(options: CompiledEntryOptions): string | undefined;
export function buildEntry(options: CompiledEntryOptions): Promise<string>;
