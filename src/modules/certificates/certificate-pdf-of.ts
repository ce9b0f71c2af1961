import type { CertificateRow } from "../../db/schema.ts";
import type { AppContext } from "../../server/context.ts";
import { anonymous } from "../accounts/caller.ts";
import { findVersion } from "../referentials/find-version.ts";
import { renderCertificatePdf } from "./documents/certificate-pdf.ts";
import { verificationPageUrl } from "./issuer.ts";
import { toCertificateView } from "./views.ts";

/** The PDF of a certificate the caller may download (see `findDownloadableCertificate`). */
export async function certificatePdfOf(ctx: AppContext, row: CertificateRow): Promise<Uint8Array> {
  const view = toCertificateView(row);
  const blocks =
    view.kind === "partial"
      ? (
          await findVersion(ctx, {
            code: view.qualification.code,
            version: view.qualification.referentialVersion,
            caller: anonymous,
          })
        ).view.blocks.filter((block) => view.blockCodes.includes(block.code))
      : [];
  return renderCertificatePdf({
    number: view.number,
    holder: view.holder,
    qualification: view.qualification,
    branchName: view.branch.name,
    kind: view.kind,
    blocks,
    awardedOn: view.awardedOn,
    jurySessionId: view.jurySessionId,
    issuerName: ctx.config.issuerName,
    verificationUrl: verificationPageUrl(ctx.config, row.number, row.qr_token),
    isRevoked: view.status === "revoked",
  });
}
