import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from '../../shared/errors/domain-error.js';
import type { Network } from '../domain/models/organization.js';
import { NetworkEntity } from './network.entity.js';
import type * as Ports from '../domain/repositories.js';

export class NetworkRepository implements Ports.NetworkRepository {
  constructor(private readonly em: EntityManager) {}

  async list(): Promise<Network[]> {
    return this.em.find(NetworkEntity, {}, { orderBy: { name: 'asc' } });
  }

  async get(id: string): Promise<Network> {
    const network = await this.em.findOne(NetworkEntity, { id });
    if (!network) throw new NotFoundError('Réseau introuvable.');
    return network;
  }

  async findByIds(ids: readonly string[]): Promise<Network[]> {
    return this.em.find(NetworkEntity, { id: { $in: [...ids] } });
  }
}
