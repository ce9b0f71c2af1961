import { describe, expect, it } from "vitest";
import { type ChainedEvent, canonicalJson, computeEventHash, findBreak, GENESIS_HASH } from "./rules.ts";

function chain(count: number): ChainedEvent[] {
  const events: ChainedEvent[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq++) {
    const event = {
      seq,
      occurredAt: `2026-01-01T00:00:0${seq}.000Z`,
      actorUserId: 1,
      action: "branch.update",
      entityType: "branch",
      entityId: "UIMM",
      beforeJson: canonicalJson({ name: `v${seq - 1}` }),
      afterJson: canonicalJson({ name: `v${seq}` }),
      prevHash,
    };
    const hash = computeEventHash(event);
    events.push({ ...event, hash });
    prevHash = hash;
  }
  return events;
}

const start = { seq: 0, hash: GENESIS_HASH };

describe("canonicalJson", () => {
  it("encodes equal objects identically whatever the key order", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [2, { y: 2, z: 1 }] }, b: 1 }),
    );
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });
});

describe("findBreak", () => {
  it("accepts an intact chain and returns its end", () => {
    const events = chain(4);
    expect(findBreak(events, start)).toEqual({ break: null, last: { seq: 4, hash: events[3]!.hash } });
  });

  it("detects an altered row", () => {
    const events = chain(4);
    events[2] = { ...events[2]!, afterJson: canonicalJson({ name: "forged" }) };
    expect(findBreak(events, start).break).toEqual({ reason: "altered", seq: 3 });
  });

  it("detects a deleted row as a gap", () => {
    const events = chain(4);
    events.splice(1, 1);
    expect(findBreak(events, start).break).toEqual({ reason: "missing", seq: 2 });
  });

  it("detects a row re-hashed after an alteration by its broken link to the next one", () => {
    const events = chain(3);
    const forged = { ...events[1]!, afterJson: canonicalJson({ name: "forged" }) };
    events[1] = { ...forged, hash: computeEventHash(forged) };
    expect(findBreak(events, start).break).toEqual({ reason: "relinked", seq: 3 });
  });

  it("continues from a previous batch", () => {
    const events = chain(5);
    const first = findBreak(events.slice(0, 2), start);
    expect(findBreak(events.slice(2), first.last)).toEqual({
      break: null,
      last: { seq: 5, hash: events[4]!.hash },
    });
  });
});
