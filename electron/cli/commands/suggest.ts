import {
  cliActor,
  exitCodes,
  parseCommand,
  printUsage,
  UsageError,
  type CliCommand,
} from '../command';
import { printable } from '../printable';

const usage = `Usage: gleaner suggest --project FILE (--all | --article N...)
                       [--endpoint URL] [--model NAME] [--timeout SECONDS] [--allow-remote]

Asks a local model (any OpenAI-compatible server: Ollama, llama.cpp's server, vLLM) for the
values of the schema's fields in each article, with the exact words they are read from. Every
quote is looked up in the article's stored text (tolerating line breaks, spaces, full/half
width and traditional/simplified forms); only values found there become suggestions (origin
model:NAME, exact spans). The others are kept as "not in the text": shown, never exported.
Answers are kept in the project, so running again asks the model only about changed articles.
Values a curator decided are never suggested again; submitted and approved articles are left
alone. Articles are only sent to this machine unless --allow-remote (or the project's setting).

Options:
  --project FILE        the project file (required; never created by suggest)
  --all                 every article of the project
  --article N           this article (repeat for several)
  --endpoint URL        the server's base URL, e.g. http://127.0.0.1:11434/v1
                        (default: the project's model settings)
  --model NAME          the model, e.g. qwen2.5:7b (default: the project's)
  --timeout SECONDS     how long one article may take (default: the project's, else 60)
  --allow-remote        allow an endpoint that is not this machine, for this run
  -h, --help            show this help

Exit code 0 when every article was done, 3 when some could not be (each is named), 130 when
interrupted (the articles done keep their suggestions).`;

/** `gleaner suggest`: grounded model suggestions, the work in services/model-suggestions.ts. */
export const suggestCli: CliCommand = {
  name: 'suggest',
  summary: 'Ask a local model for values; keep only those found in the text',
  async run(args) {
    const { values } = parseCommand(args, {
      all: { type: 'boolean', default: false },
      article: { type: 'string', multiple: true },
      endpoint: { type: 'string' },
      model: { type: 'string' },
      timeout: { type: 'string' },
      'allow-remote': { type: 'boolean' },
    });
    if (values.help) return printUsage(usage);
    if (!values.project) throw new UsageError('suggest needs --project FILE');
    const articles = (values.article ?? []).map(articleId);
    if (values.all === articles.length > 0)
      throw new UsageError('suggest needs either --all or --article N (not both)');
    const { suggestCommand } = await import('../model-command');
    const report = await suggestCommand({
      project: values.project,
      given: {
        endpoint: values.endpoint,
        model: values.model,
        timeoutSeconds: timeoutOption(values.timeout),
        allowRemote: values['allow-remote'],
      },
      articleIds: values.all ? 'all' : articles,
      actor: cliActor(),
    });
    console.log(
      `Asked about ${report.articles} articles (${report.asked} requests, ${report.cached} from earlier answers): ${report.suggestions} suggestions, ${report.ungrounded} values not found in the text, ${report.heldBack} left out as already decided or present, ${report.locked} submitted or approved articles left alone.`,
    );
    for (const failure of report.failures)
      console.error(`not done (${failure.code}): ${printable(failure.message)}`);
    if (report.cancelled) return exitCodes.interrupted;
    return report.failures.length > 0 ? exitCodes.partial : exitCodes.ok;
  },
};

function articleId(raw: string): number {
  // Decimal digits only, as `package create --articles` ("0x1" was article 1, "1e3" 1000).
  const id = Number(raw);
  if (!/^[1-9][0-9]*$/u.test(raw.trim()) || !Number.isSafeInteger(id))
    throw new UsageError(`--article takes an article id (a whole number), not "${raw}"`);
  return id;
}

function timeoutOption(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const seconds = Number(raw);
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > 3600)
    throw new UsageError(`--timeout takes whole seconds from 1 to 3600, not "${raw}"`);
  return seconds;
}
