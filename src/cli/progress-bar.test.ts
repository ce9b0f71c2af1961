import { describe, expect, it } from "vitest";
import { progressBar } from "./progress-bar.ts";

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
