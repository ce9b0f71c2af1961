import nodemailer from "nodemailer";
import type { AppContext } from "../../server/context.ts";
import { deliverOutbox, type MailTransport } from "./deliver-outbox.ts";

const running = new WeakMap<AppContext, () => void>();

/** An SMTP transport from the platform's settings (CQPI_SMTP_URL, CQPI_MAIL_FROM). */
export function smtpTransport(smtpUrl: string, from: string): MailTransport {
  const mailer = nodemailer.createTransport(smtpUrl);
  return {
    async send(message) {
      await mailer.sendMail({ from, ...message });
    },
  };
}

/**
 * Polls the outbox every `intervalMs` and whenever a use case has just committed messages
 * (`wakeOutboxSender`). Without SMTP settings nothing starts: messages stay in the outbox for admins.
 * Returns the function that stops it.
 */
export function startOutboxSender(ctx: AppContext, transport?: MailTransport, intervalMs = 30_000) {
  const mail =
    transport ?? (ctx.config.smtpUrl ? smtpTransport(ctx.config.smtpUrl, ctx.config.mailFrom) : null);
  if (!mail) return () => {};
  let isBusy = false;
  let isAgain = false;
  const run = () => {
    if (isBusy) {
      isAgain = true;
      return;
    }
    isBusy = true;
    deliverOutbox(ctx, mail)
      .catch(() => {})
      .finally(() => {
        isBusy = false;
        if (isAgain) {
          isAgain = false;
          run();
        }
      });
  };
  const timer = setInterval(run, intervalMs);
  timer.unref();
  running.set(ctx, run);
  run();
  return () => {
    clearInterval(timer);
    running.delete(ctx);
  };
}

/** Tells the sender that messages were just committed (called after the transaction, never inside). */
export function wakeOutboxSender(ctx: AppContext) {
  running.get(ctx)?.();
}
