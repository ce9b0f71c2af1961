import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { userOf } from "../../server/access.ts";
import { certificatePdfOf } from "./certificate-pdf-of.ts";
import { didDocumentPath } from "./credential/issuer-did.ts";
import { certificateNotFound, verificationRateLimited } from "./errors.ts";
import { findDownloadableCertificate, getPublicCertificate } from "./find-certificate.ts";
import { registerCertificateListRoutes } from "./list-routes.ts";
import { readDidDocument, readStatusListCredential } from "./platform-documents.ts";
import { certificatesAccess } from "./policy.ts";
import { revokeCertificate } from "./revoke-certificate.ts";
import {
  certificateNumberParams,
  certificateView,
  credentialQuery,
  publicCertificateView,
  publicLookupQuery,
  revokeCertificateInput,
  statusListParams,
  verificationResult,
  verifyCredentialInput,
} from "./schemas.ts";
import { verifyCredentialJson } from "./verify-credential-json.ts";

const jsonDocument = z.record(z.string(), z.unknown());

/**
 * Certificates: public verification (by number, QR token or credential JSON), the issuer's published
 * documents (DID document, status lists), downloads for the holder and staff, revocation.
 */
export function registerCertificateRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;
  const tags = ["certificates"];
  // Public and costly (a signature check, or a family name to match): limited per client address.
  const verify = {
    access: certificatesAccess.verify,
    rateLimit: {
      max: ctx.config.verificationsPerIpPerMinute,
      timeWindow: "1 minute",
      errorResponseBuilder: verificationRateLimited,
      // One counter per route and address: the routes share these options, and so would share a key.
      keyGenerator: (req: FastifyRequest) => `${req.routeOptions.url} ${req.ip}`,
    },
  };
  const published = { access: certificatesAccess.verify };
  // Public at the door: without the QR token, a visitor is asked to sign in (401) or refused (403).
  const download = (type: string) => ({
    access: certificatesAccess.download,
    openapi: { statuses: [401, 403], produces: [type] },
  });
  const numberUrl = "/api/certificates/:number";

  r.get(
    numberUrl,
    {
      schema: {
        tags,
        params: certificateNumberParams,
        querystring: publicLookupQuery,
        response: { 200: publicCertificateView },
      },
      config: verify,
    },
    (req) => getPublicCertificate(ctx, { number: req.params.number, ...req.query }),
  );
  r.get(
    `${numberUrl}/credential`,
    {
      schema: { tags, params: certificateNumberParams, querystring: credentialQuery },
      config: download("application/json"),
    },
    async (req, reply) => {
      const row = await findDownloadableCertificate(ctx, { caller: req.caller, ...req.params, ...req.query });
      return reply
        .type("application/json")
        .header("content-disposition", `attachment; filename="${row.number}.credential.json"`)
        .send(row.credential_json);
    },
  );
  r.get(
    `${numberUrl}/certificate.pdf`,
    {
      schema: { tags, params: certificateNumberParams, querystring: credentialQuery },
      config: download("application/pdf"),
    },
    async (req, reply) => {
      const row = await findDownloadableCertificate(ctx, { caller: req.caller, ...req.params, ...req.query });
      const pdf = await certificatePdfOf(ctx, row);
      return reply
        .type("application/pdf")
        .header("content-disposition", `inline; filename="${row.number}.pdf"`)
        .send(Buffer.from(pdf));
    },
  );
  r.post(
    `${numberUrl}/revoke`,
    {
      schema: {
        tags,
        params: certificateNumberParams,
        body: revokeCertificateInput,
        response: { 200: certificateView },
      },
      config: { access: certificatesAccess.revoke },
    },
    (req) =>
      revokeCertificate(ctx, { caller: userOf(req), number: req.params.number, reason: req.body.reason }),
  );
  r.post(
    "/api/verify",
    { schema: { tags, body: verifyCredentialInput, response: { 200: verificationResult } }, config: verify },
    (req) => verifyCredentialJson(ctx, req.body.credential),
  );
  r.get(
    "/api/status-lists/:id",
    { schema: { tags, params: statusListParams, response: { 200: jsonDocument } }, config: published },
    async (req) => {
      const credential = await readStatusListCredential(ctx, req.params.id);
      if (!credential) throw certificateNotFound();
      return credential;
    },
  );
  r.get(
    didDocumentPath(ctx.config.publicUrl),
    { schema: { tags, response: { 200: jsonDocument } }, config: published },
    () => readDidDocument(ctx),
  );

  // The list of certificates in the caller's scope and its exports.
  registerCertificateListRoutes(app);
}
