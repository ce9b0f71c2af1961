import type { OutgoingMessage } from "../notifications/enqueue-messages.ts";
import { type AccountLinkPurpose, linkLifetimeMinutes } from "./account-link-rules.ts";

/** The French e-mail carrying a one-time link: an invitation to a new account, or a password reset. */
export function accountLinkMessage(
  to: { email: string; displayName: string; url: string },
  purpose: AccountLinkPurpose,
): OutgoingMessage {
  const isInvitation = purpose === "invitation";
  const lifetime = isInvitation
    ? `${linkLifetimeMinutes.invitation / (24 * 60)} jours`
    : `${linkLifetimeMinutes.password_reset} minutes`;
  return {
    kind: isInvitation ? "account.invitation" : "account.password_reset",
    recipient: to.email,
    subject: isInvitation
      ? "Votre compte sur la plateforme CQPI"
      : "Réinitialisation de votre mot de passe — plateforme CQPI",
    text: [
      `Bonjour ${to.displayName},`,
      "",
      isInvitation
        ? "Un compte a été créé pour vous sur la plateforme CQPI. Choisissez votre mot de passe en ouvrant ce lien :"
        : "Une réinitialisation du mot de passe de votre compte sur la plateforme CQPI a été demandée. Choisissez un nouveau mot de passe en ouvrant ce lien :",
      to.url,
      "",
      `Ce lien ne sert qu'une fois et expire dans ${lifetime}.`,
      isInvitation
        ? `Votre identifiant de connexion est votre adresse e-mail : ${to.email}.`
        : "Si vous n'avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.",
      "",
      "— Plateforme CQPI",
    ].join("\n"),
  };
}
