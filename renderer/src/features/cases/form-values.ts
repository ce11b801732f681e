/** The case form's values (amounts in yuan) and their conversion to and from the contract's shapes. */
import type { CaseFieldsDraft } from '../../../../shared/cases/schemas';
import type { CaseDetail, CaseParty } from '../../../../shared/cases/types';
import type { CaseCategory, CaseFlag, CaseSource } from '../../../../shared/cases/vocabulary';
import type { CaseProcedure } from '../../../../shared/cases/deadlines';
import { fenToYuanInput, yuanInputToFen } from '../../components/money';

/** A party as the form edits it: new parties have no id yet. */
export type PartyFormValue = Omit<CaseParty, 'id'> & { id?: string };

export interface CaseFormValues {
  caseNumber: string;
  title: string;
  campaigns: string[];
  category: CaseCategory;
  violationType: string | null;
  legalBasis: string;
  source: CaseSource;
  leadDate: string | null;
  goods: string;
  goodsCategory: string | null;
  placeType: string | null;
  townshipCode: string | null;
  platform: string;
  shopUrl: string;
  flags: CaseFlag[];
  amountInvolved: number | null;
  fine: number | null;
  confiscated: number | null;
  seizedQty: number | null;
  seizedUnit: string;
  seizedValue: number | null;
  destroyedQty: number | null;
  destroyedUnit: string;
  destroyedValue: number | null;
  recoveredLoss: number | null;
  recoveredForeignLoss: number | null;
  giProduct: string;
  handlers: string;
  notes: string;
  filingExtended: boolean;
  decisionExtended: boolean;
  extensionNote: string;
  excludedDays: number | null;
  procedure: CaseProcedure;
  filingExcludedDays: number | null;
  decisionExtensions: ExtensionFormValue[];
  noticeServedDate: string | null;
  rightsWaivedDate: string | null;
  policeReportDate: string | null;
  policeApprovedDate: string | null;
  parties: PartyFormValue[];
}

/** One extension row of the form (行政处罚法第60条). */
export interface ExtensionFormValue {
  by: 'head' | 'collective';
  approvedOn: string | null;
  days: number | null;
  reason: string;
}

export function newCaseValues(today: string, handler: string): CaseFormValues {
  return {
    caseNumber: '',
    title: '',
    campaigns: [],
    category: 'trademark',
    violationType: null,
    legalBasis: '',
    source: 'inspection',
    leadDate: today,
    goods: '',
    goodsCategory: null,
    placeType: null,
    townshipCode: null,
    platform: '',
    shopUrl: '',
    flags: [],
    amountInvolved: null,
    fine: null,
    confiscated: null,
    seizedQty: null,
    seizedUnit: '',
    seizedValue: null,
    destroyedQty: null,
    destroyedUnit: '',
    destroyedValue: null,
    recoveredLoss: null,
    recoveredForeignLoss: null,
    giProduct: '',
    handlers: handler,
    notes: '',
    filingExtended: false,
    decisionExtended: false,
    extensionNote: '',
    excludedDays: 0,
    procedure: 'ordinary',
    filingExcludedDays: 0,
    decisionExtensions: [],
    noticeServedDate: null,
    rightsWaivedDate: null,
    policeReportDate: null,
    policeApprovedDate: null,
    parties: [
      { kind: 'organisation', name: '', idType: 'uscc', idNumber: '', idOverride: false, legalRepresentative: '', address: '', townshipCode: null, phone: '' },
    ],
  };
}

