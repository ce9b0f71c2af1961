import { describe, expect, it } from "vitest";
import { ApiError } from "../../lib/api.ts";
import { isRetryable, retryDelayMs } from "./save-policy.ts";

const error = (status: number, code = `HTTP_${status}`) => new ApiError({ status, code, message: "" });

describe("isRetryable", () => {
  it("retries a dropped connection, a timeout, a rate limit and a failing server", () => {
    for (const status of [0, 408, 429, 500, 503]) expect(isRetryable(error(status))).toBe(true);
  });

  it("leaves refusals to the evaluator", () => {
    expect(isRetryable(error(409, "REVISION_CONFLICT"))).toBe(false);
    expect(isRetryable(error(409, "ASSESSMENT_CLOSED"))).toBe(false);
    expect(isRetryable(error(400, "VALIDATION_FAILED"))).toBe(false);
    expect(isRetryable(new Error("bug"))).toBe(false);
  });
});

describe("retryDelayMs", () => {
  it("doubles from 2 s up to 30 s", () => {
    expect([1, 2, 3, 4, 5, 6, 10].map(retryDelayMs)).toEqual([2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  });
});
