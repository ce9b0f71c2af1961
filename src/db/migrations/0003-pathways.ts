import type { Kysely } from "kysely";
import { addIdColumn, type DialectName } from "../dialect.ts";

/**
 * Candidates and their pathways: positioning and evaluation by the four methods, gap analysis,
 * training plans, second evaluation; evaluators' accreditations and evidence files.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const schema = db.schema;

  // Identity as the Caisse des Dépôts declaration needs it (nomNaissance, prenom1-3, sexe, commune…).
  await addIdColumn(dialect, schema.createTable("candidates"))
    .addColumn("user_id", "integer", (c) => c.unique().references("users.id"))
    .addColumn("birth_name", "text", (c) => c.notNull())
    .addColumn("usage_name", "text")
    .addColumn("first_names_json", "text", (c) => c.notNull())
    .addColumn("birth_date", "text", (c) => c.notNull())
    .addColumn("sex", "text", (c) => c.notNull())
    .addColumn("birth_insee_code", "text")
    .addColumn("birth_postal_code", "text")
    .addColumn("birth_city", "text")
    .addColumn("birth_country_code", "text")
    .addColumn("birth_country", "text")
    .addColumn("email", "text")
    .addColumn("phone", "text")
    .addColumn("employment_status", "text", (c) => c.notNull())
    .addColumn("company_id", "integer", (c) => c.references("companies.id"))
    .addColumn("has_prior_certification", "integer", (c) => c.notNull())
    // The branch whose officer registered them: keeps a job seeker (no company) visible to that branch.
    .addColumn("registering_branch_id", "integer", (c) => c.references("branches.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await schema.createIndex("candidates_company_idx").on("candidates").column("company_id").execute();

  await addIdColumn(dialect, schema.createTable("pathways"))
    .addColumn("candidate_id", "integer", (c) => c.notNull().references("candidates.id"))
    .addColumn("branch_id", "integer", (c) => c.notNull().references("branches.id"))
    .addColumn("qualification_id", "integer", (c) => c.notNull().references("qualifications.id"))
    .addColumn("version_id", "integer", (c) => c.notNull().references("referential_versions.id"))
    .addColumn("adoption_id", "integer", (c) => c.references("adoptions.id"))
    .addColumn("route", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("evaluator_user_id", "integer", (c) => c.references("users.id"))
    .addColumn("registered_on", "text", (c) => c.notNull())
    .addColumn("status_changed_at", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await schema.createIndex("pathways_candidate_idx").on("pathways").column("candidate_id").execute();
  await schema
    .createIndex("pathways_branch_status_idx")
    .on("pathways")
    .columns(["branch_id", "status"])
    .execute();
  await schema.createIndex("pathways_evaluator_idx").on("pathways").column("evaluator_user_id").execute();

  // The pathway's timeline: every status change with who made it.
  await addIdColumn(dialect, schema.createTable("pathway_transitions"))
    .addColumn("pathway_id", "integer", (c) => c.notNull().references("pathways.id").onDelete("cascade"))
    .addColumn("event", "text", (c) => c.notNull())
    .addColumn("from_status", "text")
    .addColumn("to_status", "text", (c) => c.notNull())
    .addColumn("actor_user_id", "integer")
    .addColumn("occurred_at", "text", (c) => c.notNull())
    .execute();
  await schema
    .createIndex("pathway_transitions_pathway_idx")
    .on("pathway_transitions")
    .column("pathway_id")
    .execute();

  await addIdColumn(dialect, schema.createTable("accreditations"))
    .addColumn("evaluator_user_id", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("qualification_id", "integer", (c) => c.notNull().references("qualifications.id"))
    .addColumn("branch_id", "integer", (c) => c.notNull().references("branches.id"))
    .addColumn("valid_from", "text", (c) => c.notNull())
    .addColumn("valid_until", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("revoked_at", "text")
    .execute();
  await schema
    .createIndex("accreditations_evaluator_idx")
    .on("accreditations")
    .column("evaluator_user_id")
    .execute();

  await addIdColumn(dialect, schema.createTable("training_plans"))
    .addColumn("pathway_id", "integer", (c) => c.notNull().references("pathways.id").onDelete("cascade"))
    .addColumn("capacity_codes_json", "text", (c) => c.notNull())
    .addColumn("organisation", "text", (c) => c.notNull())
    .addColumn("planned_hours", "double precision", (c) => c.notNull())
    .addColumn("start_date", "text", (c) => c.notNull())
    .addColumn("end_date", "text", (c) => c.notNull())
    .addColumn("trainer_user_id", "integer", (c) => c.references("users.id"))
    .addColumn("trainer_name", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await schema.createIndex("training_plans_pathway_idx").on("training_plans").column("pathway_id").execute();

  // One sitting of one method; sitting 1 is the positioning, 2 the second evaluation on the gaps.
  await addIdColumn(dialect, schema.createTable("assessments"))
    .addColumn("pathway_id", "integer", (c) => c.notNull().references("pathways.id").onDelete("cascade"))
    .addColumn("method", "text", (c) => c.notNull())
    .addColumn("sitting", "integer", (c) => c.notNull())
    .addColumn("capacity_codes_json", "text", (c) => c.notNull())
    .addColumn("assessor_user_id", "integer", (c) => c.references("users.id"))
    .addColumn("held_on", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("revision", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("closed_at", "text")
    .execute();
  await schema.createIndex("assessments_pathway_idx").on("assessments").column("pathway_id").execute();

  await schema
    .createTable("assessment_scores")
    .addColumn("assessment_id", "integer", (c) =>
      c.notNull().references("assessments.id").onDelete("cascade"),
    )
    .addColumn("criterion_id", "integer", (c) => c.notNull().references("referential_criteria.id"))
    .addColumn("score", "text", (c) => c.notNull())
    .addColumn("comment", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("assessment_scores_pk", ["assessment_id", "criterion_id"])
    .execute();

  // Free text per capacity: the candidate's activity description (booklet), questions and answers, interview notes.
  await schema
    .createTable("assessment_entries")
    .addColumn("assessment_id", "integer", (c) =>
      c.notNull().references("assessments.id").onDelete("cascade"),
    )
    .addColumn("capacity_id", "integer", (c) => c.notNull().references("referential_capacities.id"))
    .addColumn("text", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("assessment_entries_pk", ["assessment_id", "capacity_id"])
    .execute();

  await addIdColumn(dialect, schema.createTable("evidence_files"))
    .addColumn("assessment_id", "integer", (c) =>
      c.notNull().references("assessments.id").onDelete("cascade"),
    )
    .addColumn("capacity_id", "integer", (c) => c.references("referential_capacities.id"))
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("content_type", "text", (c) => c.notNull())
    .addColumn("size_bytes", "integer", (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("storage_key", "text", (c) => c.notNull().unique())
    .addColumn("uploaded_by_user_id", "integer", (c) => c.references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await schema
    .createIndex("evidence_files_assessment_idx")
    .on("evidence_files")
    .column("assessment_id")
    .execute();
}
