import type { FactView } from "../../api/contract";
import { ApiFailure, type HandlerTable } from "../../api/dispatcher";
import type { ContentAdminMethod } from "../../api/schemas/content-admin";
import type { StaffAuth } from "../staff/auth";
import type { FactOverrides } from "./fact-overrides";
import type { ContentHolder } from "./holder";
import type { PackStore } from "./pack-store";

export interface ContentAdminDeps {
  auth: Pick<StaffAuth, "requireStaff" | "audit">;
  holder: ContentHolder;
  packs: PackStore;
  overrides: FactOverrides;
  /** Today's date for a correction given without one; tests pass their own. */
  today?: () => string;
}

interface FactRow {
  id: string;
  value: string;
  asOf: string;
}

function packFacts(holder: ContentHolder): FactRow[] {
  return holder.db().prepare("SELECT id, value, as_of AS asOf FROM fact ORDER BY id").all() as FactRow[];
}

/** The staff methods for the content pack (import, export, rollback) and fact corrections. */
export function createContentAdminHandlers(deps: ContentAdminDeps): HandlerTable<ContentAdminMethod> {
  const { auth, holder, packs, overrides } = deps;
  const today = deps.today ?? ((): string => new Date().toISOString().slice(0, 10));

  const viewOf = (row: FactRow): FactView => {
    const corrected = overrides.get(row.id);
    return {
      id: row.id,
      value: corrected?.value ?? row.value,
      asOf: corrected?.asOf ?? row.asOf,
      packValue: row.value,
      packAsOf: row.asOf,
      overridden: corrected !== undefined,
    };
  };

  return {
    staffContentStatus: ({ token }) => {
      auth.requireStaff(token);
      return packs.status();
    },

    staffImportPack: ({ token, fileName, dataBase64 }) => {
      auth.requireStaff(token);
      if (!/\.zip$/i.test(fileName)) throw new ApiFailure("bad_request", "a content pack is uploaded as a .zip file");
      const outcome = packs.importZip(Buffer.from(dataBase64, "base64"));
      if ("rejected" in outcome) {
        auth.audit("content.import-rejected", `${fileName.slice(0, 100)}: ${outcome.rejected.length} problem(s)`);
      } else {
        auth.audit("content.import", `installed ${outcome.installed.packId} ${outcome.installed.version}`);
      }
      return outcome;
    },

    staffExportPack: ({ token }) => {
      auth.requireStaff(token);
      const exported = packs.exportZip();
      if (!exported) throw new ApiFailure("unavailable", "the running content was installed without its pack files; it cannot be exported");
      const { fileName, data } = exported;
      auth.audit("content.export", fileName);
      return { fileName, dataBase64: data.toString("base64") };
    },

    staffRollbackPack: ({ token }) => {
      auth.requireStaff(token);
      const from = holder.meta().version;
      const status = packs.rollback();
      if (!status) throw new ApiFailure("not_found", "there is no previous content pack to roll back to");
      auth.audit("content.rollback", `from ${from} to ${status.current.version}`);
      return status;
    },

    staffListFacts: ({ token }) => {
      auth.requireStaff(token);
      return packFacts(holder).map(viewOf);
    },

    staffSetFact: ({ token, id, value, asOf }) => {
      auth.requireStaff(token);
      const row = packFacts(holder).find((fact) => fact.id === id);
      if (!row) throw new ApiFailure("not_found", `the running pack has no fact "${id}"`);
      if (value === null) {
        const removed = overrides.remove(id);
        if (removed) auth.audit("content.fact-reset", `${id} back to the pack value ${row.value} (as of ${row.asOf})`);
      } else {
        const stamp = asOf ?? today();
        overrides.set(id, value, stamp);
        auth.audit("content.fact-set", `${id} = ${value} (as of ${stamp}; pack: ${row.value})`);
      }
      return viewOf(row);
    },
  };
}
