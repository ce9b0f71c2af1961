import path from "node:path";

/** Runtime settings, read once from the environment. */
export interface Config {
  port: number;
  host: string;
  /** The address users reach the platform at; used in published identifiers (CASE URIs, certificates). */
  publicUrl: string;
  dataDir: string;
  /** The issuer's private keys: a file outside the database, never in a dump, a log or an API answer. */
  keyFile: string;
  /** Signed audit chain heads, kept outside the database so that a rewritten database file is detected. */
  auditCheckpointFile: string;
  /** The issuer named in certificates' credentials (the national committee, or a branch's CPNE). */
  issuerName: string;
  /** When set, PostgreSQL is used instead of the embedded SQLite database. */
  databaseUrl: string | undefined;
  /** Send cookies with the Secure flag (behind HTTPS). */
  isSecureCookie: boolean;
  sessionTtlMinutes: number;
  login: { maxFailures: number; lockoutMinutes: number; perIpPerMinute: number };
  /** Public certificate look-ups and credential verifications per client address per minute. */
  verificationsPerIpPerMinute: number;
  /** Downloads of referential exports (PDF, CASE, CSV, XLSX) per anonymous client address per minute. */
  exportsPerIpPerMinute: number;
  /**
   * Addresses or CIDR ranges of the reverse proxies whose `X-Forwarded-*` headers are believed. Empty:
   * the client's address is the socket's, whatever the headers say (they are anyone's to write).
   */
  trustedProxies: string[];
  bodyLimitBytes: number;
  webDistDir: string;
  logLevel: string;
  /** Where the notification outbox sends mail (smtp://user:pass@host:port); without it messages stay in the outbox. */
  smtpUrl: string | undefined;
  /** The sender of the platform's messages. */
  mailFrom: string;
  /**
   * The certifier's identifiers at the Caisse des Dépôts for the accrochage files (8-character client id,
   * contract id); without them no declaration file is produced.
   */
  cdc: { clientId: string | undefined; contractId: string | undefined };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  return {
    port,
    publicUrl: (env.CQPI_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, ""),
    host: env.HOST ?? "0.0.0.0",
    dataDir: path.resolve(env.CQPI_DATA_DIR ?? "data"),
    keyFile: path.resolve(env.CQPI_KEY_FILE ?? path.join(env.CQPI_DATA_DIR ?? "data", "issuer-keys.json")),
    auditCheckpointFile: path.resolve(
      env.CQPI_AUDIT_CHECKPOINT_FILE ?? path.join(env.CQPI_DATA_DIR ?? "data", "audit-checkpoints.jsonl"),
    ),
    issuerName: env.CQPI_ISSUER_NAME ?? "Comité CQPI",
    databaseUrl: env.DATABASE_URL || undefined,
    isSecureCookie: env.CQPI_SECURE_COOKIES === "true",
    sessionTtlMinutes: Number(env.CQPI_SESSION_TTL_MINUTES ?? 8 * 60),
    login: {
      maxFailures: Number(env.CQPI_LOGIN_MAX_FAILURES ?? 5),
      lockoutMinutes: Number(env.CQPI_LOGIN_LOCKOUT_MINUTES ?? 15),
      perIpPerMinute: Number(env.CQPI_LOGIN_PER_IP_PER_MINUTE ?? 20),
    },
    verificationsPerIpPerMinute: Number(env.CQPI_VERIFY_PER_IP_PER_MINUTE ?? 60),
    exportsPerIpPerMinute: Number(env.CQPI_EXPORTS_PER_IP_PER_MINUTE ?? 30),
    trustedProxies: (env.CQPI_TRUSTED_PROXIES ?? "")
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean),
    bodyLimitBytes: 1024 * 1024,
    webDistDir: path.resolve(import.meta.dirname, "../web/dist"),
    logLevel: env.LOG_LEVEL ?? "info",
    smtpUrl: env.CQPI_SMTP_URL || undefined,
    mailFrom: env.CQPI_MAIL_FROM ?? "Plateforme CQPI <no-reply@cqpi.localhost>",
    cdc: { clientId: env.CQPI_CDC_CLIENT_ID || undefined, contractId: env.CQPI_CDC_CONTRACT_ID || undefined },
  };
}
