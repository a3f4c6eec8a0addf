/**
 * The pieces of the read side's indexes (migration Migration20261201190000_campaigns_read_side)
 * that queries must repeat word for word for PostgreSQL to use them: the current-participation
 * predicate, the French name order (the campaigns context's own collation) and the search texts.
 */
export const CURRENT_PARTICIPATION = `"is_improved" = false and "deleted_at" is null`;

export const NAME_ORDER = `"last_name" collate "campaigns"."french", "first_name" collate "campaigns"."french", "id"`;

export const PARTICIPATION_SEARCH_TEXT = `lower(coalesce("last_name", '') || ' ' || coalesce("first_name", '') || ' ' || coalesce("participant_external_id", ''))`;

export const PARTICIPANT_SEARCH_TEXT = `lower("last_name" || ' ' || "first_name")`;
