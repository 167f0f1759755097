// `vacancy-bot list | close | history` (placeholder: issue #6).
import type { Command } from "commander";

export function registerStoreCommands(_program: Command): void {}