export function valuesFromDetail(d: CaseDetail): CaseFormValues {
  const r = d.record;
  return {
    caseNumber: r.caseNumber,
    title: r.title,
    campaigns: r.campaigns,
    category: r.category,
    violationType: r.violationType || null,
    legalBasis: r.legalBasis,
    source: r.source,
    leadDate: r.leadDate,
    goods: r.goods,
    goodsCategory: r.goodsCategory || null,
    placeType: r.placeType || null,
    townshipCode: r.townshipCode,
    platform: r.platform,
    shopUrl: r.shopUrl,
    flags: r.flags,
    amountInvolved: fenToYuanInput(r.amountInvolvedFen),
    fine: fenToYuanInput(r.fineFen),
    confiscated: fenToYuanInput(r.confiscatedFen),
    seizedQty: r.seizedQty,
    seizedUnit: r.seizedUnit,
    seizedValue: fenToYuanInput(r.seizedValueFen),
    destroyedQty: r.destroyedQty,
    destroyedUnit: r.destroyedUnit,
    destroyedValue: fenToYuanInput(r.destroyedValueFen),
    recoveredLoss: fenToYuanInput(r.recoveredLossFen),
    recoveredForeignLoss: fenToYuanInput(r.recoveredForeignLossFen),
    giProduct: r.giProduct,
    handlers: r.handlers,
    notes: r.notes,
    filingExtended: r.filingExtended,
    decisionExtended: r.decisionExtended,
    extensionNote: r.extensionNote,
    excludedDays: r.excludedDays,
    procedure: r.procedure,
    filingExcludedDays: r.filingExcludedDays,
    decisionExtensions: r.decisionExtensions.map((e) => ({ ...e })),
    noticeServedDate: r.noticeServedDate,
    rightsWaivedDate: r.rightsWaivedDate,
    policeReportDate: r.policeReportDate,
    policeApprovedDate: r.policeApprovedDate,
    parties: d.parties.map((p) => ({ ...p })),
  };
}

const text = (v: string | null | undefined) => (v ?? '').trim();

export function draftFromValues(v: CaseFormValues): CaseFieldsDraft {
  return {
    caseNumber: text(v.caseNumber),
    title: text(v.title),
    campaigns: v.campaigns ?? [],
    category: v.category,
    violationType: text(v.violationType),
    legalBasis: text(v.legalBasis),
    source: v.source,
    leadDate: v.leadDate ?? '',
    goods: text(v.goods),
    goodsCategory: text(v.goodsCategory),
    placeType: text(v.placeType),
    townshipCode: v.townshipCode ?? null,
    platform: text(v.platform),
    shopUrl: text(v.shopUrl),
    flags: v.flags ?? [],
    amountInvolvedFen: yuanInputToFen(v.amountInvolved),
    fineFen: yuanInputToFen(v.fine),
    confiscatedFen: yuanInputToFen(v.confiscated),
    seizedQty: v.seizedQty ?? null,
    seizedUnit: text(v.seizedUnit),
    seizedValueFen: yuanInputToFen(v.seizedValue),
    destroyedQty: v.destroyedQty ?? null,
    destroyedUnit: text(v.destroyedUnit),
    destroyedValueFen: yuanInputToFen(v.destroyedValue),
    recoveredLossFen: yuanInputToFen(v.recoveredLoss),
    recoveredForeignLossFen: yuanInputToFen(v.recoveredForeignLoss),
    giProduct: text(v.giProduct),
    handlers: text(v.handlers),
    notes: text(v.notes),
    filingExtended: !!v.filingExtended,
    decisionExtended: !!v.decisionExtended,
    extensionNote: text(v.extensionNote),
    excludedDays: v.excludedDays ?? 0,
    procedure: v.procedure ?? 'ordinary',
    filingExcludedDays: v.filingExcludedDays ?? 0,
    decisionExtensions: (v.decisionExtensions ?? []).map((e) => ({ by: e.by, approvedOn: e.approvedOn ?? '', days: e.days ?? 0, reason: text(e.reason) })),
    noticeServedDate: v.noticeServedDate ?? null,
    rightsWaivedDate: v.rightsWaivedDate ?? null,
    policeReportDate: v.policeReportDate ?? null,
    policeApprovedDate: v.policeApprovedDate ?? null,
    parties: (v.parties ?? []).map((p) => ({
      ...(p.id ? { id: p.id } : {}),
      kind: p.kind,
      name: text(p.name),
      idType: p.idType,
      idNumber: text(p.idNumber),
      idOverride: !!p.idOverride,
      legalRepresentative: text(p.legalRepresentative),
      address: text(p.address),
      townshipCode: p.townshipCode ?? null,
      phone: text(p.phone),
    })),
  };
}
