/**
 * No user-visible string may be left untranslated: both languages have the same keys, every key
 * the renderer uses exists, every closed set the UI translates (error codes, sections, entities,
 * fields, …) has its keys, and no Chinese text sits in renderer code outside the locale files.
 */
import { CASE_DATE_FIELDS } from '../../shared/cases/schemas';
import { REPORT_TABS } from '../../renderer/src/features/reports/reports-store';
import { SAMR_FOOTNOTE_LINES, SAMR_FORM_ACTIONS, SAMR_FORM_COLUMNS, SAMR_FORM_ROWS } from '../../shared/reports/samr-form';
import { ACTION_TARGETS } from '../../shared/actions/vocabulary';
import { CAMPAIGN_COLUMNS } from '../../shared/reports/campaign';
import { GI_COLUMNS, TASK_COLUMNS } from '../../shared/reports/record-drill';
import { COMPLETENESS_STATES } from '../../shared/reports/completeness';
import { DASHBOARD_CASE_FIGURES } from '../../shared/reports/dashboard';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTITIES } from '../../electron/store/syncable';
import { SYNCABLE_ENTITIES } from '../../shared/entities';
import { DEADLINE_KINDS } from '../../shared/cases/deadlines';
import { caseListSchema, holidaySaveSchema } from '../../shared/cases/schemas';
import { VALIDATION_CODES } from '../../shared/cases/validation-codes';
import { SAMR_CATEGORIES, CASE_CATEGORIES, CASE_FLAGS, CASE_OUTCOMES, CASE_SOURCES, ID_TYPES, PARTY_KINDS, STAGE_CODES, VOCABULARY_KINDS } from '../../shared/cases/vocabulary';
import { IDENTIFIER_PROBLEMS } from '../../shared/identifiers';
import {
  CHECK_ITEMS,
  CHECK_RESULTS,
  CONFIDENCES,
  GI_KINDS,
  GI_STATUSES,
  INSPECTION_RESULTS,
  STATUS_ACTIONS,
  TIMELINE_STEPS,
  USER_FLAGS,
  USER_STATUSES,
} from '../../shared/gi/vocabulary';
import { BUNDLE_PROBLEMS } from '../../shared/bundles/problems';
import { REJECTION_CODES, VALUE_PROBLEMS } from '../../shared/bundles/rejections';
import { CASE_PROCEDURES } from '../../shared/cases/deadlines';
import { PROCEDURE_WARNINGS } from '../../shared/cases/procedure';
import { PENALTY_KINDS } from '../../shared/cases/vocabulary';
import { CADENCES, COMPUTED_KINDS, ON_TIME_FORMULAS, PERIOD_RULES, REPORT_STATUSES, TASK_STATES, UNIT_RULES } from '../../shared/plans/vocabulary';

/** Closed vocabularies the case and GI screens translate as `<prefix><code>`. */
const CLOSED_SETS: [string, readonly string[]][] = [
  ['cases.category.', CASE_CATEGORIES],
  ['cases.source.', CASE_SOURCES],
  ['cases.flag.', CASE_FLAGS],
  ['cases.outcome.', CASE_OUTCOMES],
  ['cases.stage.', STAGE_CODES],
  ['cases.partyKind.', PARTY_KINDS],
  ['cases.idType.', ID_TYPES],
  ['cases.deadlineKind.', DEADLINE_KINDS],
  ['cases.procedure.', CASE_PROCEDURES],
  ['cases.extensionBy.', ['head', 'collective']],
  ['cases.penaltyKind.', PENALTY_KINDS],
  ['cases.procedureWarning.', PROCEDURE_WARNINGS],
  ['cases.deadlineFilter.', caseListSchema.shape.deadline.unwrap().options],
  ['reference.vocabulary.kinds.', VOCABULARY_KINDS],
  ['gi.kind.', GI_KINDS],
  ['gi.status.', GI_STATUSES],
  ['gi.confidence.', CONFIDENCES],
  ['gi.userStatus.', USER_STATUSES],
  ['gi.flag.', USER_FLAGS],
  ['gi.flagHelp.', USER_FLAGS],
  ['gi.step.', TIMELINE_STEPS],
  ['gi.statusForm.title.', STATUS_ACTIONS],
  ['gi.checkItem.', CHECK_ITEMS],
  ['gi.check.', CHECK_RESULTS],
  ['gi.inspectionResult.', INSPECTION_RESULTS],
  ['plans.cadence.', CADENCES],
  ['plans.status.', REPORT_STATUSES],
  ['plans.state.', TASK_STATES],
  ['plans.indicators.computed.', COMPUTED_KINDS.filter((k) => k !== '')],
  ['plans.indicators.periodRule.', PERIOD_RULES],
  ['plans.indicators.unitRule.', UNIT_RULES],
  ['plans.indicators.formula.', ON_TIME_FORMULAS],
  ['bundles.problem.', BUNDLE_PROBLEMS],
  ['exchange.rejection.', REJECTION_CODES],
  ['exchange.valueProblem.', VALUE_PROBLEMS],
  ['cases.dateField.', CASE_DATE_FIELDS],
  ['reports.tab.', REPORT_TABS],
  ['reports.samrColumn.', SAMR_FORM_COLUMNS.map((c) => c.key)],
  ['reports.samrAction.', SAMR_FORM_ACTIONS.map((a) => a.key)],
  ['reports.samrUnit.', [...new Set([...SAMR_FORM_COLUMNS, ...SAMR_FORM_ACTIONS].map((c) => c.unit))]],
  ['reports.samrRow.', SAMR_CATEGORIES],
  ['reports.campaign.action.', ['actions', 'staff', 'physicalMarketActions', 'businessesInspected', 'marketsInspected', 'seized']],
  ['actions.target.', ACTION_TARGETS],
  ['actions.total.', ['actions', 'staff', 'physicalMarketActions', 'physicalMarketStaff', 'keyMarkets']],
  ['reports.campaign.column.', CAMPAIGN_COLUMNS],
  ['reports.gi.column.', GI_COLUMNS],
  ['reports.tasks.column.', TASK_COLUMNS],
  ['reports.completeness.state.', COMPLETENESS_STATES],
  ['reports.dashboard.figure.', [...DASHBOARD_CASE_FIGURES, 'penalties', 'giApproved', 'tasksOverdue']],
  ['reports.drill.date.', ['gi', 'tasks']],
  ['reference.calendar.kinds.', holidaySaveSchema.shape.kind.options],
];
import { ERROR_CODES } from '../../shared/errors';
import { LANGUAGES } from '../../shared/profile';
import { en } from '../../renderer/src/i18n/locales/en';
import { zhCN } from '../../renderer/src/i18n/locales/zh-CN';
import { SECTIONS } from '../../renderer/src/state/sections';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const zh = flatten(zhCN as unknown as Tree);
const english = flatten(en as unknown as Tree);
const rendererDir = path.resolve(__dirname, '../../renderer/src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(e.name) ? [full] : [];
  });
}

const stripComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

describe('translations', () => {
  it('the SAMR screen in Chinese prints the official form’s words (shared/reports/samr-form.ts)', () => {
    for (const c of SAMR_FORM_COLUMNS) expect(zh.get(`reports.samrColumn.${c.key}`)).toBe(c.label);
    for (const a of SAMR_FORM_ACTIONS) expect(zh.get(`reports.samrAction.${a.key}`)).toBe(a.label);
    for (const r of SAMR_CATEGORIES) expect(zh.get(`reports.samrRow.${r}`)).toBe(SAMR_FORM_ROWS[r]);
    expect(zh.get('reports.samrFootnoteForm')).toBe(SAMR_FOOTNOTE_LINES[0]);
    expect(zh.get('reports.samrFootnoteRules')).toBe(SAMR_FOOTNOTE_LINES[1]);
  });

  it('zh-CN and en have exactly the same keys, none empty', () => {
    expect([...english.keys()].sort()).toEqual([...zh.keys()].sort());
    for (const [k, v] of [...zh, ...english]) expect(v.trim(), k).not.toBe('');
  });

  it('every literal key the renderer uses exists in both languages', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(rendererDir)) {
      for (const m of fs.readFileSync(file, 'utf8').matchAll(/\bt\(\s*['"]([a-zA-Z0-9_.-]+)['"]/g)) used.add(m[1] as string);
    }
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter((k) => !zh.has(k) || !english.has(k));
    expect(missing).toEqual([]);
  });

  it('every key is used somewhere (no dead text to keep translating)', () => {
    const code = sourceFiles(rendererDir)
      .filter((f) => !f.includes(`${path.sep}locales${path.sep}`))
      .map((f) => fs.readFileSync(f, 'utf8'))
      .join('\n');
    const templated = [
      'errors.',
      'nav.',
      'role.',
      'languages.',
      'entities.',
      'fields.',
      'reference.levels.',
      'reference.kinds.',
      'validation.',
      'identifiers.',
      ...CLOSED_SETS.map(([prefix]) => prefix),
    ];
    const unused = [...zh.keys()].filter((k) => !code.includes(`'${k}'`) && !templated.some((p) => k.startsWith(p)));
    expect(unused).toEqual([]);
  });

  it('every closed set the UI translates by template key is complete', () => {
    const required = [
      ...ERROR_CODES.map((c) => `errors.${c}`),
      ...SECTIONS.map((s) => `nav.${s}`),
      ...['league', 'county'].map((r) => `role.${r}`),
      ...LANGUAGES.map((l) => `languages.${l}`),
      ...SYNCABLE_ENTITIES.map((e) => `entities.${e}`),
      ...['unit_code', 'deleted', ...Object.values(ENTITIES).flatMap((e) => e.fields)].map((f) => `fields.${f}`),
      ...['province', 'prefecture', 'county', 'county_functional'].map((l) => `reference.levels.${l}`),
      ...['holiday', 'workday'].map((k) => `reference.kinds.${k}`),
      ...VALIDATION_CODES.map((c) => `validation.${c}`),
      ...IDENTIFIER_PROBLEMS.map((c) => `identifiers.${c}`),
      ...CLOSED_SETS.flatMap(([prefix, values]) => values.map((v) => `${prefix}${v}`)),
    ];
    expect(required.filter((k) => !zh.has(k) || !english.has(k))).toEqual([]);
  });

  it('no Chinese text is hard-coded in renderer code outside the locale files', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(rendererDir)) {
      if (file.includes(`${path.sep}locales${path.sep}`)) continue;
      stripComments(fs.readFileSync(file, 'utf8'))
        .split('\n')
        .forEach((line, i) => {
          if (/[\u3400-\u9fff\uff00-\uffef]/.test(line)) offenders.push(`${path.relative(rendererDir, file)}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(offenders).toEqual([]);
  });
});
