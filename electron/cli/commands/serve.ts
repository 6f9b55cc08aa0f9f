import { exitCodes, parseCommand, printUsage, UsageError, type CliCommand } from '../command';

const usage = `Usage: gleaner serve [--project FILE] [--port N]

Options:
  --project FILE   the project file (default: the last project, or a new default one)
  --port N         the port (default 5178; 0 picks a free one)
  -h, --help       show this help`;

/** `gleaner serve`: browser mode (serve-command.ts, loaded only when run). */
export const serveCli: CliCommand = {
  name: 'serve',
  summary: 'Browser mode: serve the app on 127.0.0.1 for a project file',
  async run(args) {
    const { values } = parseCommand(args, {
      port: { type: 'string', default: '5178' },
    });
    if (values.help) return printUsage(usage);
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw new UsageError(`--port must be a number from 0 to 65535, not "${values.port}"`);
    }
    const { serveCommand } = await import('../serve-command');
    await serveCommand({ project: values.project, port });
    return exitCodes.ok;
  },
};
