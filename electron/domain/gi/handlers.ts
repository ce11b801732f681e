/** The GI register slice (opening a case from an inspection is a workflow with the case log: electron/api/workflows.ts). */
import type { giContract } from '../../../shared/gi/contract';
import type { HandlersOf } from '../core/handlers';
import { changeStatus, recordStep } from './approval';
import { getGi, listCatalogue, saveGi } from './catalogue';
import { getUserDetail } from './detail';
import { exportRegister } from './export';
import { userHistory } from './history';
import { addInspectionPhoto, loadInspectionRow, removeInspectionPhoto, saveInspection } from './inspections';
import { saveUseReport } from './use-reports';
import { createUser, updateUser } from './users';
import { attentionList, listUsers } from './users-list';

export const giHandlers: Omit<HandlersOf<typeof giContract>, 'gi.openCase'> = {
  'gi.catalogue': (s) => listCatalogue(s),
  'gi.get': (s, input) => getGi(s.ledger, input.id),
  'gi.save': (s, input) => getGi(s.ledger, saveGi(s, input)),
  'gi.users': (s, input) => listUsers(s, input),
  'gi.attention': (s) => attentionList(s),
  'gi.user': (s, input) => getUserDetail(s, input.id),
  'gi.createUser': (s, input) => getUserDetail(s, createUser(s, input)),
  'gi.updateUser': (s, input) => {
    updateUser(s, input.id, input.fields);
    return getUserDetail(s, input.id);
  },
  'gi.recordStep': (s, input) => {
    recordStep(s, input);
    return getUserDetail(s, input.userId);
  },
  'gi.changeStatus': (s, input) => {
    changeStatus(s, input);
    return getUserDetail(s, input.userId);
  },
  'gi.saveReport': (s, input) => {
    saveUseReport(s, input);
    return getUserDetail(s, input.userId);
  },
  'gi.saveInspection': (s, input) => {
    saveInspection(s, input);
    return getUserDetail(s, input.userId);
  },
  'gi.addPhoto': (s, input) => {
    addInspectionPhoto(s, input);
    return getUserDetail(s, loadInspectionRow(s.ledger, input.inspectionId).user_id);
  },
  'gi.removePhoto': (s, input) => {
    removeInspectionPhoto(s, input.id);
    return getUserDetail(s, input.userId);
  },
  'gi.userHistory': (s, input) => userHistory(s.ledger, input.id),
  'gi.export': async (s, input) => {
    const file = await exportRegister(s, input.giId);
    return { fileName: file.fileName, base64: file.bytes.toString('base64') };
  },
};
