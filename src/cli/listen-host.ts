/**
 * The interface the server listens on. `HOST` always wins; without it a platform holding the demo
 * data (whose passwords are printed in the README) answers only on this machine, and any other on
 * every interface.
 */
export function listenHost({ host, hasDemoData }: { host: string | undefined; hasDemoData: boolean }) {
  return host ?? (hasDemoData ? "127.0.0.1" : "0.0.0.0");
}

/** What the console says once the server listens: where, and in demo mode how to open it up, reset and stop it. */
export function listeningMessage(facts: {
  host: string;
  port: number;
  database: string;
  hasDemoData: boolean;
  isHostSet: boolean;
  dataDir: string;
}): string[] {
  const shown = facts.host === "0.0.0.0" || facts.host === "::" ? "localhost" : facts.host;
  const lines = [`CQPI platform on http://${shown}:${facts.port} (database: ${facts.database})`];
  if (facts.hasDemoData) {
    lines.push(
      facts.isHostSet
        ? `Demo data loaded (public passwords) and listening on ${facts.host}, as HOST says.`
        : "Demo data loaded (public passwords): listening on 127.0.0.1 only; set HOST (e.g. HOST=0.0.0.0) to accept other machines.",
      `Stop with Ctrl+C. Reset the demo: stop the server, ${
        facts.database === "sqlite" ? `remove the data folder ${facts.dataDir}` : "empty the database"
      }, start again.`,
    );
  }
  return lines;
}
