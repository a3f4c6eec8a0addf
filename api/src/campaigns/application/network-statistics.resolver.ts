import { MaxLength, IsOptional } from 'class-validator';
import { Arg, Ctx, Field, FieldResolver, InputType, Int, ObjectType, registerEnumType, Resolver, Root } from 'type-graphql';
import { networkReadScopeOf, structuresInJurisdiction } from '../../organizations/api/index.js';
import { readNetworkStatistics, type NetworkGrouping } from '../domain/usecases/read-network-statistics.usecase.js';
import { ParticipationReadRepository } from '../infrastructure/participation.repository.js';
import { NetworkRef } from './references.type.js';
import type { CampaignsContext } from './request-context.js';
import { OrganizationStatistics } from './results.type.js';

export enum NetworkStatisticsGroupBy {
  ORGANIZATION_TYPE = 'ORGANIZATION_TYPE',
  REGION = 'REGION',
  DEPARTMENT = 'DEPARTMENT',
  ORGANIZATION = 'ORGANIZATION',
}
registerEnumType(NetworkStatisticsGroupBy, { name: 'NetworkStatisticsGroupBy', description: "How a network's figures are broken down." });

@InputType({ description: "Narrows a network's figures to some of its structures." })
export class NetworkStatisticsFilter {
  @Field(() => String, { nullable: true, description: 'An OrganizationType (MISSION_LOCALE, FRANCE_TRAVAIL…).' })
  @IsOptional()
  @MaxLength(32)
  organizationType?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(64)
  region?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(64)
  department?: string | null;
}

@ObjectType({ description: 'The figures of one group of structures.' })
export class NetworkStatisticsGroup {
  @Field(() => String, { description: 'The type, region or department, or the structure id.' })
  key!: string;

  @Field(() => String, { description: 'What the dashboard shows: the type, the region or department ("Non renseigné" when unknown), the structure name.' })
  label!: string;

  @Field(() => Int, { description: 'Structures in the group.' })
  structures!: number;

  @Field(() => OrganizationStatistics)
  statistics!: OrganizationStatistics;
}

@ObjectType({ description: "A network's figures within the caller's scope, in total and by group (read from kept aggregates: the cost does not grow with the participations)." })
export class NetworkStatistics {
  @Field(() => OrganizationStatistics)
  total!: OrganizationStatistics;

  @Field(() => [NetworkStatisticsGroup])
  groups!: NetworkStatisticsGroup[];
}

@Resolver(() => NetworkRef)
export class NetworkStatisticsResolver {
  @FieldResolver(() => NetworkStatistics, {
    description:
      "The network's dashboard figures: people granted access to the network and partner clients (scope results:read) within their regions or departments; support (SA, SUPPORT) the whole network. Counts of people per campaign by status, share rate and the guide's bands, by structure type, region, department or structure.",
  })
  async statistics(
    @Root() network: NetworkRef,
    @Arg('groupBy', () => NetworkStatisticsGroupBy, { defaultValue: NetworkStatisticsGroupBy.ORGANIZATION_TYPE }) groupBy: NetworkStatisticsGroupBy,
    @Arg('filter', () => NetworkStatisticsFilter, { nullable: true }) filter: NetworkStatisticsFilter | null,
    @Ctx() context: CampaignsContext,
  ): Promise<NetworkStatistics> {
    const jurisdiction = await networkReadScopeOf(context, network.id, 'figures');
    const reads = new ParticipationReadRepository(context.em);
    const statistics = await readNetworkStatistics(
      { jurisdiction, groupBy: groupBy as NetworkGrouping, filter: { type: filter?.organizationType, region: filter?.region, department: filter?.department } },
      { structuresIn: (scope) => structuresInJurisdiction(context, scope), countsByOrganization: (ids, banded) => reads.statisticsCountsByOrganization(ids, banded) },
    );
    const wrap = (figures: typeof statistics.total) => Object.assign(new OrganizationStatistics(), figures);
    return Object.assign(new NetworkStatistics(), {
      total: wrap(statistics.total),
      groups: statistics.groups.map((group) => Object.assign(new NetworkStatisticsGroup(), { ...group, statistics: wrap(group.statistics) })),
    });
  }
}
