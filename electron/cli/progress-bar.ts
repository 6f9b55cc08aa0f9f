/**
 * A one-line progress bar on a terminal; silent when output is piped, so scripts and logs get
 * only the final summary.
 */
export function createProgressBar(stream: NodeJS.WriteStream = process.stderr): {
  update(done: number, total: number, label: string | null): void;
  finish(): void;
} {
  const enabled = stream.isTTY === true;
  let lastDraw = 0;
  return {
    update(done, total, label) {
      if (!enabled) return;
      const now = Date.now();
      if (now - lastDraw < 80 && done !== total) return;
      lastDraw = now;
      const width = 28;
      const ratio = total > 0 ? done / total : 0;
      const filled = Math.round(ratio * width);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
      const text = `${bar} ${done}/${total} ${label ?? ''}`;
      const columns = stream.columns ?? 80;
      stream.write(`\r${text.slice(0, columns - 1).padEnd(columns - 1)}`);
    },
    finish() {
      if (enabled) stream.write('\n');
    },
  };
}
