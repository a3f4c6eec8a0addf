import { Resolver } from 'type-graphql';

/**
 * The campaigns subgraph is wired into the gateway and owns the `campaigns` PostgreSQL schema;
 * campaigns, participations and results arrive with their issue. Until then it serves only the
 * federation fields (`_service`, `_entities`).
 */
@Resolver()
export class CampaignsResolver {}
