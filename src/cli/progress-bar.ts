/** A one-line progress bar for a terminal: `[#####-----]  5/10`, redrawn in place with `\r`. */
export function progressBar(done: number, total: number, width = 30): string {
  const filled = total === 0 ? width : Math.round((done / total) * width);
  const count = `${String(done).padStart(String(total).length)}/${total}`;
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${count}`;
}
