import type { FilterQuery } from '@mikro-orm/core';
import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import { AppException } from '../../common/http/app-exception';
import type { Locale } from '../users/user.entity';
import { Official } from './advocacy.entities';
import type { CreateOfficialRequest, ImportReport, ImportRowReport, ListOfficialsQuery, OfficialsPage, UpdateOfficialRequest } from './officials.dto';
import { OfficialResponse } from './officials.dto';
import { officialKey, parseOfficialsCsv, type OfficialRecord } from './officials-import';

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

@Injectable()
export class OfficialsService {
  private readonly logger = new Logger('officials');

  constructor(private readonly em: EntityManager) {}

  async list(q: ListOfficialsQuery): Promise<OfficialsPage> {
    const where: FilterQuery<Official> = {};
    if (q.country) where.country = q.country;
    if (q.level) where.level = q.level;
    if (q.institution) where.institution = { $ilike: escapeLike(q.institution) };
    if (q.active !== 'all') where.active = q.active !== 'false';
    if (q.sendable === 'true') where.email = { $ne: null };
    if (q.q) {
      const like = `%${escapeLike(q.q.trim())}%`;
      where.$or = [{ name: { $ilike: like } }, { position: { $ilike: like } }, { institution: { $ilike: like } }, { region: { $ilike: like } }, { email: { $ilike: like } }];
    }
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 100;
    const [rows, total] = await this.em.findAndCount(Official, where, {
      orderBy: { country: 'asc', level: 'asc', institution: 'asc', name: 'asc' },
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    const facets = await this.em.getConnection().execute<{ institution: string | null; country: string | null }[]>(
      `select distinct institution, null as country from officials union all select distinct null, country from officials`,
    );
    return {
      items: rows.map(OfficialResponse.from),
      total,
      page,
      pageSize,
      institutions: facets.map((f) => f.institution).filter((x): x is string => !!x).sort((a, b) => a.localeCompare(b, 'es')),
      countries: facets.map((f) => f.country).filter((x): x is string => !!x).sort(),
    };
  }

  async get(id: string): Promise<Official> {
    const o = await this.em.findOne(Official, id);
    if (!o) throw new AppException(HttpStatus.NOT_FOUND, 'officials.not_found');
    return o;
  }

  async create(dto: CreateOfficialRequest): Promise<Official> {
    const o = this.em.create(Official, {
      name: dto.name,
      position: dto.position ?? null,
      institution: dto.institution,
      level: dto.level,
      country: dto.country,
      region: dto.region ?? null,
      email: dto.email ?? null,
      contactUrl: dto.contactUrl ?? null,
      sourceUrl: dto.sourceUrl ?? null,
      lastVerifiedOn: dto.lastVerifiedOn ?? null,
      needsVerification: dto.needsVerification ?? (!dto.email || !dto.lastVerifiedOn),
      notes: dto.notes ?? null,
      active: dto.active ?? true,
    });
    await this.flushUnique();
    return o;
  }

  async update(id: string, dto: UpdateOfficialRequest): Promise<Official> {
    const o = await this.get(id);
    const fields = ['name', 'position', 'institution', 'level', 'country', 'region', 'email', 'contactUrl', 'sourceUrl', 'lastVerifiedOn', 'needsVerification', 'notes', 'active'] as const;
    for (const f of fields) if (dto[f] !== undefined) (o as unknown as Record<string, unknown>)[f] = dto[f];
    await this.flushUnique();
    return o;
  }

  private async flushUnique(): Promise<void> {
    try {
      await this.em.flush();
    } catch (e) {
      if (e instanceof UniqueConstraintViolationException) throw new AppException(HttpStatus.CONFLICT, 'officials.email_taken');
      throw e;
    }
  }

  /**
   * Imports a CSV in one transaction. Rows that share an email with a stored official update it; rows
   * without an email update the stored official with the same name, institution and country and no email.
   * A file with broken rows saves nothing unless `importValidRows`; a dry run never saves.
   */
  async import(csv: string, opts: { dryRun: boolean; importValidRows: boolean }, locale: Locale): Promise<ImportReport> {
    const parsed = parseOfficialsCsv(csv, locale);
    if (parsed.fileProblem) throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, 'officials.import_unreadable', { problem: parsed.fileProblem });
    if (parsed.rows.length === 0) throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, 'officials.import_empty');

    return this.em.transactional(async (em) => {
      const emails = parsed.rows.map((r) => r.record?.email).filter((e): e is string => !!e);
      const byEmail = new Map((await em.find(Official, { email: { $in: emails } })).map((o) => [o.email!, o]));
      const noEmail = await em.find(Official, { email: null });
      const byKey = new Map(noEmail.map((o) => [officialKey(o), o]));

      const lines: ImportRowReport[] = [];
      const plan: { record: OfficialRecord; existing: Official | undefined }[] = [];
      for (const row of parsed.rows) {
        if (!row.record) {
          lines.push({ line: row.line, action: 'error', name: row.name, institution: row.institution, email: row.email, problems: row.problems });
          continue;
        }
        const existing = row.record.email ? byEmail.get(row.record.email) : byKey.get(officialKey(row.record));
        plan.push({ record: row.record, existing });
        lines.push({ line: row.line, action: existing ? 'update' : 'create', name: row.name, institution: row.institution, email: row.email, problems: [] });
      }
      const invalid = parsed.rows.length - plan.length;
      const save = !opts.dryRun && (invalid === 0 || opts.importValidRows);
      if (save) {
        for (const { record, existing } of plan) {
          // An update changes what the file has columns for; a column it lacks leaves that field as it was.
          if (existing) {
            em.assign(existing, Object.fromEntries(parsed.present.map((f) => [f, record[f]])));
            if (parsed.present.includes('email') || parsed.present.includes('lastVerifiedOn')) existing.needsVerification = !existing.email || !existing.lastVerifiedOn;
          }
          else em.create(Official, record);
        }
        await em.flush();
        this.logger.log({ created: plan.filter((p) => !p.existing).length, updated: plan.filter((p) => p.existing).length, skipped: invalid }, 'officials imported');
      }
      return {
        dryRun: opts.dryRun,
        imported: save && plan.length > 0,
        rows: parsed.rows.length,
        valid: plan.length,
        invalid,
        created: plan.filter((p) => !p.existing).length,
        updated: plan.filter((p) => p.existing).length,
        ignoredColumns: parsed.ignoredColumns,
        lines,
      };
    });
  }
}
