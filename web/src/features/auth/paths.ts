/** Addresses of the account pages (the set-password page is also the link the e-mails carry). */
export const loginPagePath = "/login";
export const passwordForgottenPagePath = "/password/forgotten";
export const passwordSetPagePath = "/password/set";

/** The login page once a password was just set through a link. */
export const loginAfterPasswordSetPath = `${loginPagePath}?password=set`;
