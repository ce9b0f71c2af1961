// `npm run test:pg` runs the integration suite on PostgreSQL: it needs DATABASE_URL.
if (!process.env.DATABASE_URL?.startsWith("postgres")) {
  console.error(
    "test:pg needs DATABASE_URL=postgres://user:password@host/database (see README, PostgreSQL).",
  );
  process.exit(1);
}
