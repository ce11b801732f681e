/** Row shapes of the GI tables and their mapping to the shared record types. */
import type { GiEntry, GiUserRecord } from '../../../shared/gi/types';
import type { Confidence, GiKind, GiStatus, UserStatus } from '../../../shared/gi/vocabulary';
import type { GiFieldsInput, GiUserFieldsInput } from '../../../shared/gi/schemas';
import type { FieldValue } from '../../store/change-log';
import { decodeTags, encodeTags } from '../core/tags';
import { SEED_USER } from './seed';

interface Audit {
  id: string;
  unit_code: string;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
  deleted: number;
}

export interface GiRow extends Audit {
  name: string;
  kind: string;
  identifier: string;
  registered_date: string;
  holder: string;
  nice_class: string;
  area_codes: string;
  area_text: string;
  product_scope: string;
  quality_standard: string;
  status: string;
  source: string;
  confidence: string;
  verified: number;
  adopted_from: string;
  notes: string;
}

export interface GiUserRow extends Audit {
  gi_id: string;
  enterprise_name: string;
  uscc: string;
  uscc_override: number;
  legal_representative: string;
  address: string;
  township_code: string | null;
  products: string;
  varieties: string;
  contact_person: string;
  phone: string;
  status: string;
  applied_date: string;
  county_review_date: string | null;
  site_check_date: string | null;
  league_review_date: string | null;
  region_review_date: string | null;
  announced_date: string | null;
  announcement_number: string;
  status_date: string | null;
  status_reason: string;
  notes: string;
}

export function giColumns(f: GiFieldsInput): Record<string, FieldValue> {
  return {
    name: f.name,
    kind: f.kind,
    identifier: f.identifier,
    registered_date: f.registeredDate,
    holder: f.holder,
    nice_class: f.niceClass,
    area_codes: encodeTags(f.areaCodes),
    area_text: f.areaText,
    product_scope: encodeTags(f.productScope),
    quality_standard: f.qualityStandard,
    status: f.status,
    source: f.source,
    confidence: f.confidence,
    verified: f.verified ? 1 : 0,
    adopted_from: f.adoptedFrom,
    notes: f.notes,
  };
}

export function giFromRow(r: GiRow): GiEntry {
  return {
    id: r.id,
    unitCode: r.unit_code,
    name: r.name,
    kind: r.kind as GiKind,
    identifier: r.identifier,
    registeredDate: r.registered_date,
    holder: r.holder,
    niceClass: r.nice_class,
    areaCodes: decodeTags(r.area_codes),
    areaText: r.area_text,
    productScope: decodeTags(r.product_scope),
    qualityStandard: r.quality_standard,
    status: r.status as GiStatus,
    source: r.source,
    confidence: r.confidence as Confidence,
    verified: r.verified === 1,
    adoptedFrom: r.adopted_from,
    notes: r.notes,
    seeded: r.updated_by === SEED_USER,
    updatedAt: r.updated_at,
  };
}

export function userColumns(f: GiUserFieldsInput): Record<string, FieldValue> {
  return {
    gi_id: f.giId,
    enterprise_name: f.enterpriseName,
    uscc: f.uscc,
    uscc_override: f.usccOverride ? 1 : 0,
    legal_representative: f.legalRepresentative,
    address: f.address,
    township_code: f.townshipCode,
    products: encodeTags(f.products),
    varieties: f.varieties,
    contact_person: f.contactPerson,
    phone: f.phone,
    applied_date: f.appliedDate,
    notes: f.notes,
  };
}

export function userFromRow(r: GiUserRow): GiUserRecord {
  return {
    id: r.id,
    unitCode: r.unit_code,
    giId: r.gi_id,
    enterpriseName: r.enterprise_name,
    uscc: r.uscc,
    usccOverride: r.uscc_override === 1,
    legalRepresentative: r.legal_representative,
    address: r.address,
    townshipCode: r.township_code,
    products: decodeTags(r.products),
    varieties: r.varieties,
    contactPerson: r.contact_person,
    phone: r.phone,
    status: r.status as UserStatus,
    appliedDate: r.applied_date,
    countyReviewDate: r.county_review_date,
    siteCheckDate: r.site_check_date,
    leagueReviewDate: r.league_review_date,
    regionReviewDate: r.region_review_date,
    announcedDate: r.announced_date,
    announcementNumber: r.announcement_number,
    statusDate: r.status_date,
    statusReason: r.status_reason,
    notes: r.notes,
    createdAt: r.created_at,
    createdBy: r.created_by,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}
