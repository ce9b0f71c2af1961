import { describe, expect, it } from "vitest";
import { maxUploadBytes, uploadProblem } from "./upload-files.ts";

describe("uploadProblem", () => {
  it("asks for a file, refuses one over 10 MiB before sending, and lets the rest through", () => {
    expect(uploadProblem(null)).toBe("evidence.chooseFile");
    expect(uploadProblem({ size: maxUploadBytes + 1 })).toBe("error.evidenceTooLarge");
    expect(uploadProblem({ size: maxUploadBytes })).toBeNull();
    expect(maxUploadBytes).toBe(10 * 1024 * 1024);
  });
});
