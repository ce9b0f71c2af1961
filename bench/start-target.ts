import { type ChildProcess, spawn } from "node:child_process";
import readline from "node:readline";

export interface StartedTarget {
  child: ChildProcess;
  port: number;
  dataDir: string;
  token: string | null;
}

/** Starts a target of targets.ts in a child process and reads the port (and token) it prints. */
export async function startTarget(target: string, ...args: string[]): Promise<StartedTarget> {
  const child = spawn("node", ["--import", "tsx", "bench/targets.ts", target, ...args], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const line = await new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).once("line", resolve);
    child.once("exit", (code) => reject(new Error(`${target} exited with ${code}`)));
  });
  return { child, ...(JSON.parse(line) as Omit<StartedTarget, "child">) };
}

export function stopTarget(child: ChildProcess) {
  child.kill();
  return new Promise((resolve) => child.once("exit", resolve));
}
