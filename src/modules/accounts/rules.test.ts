import { describe, expect, it } from "vitest";
import { isLockedOut, recordFailure, shouldExtendSession } from "./rules.ts";

const policy = { maxFailures: 3, lockoutMinutes: 15 };
const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 9, minute));

describe("login lockout", () => {
  it("locks the email when the failures reach the maximum within the window", () => {
    let state = recordFailure(undefined, at(0), policy);
    state = recordFailure(state, at(1), policy);
    expect(state).toMatchObject({ failureCount: 2, lockedUntil: null });
    state = recordFailure(state, at(2), policy);
    expect(state.lockedUntil).toBe(at(17).toISOString());
    expect(isLockedOut(state, at(16))).toBe(true);
    expect(isLockedOut(state, at(17))).toBe(false);
  });

  it("starts counting again once the window has passed", () => {
    const old = recordFailure(recordFailure(undefined, at(0), policy), at(1), policy);
    const state = recordFailure(old, at(30), policy);
    expect(state).toEqual({ failureCount: 1, firstFailureAt: at(30).toISOString(), lockedUntil: null });
  });

  it("does not lock on no failures", () => {
    expect(isLockedOut(undefined, at(0))).toBe(false);
  });
});

describe("session sliding expiry", () => {
  it.each([
    { remainingMinutes: 479, expected: false },
    { remainingMinutes: 241, expected: false },
    { remainingMinutes: 239, expected: true },
    { remainingMinutes: 1, expected: true },
  ])("with $remainingMinutes min left of 480, extends: $expected", ({ remainingMinutes, expected }) => {
    const expiresAt = new Date(at(0).getTime() + remainingMinutes * 60_000).toISOString();
    expect(shouldExtendSession(expiresAt, at(0), 480)).toBe(expected);
  });
});
