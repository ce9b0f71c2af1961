import { readFileSync } from "node:fs";
import { z } from "zod";

/**
 * The issuer profile one branch's certificates name: its CPNE (name, web site, contact). The profile's
 * `id` stays the platform's did:web whatever the branch, because that is the controller of the keys that
 * sign; a profile changes who the credential says issued it, not which keys verify it.
 */
export const issuerProfile = z.strictObject({
  name: z.string().trim().min(1).max(200),
  url: z.url({ protocol: /^https?$/ }).optional(),
  email: z.email().optional(),
  description: z.string().trim().min(1).max(1000).optional(),
});
export type IssuerProfile = z.infer<typeof issuerProfile>;

/** Branch code → the profile its certificates name. */
export const issuerProfiles = z.record(z.string().regex(/^[A-Z0-9][A-Z0-9-]{0,19}$/), issuerProfile);
export type IssuerProfiles = z.infer<typeof issuerProfiles>;

/**
 * Reads the issuer profiles file (JSON: `{"UIMM": {"name": "CPNE de la métallurgie", "url": …}}`) when the
 * configuration is loaded: a missing or malformed file stops the platform at start, naming what is wrong,
 * rather than issuing certificates in the wrong issuer's name.
 */
export function readIssuerProfiles(file: string): IssuerProfiles {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`CQPI_ISSUER_PROFILES_FILE ${file}: ${(error as Error).message}`);
  }
  const parsed = issuerProfiles.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "(file)"}: ${i.message}`);
    throw new Error(`CQPI_ISSUER_PROFILES_FILE ${file}: ${problems.join("; ")}`);
  }
  return parsed.data;
}
