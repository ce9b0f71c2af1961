import path from "node:path";
import { STATUS_LIST_LENGTH } from "./modules/certificates/credential/status-list-credential.ts";
import { type IssuerProfiles, readIssuerProfiles } from "./modules/certificates/issuer-profiles.ts";

/** Runtime settings, read once from the environment. */
export interface Config {
  port: number;
  /** The interface to listen on when `HOST` is set; unset, see `listenHost` (loopback while demo data is loaded). */
  host: string | undefined;
  /** The address users reach the platform at; used in published identifiers (CASE URIs, certificates). */
  publicUrl: string;
  dataDir: string;
  /** The issuer's private keys: a file outside the database, never in a dump, a log or an API answer. */
  keyFile: string;
  /** Signed audit chain heads, kept outside the database so that a rewritten database file is detected. */
  auditCheckpointFile: string;
  /** The issuer named in certificates' credentials by default: the national committee. */
  issuerName: string;
  /**
   * Per branch code, the issuer profile its certificates name instead (the branch's CPNE), read from the
   * JSON file `CQPI_ISSUER_PROFILES_FILE`; a branch not listed gets `issuerName`.
   */
  issuerProfiles: IssuerProfiles;
  /** Entries of each revocation status list (131,072, the recommendation's minimum; smaller only in tests). */
  statusListLength: number;
  /** Minutes between the signed audit checkpoints a running server records (0: on demand only). */
  auditCheckpointMinutes: number;
  /** When set, PostgreSQL is used instead of the embedded SQLite database. */
  databaseUrl: string | undefined;
  /** Send cookies with the Secure flag (behind HTTPS). */
  isSecureCookie: boolean;
  sessionTtlMinutes: number;
  login: { maxFailures: number; lockoutMinutes: number; perIpPerMinute: number };
  /** Password reset requests per client address per minute (each may send an e-mail). */
  passwordResetsPerIpPerMinute: number;
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
    host: env.HOST || undefined,
    dataDir: path.resolve(env.CQPI_DATA_DIR ?? "data"),
    keyFile: path.resolve(env.CQPI_KEY_FILE ?? path.join(env.CQPI_DATA_DIR ?? "data", "issuer-keys.json")),
    auditCheckpointFile: path.resolve(
      env.CQPI_AUDIT_CHECKPOINT_FILE ?? path.join(env.CQPI_DATA_DIR ?? "data", "audit-checkpoints.jsonl"),
    ),
    issuerName: env.CQPI_ISSUER_NAME ?? "Comité CQPI",
    issuerProfiles: env.CQPI_ISSUER_PROFILES_FILE
      ? readIssuerProfiles(path.resolve(env.CQPI_ISSUER_PROFILES_FILE))
      : {},
    statusListLength: STATUS_LIST_LENGTH,
    auditCheckpointMinutes: Number(env.CQPI_AUDIT_CHECKPOINT_MINUTES ?? 60),
    databaseUrl: env.DATABASE_URL || undefined,
    isSecureCookie: env.CQPI_SECURE_COOKIES === "true",
    sessionTtlMinutes: Number(env.CQPI_SESSION_TTL_MINUTES ?? 8 * 60),
    login: {
      maxFailures: Number(env.CQPI_LOGIN_MAX_FAILURES ?? 5),
      lockoutMinutes: Number(env.CQPI_LOGIN_LOCKOUT_MINUTES ?? 15),
      perIpPerMinute: Number(env.CQPI_LOGIN_PER_IP_PER_MINUTE ?? 20),
    },
    passwordResetsPerIpPerMinute: Number(env.CQPI_PASSWORD_RESETS_PER_IP_PER_MINUTE ?? 5),
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
