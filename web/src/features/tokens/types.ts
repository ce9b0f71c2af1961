import type { z } from "zod";
import type { apiTokenView } from "../../../../src/modules/accounts/schemas.ts";

/** An API token as listed: only its prefix is kept, the secret is shown once at creation. */
export type ApiToken = z.infer<typeof apiTokenView>;

export interface CreatedApiToken {
  /** The full secret (`cqpi_…`), never retrievable again. */
  token: string;
  item: ApiToken;
}
