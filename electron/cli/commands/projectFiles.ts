/** PLACEHOLDER: the commands are being written by the engineer building them. */
import type { CliCommand } from './findings';

export const PROJECT_FILE_COMMANDS: Record<string, CliCommand> = {};
