import { describe, expect, it } from "vitest";
import { listenHost, listeningMessage } from "./listen-host.ts";

describe("the interface the server listens on", () => {
  it.each([
    { host: undefined, hasDemoData: true, expected: "127.0.0.1" },
    { host: undefined, hasDemoData: false, expected: "0.0.0.0" },
    { host: "0.0.0.0", hasDemoData: true, expected: "0.0.0.0" },
    { host: "10.0.0.7", hasDemoData: false, expected: "10.0.0.7" },
  ])("HOST=$host with demo data $hasDemoData → $expected", ({ host, hasDemoData, expected }) => {
    expect(listenHost({ host, hasDemoData })).toBe(expected);
  });

  it("says in demo mode that it listens on loopback only, how to reset the demo and how to stop", () => {
    const lines = listeningMessage({
      host: "127.0.0.1",
      port: 3000,
      database: "sqlite",
      hasDemoData: true,
      isHostSet: false,
      dataDir: "/srv/cqpi/data",
    });
    expect(lines[0]).toBe("CQPI platform on http://127.0.0.1:3000 (database: sqlite)");
    expect(lines.join("\n")).toContain("listening on 127.0.0.1 only; set HOST");
    expect(lines.join("\n")).toContain("remove the data folder /srv/cqpi/data");
    expect(lines.join("\n")).toContain("Stop with Ctrl+C");
  });

  it("says nothing of the demo without demo data", () => {
    const lines = listeningMessage({
      host: "0.0.0.0",
      port: 8080,
      database: "postgres",
      hasDemoData: false,
      isHostSet: false,
      dataDir: "/data",
    });
    expect(lines).toEqual(["CQPI platform on http://localhost:8080 (database: postgres)"]);
  });
});
