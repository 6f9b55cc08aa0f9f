import type { CliCommand } from '../command';

/** `gleaner package create|merge|agreement`: work packages for offline teams (package-command.ts). */
export const packageCli: CliCommand = {
  name: 'package',
  summary: 'Work packages for offline teams: create one from a selection, merge one back',
  async run(args) {
    const { packageCommand } = await import('../package-command');
    return packageCommand(args);
  },
};
