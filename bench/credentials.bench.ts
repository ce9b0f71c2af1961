import { generateKeyPairSync, sign, verify } from "node:crypto";
import { signCredential } from "../src/modules/certificates/credential/sign-credential.ts";
import { verifySignedCredential } from "../src/modules/certificates/credential/verify-credential.ts";
import { buildMemoryCredential, buildMemoryIssuer } from "../src/test/memory-issuer.ts";

/**
 * Open Badges credentials signed and verified per second (eddsa-rdfc-2022: JSON-LD canonicalisation with
 * the bundled contexts, then Ed25519), against a bare Ed25519 signature of the same credential's bytes with
 * node:crypto, measured in the same run. The four measures are interleaved round by round so that a busy
 * moment of the machine weighs on all of them; the median round is printed.
 */
const ROUND_MS = Number(process.env.BENCH_ROUND_MS ?? 1500);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

const issuer = await buildMemoryIssuer();
const unsigned = buildMemoryCredential(issuer);
const created = "2026-03-02T10:00:00Z";
const signed = await signCredential(unsigned, issuer.key, { created, documentLoader: issuer.loader });
const now = new Date("2026-06-01T00:00:00Z");
const options = { issuerDid: issuer.did, documentLoader: issuer.loader, now };
if ((await verifySignedCredential(signed, options)).verdict !== "valid")
  throw new Error("the bench credential does not verify");

const bare = generateKeyPairSync("ed25519");
const bytes = Buffer.from(JSON.stringify(unsigned));
const bareSignature = sign(null, bytes, bare.privateKey);

const measures: Record<string, () => Promise<unknown> | unknown> = {
  "credential sign (eddsa-rdfc-2022)": () =>
    signCredential(unsigned, issuer.key, { created, documentLoader: issuer.loader }),
  "credential verify (+ status list)": () => verifySignedCredential(signed, options),
  "bare Ed25519 sign (node:crypto)": () => sign(null, bytes, bare.privateKey),
  "bare Ed25519 verify (node:crypto)": () => verify(null, bytes, bare.publicKey, bareSignature),
};

/** Operations per second of `run` over ROUND_MS, awaited one after another as a request would. */
async function opsPerSecond(run: () => Promise<unknown> | unknown) {
  const end = performance.now() + ROUND_MS;
  let count = 0;
  const start = performance.now();
  while (performance.now() < end) {
    await run();
    count++;
  }
  return count / ((performance.now() - start) / 1000);
}

const rounds: Record<string, number[]> = Object.fromEntries(Object.keys(measures).map((name) => [name, []]));
for (const run of Object.values(measures)) await opsPerSecond(run);
for (let round = 0; round < ROUNDS; round++)
  for (const [name, run] of Object.entries(measures)) rounds[name]!.push(await opsPerSecond(run));

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const bareSign = median(rounds["bare Ed25519 sign (node:crypto)"]!);
console.log(
  `\n${ROUNDS} interleaved rounds of ${ROUND_MS} ms, one core, median round (credential of ${bytes.length} bytes)`,
);
console.log("measure                               ops/s    ms/op   bare Ed25519 signs per op");
for (const [name, values] of Object.entries(rounds)) {
  const ops = median(values);
  console.log(
    `${name.padEnd(36)} ${ops.toFixed(0).padStart(7)}   ${(1000 / ops).toFixed(3).padStart(6)}   ${(bareSign / ops).toFixed(1).padStart(7)}`,
  );
}
