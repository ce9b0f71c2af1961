import type { z } from "zod";
import type { createUserInput, userView } from "../../../../src/modules/accounts/schemas.ts";
import type { CompanyView, createCompanyInput } from "../../../../src/modules/companies/schemas.ts";

/** An account as the admin sees it. */
export type User = z.infer<typeof userView>;

/** What the admin's form sends; without a password the person is invited by e-mail. */
export type CreateUserInput = z.input<typeof createUserInput>;

export type UpdateUserInput = Partial<
  Pick<User, "displayName" | "role" | "branchCodes" | "companyId" | "isActive"> & { password: string }
>;

/** Companies (employers) as the API sends them, from the server's zod schemas. */
export type Company = CompanyView;
export type CreateCompanyInput = z.input<typeof createCompanyInput>;

export interface UserListQuery {
  q: string;
  role: string;
  limit: number;
  offset: number;
}
