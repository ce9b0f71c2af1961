/** A one-line progress bar for a terminal: `[#####-----]  5/10`, redrawn in place with `\r`. */
export function progressBar(done: number, total: number, width = 30): string {
  const filled = total === 0 ? width : Math.round((done / total) * width);
  const count = `${String(done).padStart(String(total).length)}/${total}`;
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${count}`;
}

/**
 * Progress written to a stream: redrawn in place with the rate and the time left on a terminal, one line
 * per tenth of the work otherwise (a log file gets no carriage returns).
 */
export function terminalProgress(stream: NodeJS.WriteStream, now: () => number = Date.now) {
  const started = now();
  let lastTenth = -1;
  const update = (done: number, total: number) => {
    const seconds = Math.max((now() - started) / 1000, 0.001);
    const rate = Math.round(done / seconds);
    const left = rate > 0 ? Math.round((total - done) / rate) : 0;
    if (stream.isTTY) {
      stream.write(`\r${progressBar(done, total)}  ${rate}/s, ${left} s left `);
      return;
    }
    const tenth = Math.floor((done / total) * 10);
    if (tenth === lastTenth) return;
    lastTenth = tenth;
    stream.write(`${progressBar(done, total)}  ${rate}/s\n`);
  };
  return Object.assign(update, { end: () => (stream.isTTY ? stream.write("\n") : undefined) });
}
