import type { Role } from "./roles.ts";

/**
 * Who is calling a use case. Three kinds that cannot be mistaken for one another:
 * - a signed-in user (session cookie or API token), with their role and scopes;
 * - the platform itself: `cqpi` commands, demo seeding, jobs — it acts on everything;
 * - an anonymous visitor: no credentials, or expired, revoked or unknown ones — it sees nothing that
 *   is scoped, and only public routes let it through.
 * Each use case states which kinds it accepts: its parameter's type, or an explicit check.
 */
export type Caller = UserCaller | PlatformCaller | AnonymousCaller;

/** The person or integration behind a signed-in request. */
export interface UserCaller {
  kind: "user";
  userId: number;
  email: string;
  role: Role;
  branchCodes: string[];
  companyId: number | null;
  via: "session" | "token";
}

export interface PlatformCaller {
  kind: "platform";
}

export interface AnonymousCaller {
  kind: "anonymous";
}

/** A caller that acts under a name: a signed-in user, or the platform itself. Writes accept these. */
export type ActingCaller = UserCaller | PlatformCaller;

export const platform: PlatformCaller = Object.freeze({ kind: "platform" });
export const anonymous: AnonymousCaller = Object.freeze({ kind: "anonymous" });

export function userCaller(user: Omit<UserCaller, "kind">): UserCaller {
  return { kind: "user", ...user };
}

/** The user recorded as the author of an audit event or a timeline entry (none for the platform). */
export function authorId(caller: Caller): number | null {
  return caller.kind === "user" ? caller.userId : null;
}

/** A signed-in caller of one of these roles. */
export function hasRole(caller: Caller, ...roles: readonly Role[]): caller is UserCaller {
  return caller.kind === "user" && roles.includes(caller.role);
}

/** A signed-in person's role and branches: a caller on the server, the signed-in user in the web app. */
export interface BranchScope {
  role: Role;
  branchCodes: readonly string[];
}

/**
 * "Admin, or branch officer of this branch": the one statement of the rule, for the server's use cases
 * (through managesBranch) and for the web app, which hides what the server would refuse.
 */
export function isBranchManager(who: BranchScope, branchCode: string): boolean {
  return who.role === "admin" || (who.role === "branch_officer" && who.branchCodes.includes(branchCode));
}

/** Manages this branch (isBranchManager); the platform manages every branch, an anonymous visitor none. */
export function managesBranch(caller: Caller, branchCode: string): boolean {
  if (caller.kind !== "user") return caller.kind === "platform";
  return isBranchManager(caller, branchCode);
}
