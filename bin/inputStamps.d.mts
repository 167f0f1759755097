// Types for inputStamps.mjs (plain JavaScript: bin/ runs before any TypeScript loader).
export type InputStamps = Record<string, [mtimeMs: number, size: number]>;
export function stampInputs(root: string, files: readonly string[]): InputStamps;
export function inputsUnchanged(root: string, stamps: unknown): boolean;
