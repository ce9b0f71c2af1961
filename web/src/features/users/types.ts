import type { Role } from "../auth/types.ts";

/** An account as the admin sees it. */
export interface User {
  id: number;
  email: string;
  displayName: string;
  role: Role;
  branchCodes: string[];
  companyId: number | null;
  isActive: boolean;
  createdAt: string;
  lastLoginAt: string | null;
}

export interface CreateUserInput {
  email: string;
  displayName: string;
  role: Role;
  password: string;
  branchCodes?: string[];
  companyId?: number | null;
}

export type UpdateUserInput = Partial<
  Pick<User, "displayName" | "role" | "branchCodes" | "companyId" | "isActive"> & { password: string }
>;

export interface Company {
  id: number;
  name: string;
  siret: string | null;
  branchCode: string | null;
}

export interface CreateCompanyInput {
  name: string;
  /** 14 digits; the server checks the INSEE check digits. */
  siret: string;
  branchCode: string | null;
}

export interface UserListQuery {
  q: string;
  role: string;
  limit: number;
  offset: number;
}
