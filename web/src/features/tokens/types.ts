/** An API token as listed: only its prefix is kept, the secret is shown once at creation. */
export interface ApiToken {
  id: number;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface CreatedApiToken {
  /** The full secret (`cqpi_…`), never retrievable again. */
  token: string;
  item: ApiToken;
}
