import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { insertDeclarationFile } from "./cdc-repository.ts";

export type DeclarationFile = Parameters<typeof insertDeclarationFile>[1];

/**
 * Records an accrochage file sent to the Caisse des Dépôts, in the caller's transaction: the file, each
 * certificate it declares, the first declaration day on their statistics facts, and the counts of full
 * awards declared (in time or not) and still to declare. The export records the file it hands out this
 * way, and a synthetic history the files its certifier sent.
 */
export function recordDeclarationFile(
  trx: Kysely<Database>,
  file: DeclarationFile,
  certificateIds: number[],
) {
  return insertDeclarationFile(trx, file, certificateIds);
}
