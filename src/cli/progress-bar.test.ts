import { describe, expect, it } from "vitest";
import { progressBar, terminalProgress } from "./progress-bar.ts";

describe("progressBar", () => {
  it.each([
    [0, 4, 8, "[--------] 0/4"],
    [1, 4, 8, "[##------] 1/4"],
    [4, 4, 8, "[########] 4/4"],
    [3, 10, 10, "[###-------]  3/10"],
    [0, 0, 4, "[####] 0/0"],
  ])("draws %i of %i on %i characters", (done, total, width, drawn) => {
    expect(progressBar(done, total, width)).toBe(drawn);
  });
});

describe("terminalProgress", () => {
  const streamOf = (isTTY: boolean) => {
    const written: string[] = [];
    const stream = { isTTY, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream;
    return { stream, written };
  };

  it("redraws one line in place on a terminal, with the rate, and ends it", () => {
    const { stream, written } = streamOf(true);
    let now = 0;
    const progress = terminalProgress(stream, () => now);
    now = 2000;
    progress(50, 100);
    progress.end();
    expect(written).toEqual([`\r${progressBar(50, 100)}  25/s, 2 s left `, "\n"]);
  });

  it("writes a line per tenth of the work, without carriage returns, elsewhere", () => {
    const { stream, written } = streamOf(false);
    const progress = terminalProgress(stream, () => 1000);
    for (let done = 1; done <= 100; done++) progress(done, 100);
    progress.end();
    expect(written).toHaveLength(11);
    expect(written.join("")).not.toContain("\r");
    expect(written.at(-1)).toContain("100/100");
  });
});
