import { z } from "zod";
import { idParam, idParams, textInput } from "../../server/input.ts";
import { pageQuery } from "../../server/pagination.ts";
import { role } from "./roles.ts";

const email = z
  .email()
  .max(254)
  .transform((value) => value.toLowerCase());
const password = textInput().min(8, "must be at least 8 characters").max(200);
const displayName = textInput().trim().min(1).max(200);
const branchCodes = z.array(textInput().min(1).max(20)).max(50);
const companyId = z.number().int().positive().nullable();

export const logInInput = z.strictObject({
  email: textInput().min(1).max(254),
  password: textInput().min(1).max(200),
});

export const me = z
  .object({
    id: z.number().int(),
    email: z.string(),
    displayName: z.string(),
    role,
    branchCodes: z.array(z.string()),
    companyId: z.number().int().nullable(),
  })
  .meta({ id: "Me" });
export type Me = z.infer<typeof me>;

export const userView = me
  .extend({
    isActive: z.boolean(),
    createdAt: z.string(),
    lastLoginAt: z.string().nullable(),
  })
  .meta({ id: "User" });

export const createUserInput = z.strictObject({
  email,
  displayName,
  role,
  /** Without it the person receives an invitation link by e-mail and chooses their own. */
  password: password.optional(),
  branchCodes: branchCodes.optional(),
  companyId: companyId.optional(),
});
export type CreateUserInput = z.infer<typeof createUserInput>;

export const updateUserInput = z.strictObject({
  displayName: displayName.optional(),
  role: role.optional(),
  password: password.optional(),
  branchCodes: branchCodes.optional(),
  companyId: companyId.optional(),
  isActive: z.boolean().optional(),
});
export type UpdateUserInput = z.infer<typeof updateUserInput>;

export const passwordResetRequestInput = z.strictObject({ email: textInput().trim().min(1).max(254) });

export const passwordResetConfirmInput = z.strictObject({
  token: textInput().min(1).max(200),
  password,
});
export type PasswordResetConfirmInput = z.infer<typeof passwordResetConfirmInput>;

export const userListQuery = pageQuery.extend({ role: role.optional() });

export const userIdParams = idParams;
export const userTokenParams = z.strictObject({ id: idParam, tokenId: idParam });

export const apiTokenView = z
  .object({
    id: z.number().int(),
    name: z.string(),
    prefix: z.string(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: "ApiToken" });

export const createApiTokenInput = z.strictObject({ name: textInput().trim().min(1).max(100) });
