/** PLACEHOLDER: the commands are being written by the engineer building them. */
import type { CliCommand } from './findings';

export const AGREEMENT_COMMANDS: Record<string, CliCommand> = {};
