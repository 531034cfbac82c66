import type Database from "better-sqlite3";
import { isLang, type Lang, type TicketView, type UnansweredQuestion, type UsageEvent, type UsageFigures } from "../../api/contract";
import { ApiFailure } from "../../api/dispatcher";
import type { Clock } from "../staff/auth";
import { scrubQuestion } from "./scrub";

const DAY_MS = 24 * 60 * 60 * 1000;
export const UNANSWERED_KEEP_DAYS = 30;
/** Two minutes, in days: misses this close together that extend each other are merged. */
const TYPING_WINDOW_DAYS = 2 / (24 * 60);
/** Anonymous events and feedback scores are kept for about 13 months, enough for a year's comparison. */
export const USAGE_KEEP_DAYS = 400;

export interface UsageStore {
  record(session: string, event: UsageEvent): void;
  feedback(session: string, lang: Lang, score: number): void;
  callStaff(session: string, lang: Lang): { ticket: number; issuedAt: string };
  listTickets(): TicketView[];
  closeTicket(ticket: number): TicketView;
  /** Keeps what is left of a search that found nothing, once scrubbed; see scrubQuestion. */
  recordUnanswered(lang: Lang, query: string): void;
  unanswered(): UnansweredQuestion[];
  figures(days: number): UsageFigures;
  purge(): void;
  table(name: "usage" | "feedback" | "unanswered" | "tickets"): { header: string[]; rows: (string | number | null)[][] };
}

function detailOf(event: UsageEvent): string | null {
  switch (event.kind) {
    case "tile":
      return event.tile;
    case "answer":
      return event.id;
    case "handoff":
      return event.item;
    case "session-end":
      return event.reason;
    case "session-start":
    case "language":
      return null;
  }
}

function counted<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Day (YYYY-MM-DD) and hour in the kiosk's own time zone, which is how staff read their shifts. */
function localDayHour(iso: string): { day: string; hour: number } {
  const date = new Date(iso);
  const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
  return { day, hour: date.getHours() };
}

export function createUsageStore(db: Database.Database, clock: Clock = Date.now): UsageStore {
  const insertEvent = db.prepare("INSERT INTO usage_event (at, session, kind, lang, detail) VALUES (?, ?, ?, ?, ?)");
  const insertFeedback = db.prepare("INSERT INTO feedback (at, session, lang, score) VALUES (?, ?, ?, ?)");
  const openTicketOf = db.prepare(
    "SELECT ticket, issued_at AS issuedAt FROM staff_ticket WHERE session = ? AND closed_at IS NULL",
  );
  const nextTicket = db.prepare(
    "INSERT INTO counter (name, value) VALUES ('staff-ticket', 1) ON CONFLICT(name) DO UPDATE SET value = value % 999 + 1 RETURNING value",
  );
  const insertTicket = db.prepare("INSERT INTO staff_ticket (ticket, session, lang, issued_at) VALUES (?, ?, ?, ?)");
  const selectTickets = db.prepare(
    "SELECT id, ticket, lang, issued_at AS issuedAt, closed_at AS closedAt FROM staff_ticket WHERE closed_at IS NULL OR closed_at > ? ORDER BY id DESC LIMIT 200",
  );
  const selectOpenTicket = db.prepare(
    "SELECT id FROM staff_ticket WHERE ticket = ? AND closed_at IS NULL ORDER BY id DESC LIMIT 1",
  );
  const closeTicketRow = db.prepare("UPDATE staff_ticket SET closed_at = ? WHERE id = ?");
  const selectTicket = db.prepare("SELECT ticket, lang, issued_at AS issuedAt, closed_at AS closedAt FROM staff_ticket WHERE id = ?");
  const insertUnanswered = db.prepare("INSERT INTO unanswered (at, lang, text) VALUES (?, ?, ?)");
  const lastUnanswered = db.prepare("SELECT id, text FROM unanswered WHERE lang = ? AND at >= ? ORDER BY id DESC LIMIT 1");
  const updateUnanswered = db.prepare("UPDATE unanswered SET text = ?, at = ? WHERE id = ?");
  const selectUnanswered = db.prepare(
    "SELECT text, lang, COUNT(*) AS count, MAX(at) AS lastAt FROM unanswered GROUP BY lower(text), lang ORDER BY count DESC, lastAt DESC LIMIT 300",
  );
  const eventsSince = db.prepare("SELECT at, session, kind, lang, detail FROM usage_event WHERE at >= ? ORDER BY at");
  const feedbackSince = db.prepare("SELECT score, COUNT(*) AS count FROM feedback WHERE at >= ? GROUP BY score");

  const nowIso = (): string => new Date(clock()).toISOString();
  const ago = (days: number): string => new Date(clock() - days * DAY_MS).toISOString();

  const toTicket = (row: { ticket: number; lang: string; issuedAt: string; closedAt: string | null }): TicketView => ({
    ticket: row.ticket,
    lang: isLang(row.lang) ? row.lang : "en",
    issuedAt: row.issuedAt,
    closedAt: row.closedAt,
  });

  const figures = (days: number): UsageFigures => {
    const events = eventsSince.all(ago(days)) as { at: string; session: string; kind: string; lang: string | null; detail: string | null }[];
    const byDay = new Map<string, number>();
    const byHour = new Map<number, number>();
    const byTile = new Map<string, number>();
    const langOfSession = new Map<string, string>();
    let sessions = 0;
    let handoffs = 0;
    for (const event of events) {
      if (event.kind === "session-start") {
        sessions += 1;
        const { day, hour } = localDayHour(event.at);
        counted(byDay, day);
        counted(byHour, hour);
      }
      if ((event.kind === "session-start" || event.kind === "language") && event.lang) langOfSession.set(event.session, event.lang);
      if (event.kind === "tile" && event.detail) counted(byTile, event.detail);
      if (event.kind === "handoff") handoffs += 1;
    }
    const byLanguage = new Map<Lang, number>();
    for (const lang of langOfSession.values()) if (isLang(lang)) counted(byLanguage, lang);

    const scores = feedbackSince.all(ago(days)) as { score: number; count: number }[];
    const count = scores.reduce((sum, row) => sum + row.count, 0);
    const total = scores.reduce((sum, row) => sum + row.score * row.count, 0);
    return {
      days,
      sessions,
      sessionsByDay: [...byDay].map(([day, n]) => ({ day, count: n })).sort((a, b) => a.day.localeCompare(b.day)),
      byLanguage: [...byLanguage].map(([lang, n]) => ({ lang, count: n })).sort((a, b) => b.count - a.count),
      byTile: [...byTile].map(([tile, n]) => ({ tile, count: n })).sort((a, b) => b.count - a.count),
      byHour: Array.from({ length: 24 }, (_, hour) => ({ hour, count: byHour.get(hour) ?? 0 })),
      handoffs,
      feedback: {
        count,
        average: count > 0 ? Math.round((total / count) * 100) / 100 : null,
        byScore: [1, 2, 3, 4, 5].map((score) => ({ score, count: scores.find((row) => row.score === score)?.count ?? 0 })),
      },
    };
  };

  return {
    record: (session, event) => {
      insertEvent.run(nowIso(), session, event.kind, "lang" in event ? event.lang : null, detailOf(event));
    },

    feedback: (session, lang, score) => {
      insertFeedback.run(nowIso(), session, lang, score);
    },

    callStaff: (session, lang) =>
      db.transaction(() => {
        // One open ticket per traveller session: tapping again shows the same number.
        const open = openTicketOf.get(session) as { ticket: number; issuedAt: string } | undefined;
        if (open) return open;
        const { value } = nextTicket.get() as { value: number };
        const issuedAt = nowIso();
        insertTicket.run(value, session, lang, issuedAt);
        return { ticket: value, issuedAt };
      })(),

    listTickets: () =>
      (selectTickets.all(ago(1)) as { ticket: number; lang: string; issuedAt: string; closedAt: string | null }[]).map(toTicket),

    closeTicket: (ticket) => {
      const row = selectOpenTicket.get(ticket) as { id: number } | undefined;
      if (!row) throw new ApiFailure("not_found", `there is no open ticket ${ticket}`);
      closeTicketRow.run(nowIso(), row.id);
      return toTicket(selectTicket.get(row.id) as { ticket: number; lang: string; issuedAt: string; closedAt: string | null });
    },

    recordUnanswered: (lang, query) => {
      const text = scrubQuestion(query);
      if (!text) return;
      // The search runs after each pause in typing: "taxi rec" then "taxi receipt" is one question.
      const last = lastUnanswered.get(lang, ago(TYPING_WINDOW_DAYS)) as { id: number; text: string } | undefined;
      if (last && (text.startsWith(last.text) || last.text.startsWith(text))) {
        updateUnanswered.run(text.length >= last.text.length ? text : last.text, nowIso(), last.id);
        return;
      }
      insertUnanswered.run(nowIso(), lang, text);
    },

    unanswered: () =>
      (selectUnanswered.all() as { text: string; lang: string; count: number; lastAt: string }[]).map((row) => ({
        text: row.text,
        lang: isLang(row.lang) ? row.lang : "en",
        count: row.count,
        lastAt: row.lastAt,
      })),

    figures,

    purge: () => {
      db.transaction(() => {
        db.prepare("DELETE FROM unanswered WHERE at < ?").run(ago(UNANSWERED_KEEP_DAYS));
        db.prepare("DELETE FROM usage_event WHERE at < ?").run(ago(USAGE_KEEP_DAYS));
        db.prepare("DELETE FROM feedback WHERE at < ?").run(ago(USAGE_KEEP_DAYS));
        db.prepare("DELETE FROM staff_ticket WHERE issued_at < ?").run(ago(USAGE_KEEP_DAYS));
      })();
    },

    table: (name) => {
      switch (name) {
        case "usage":
          return {
            header: ["at", "session", "kind", "lang", "detail"],
            rows: db.prepare("SELECT at, session, kind, lang, detail FROM usage_event ORDER BY id").raw().all() as (string | null)[][],
          };
        case "feedback":
          return {
            header: ["at", "lang", "score"],
            rows: db.prepare("SELECT at, lang, score FROM feedback ORDER BY id").raw().all() as (string | number)[][],
          };
        case "unanswered":
          return {
            header: ["at", "lang", "text"],
            rows: db.prepare("SELECT at, lang, text FROM unanswered ORDER BY id").raw().all() as string[][],
          };
        case "tickets":
          return {
            header: ["ticket", "lang", "issued_at", "closed_at"],
            rows: db.prepare("SELECT ticket, lang, issued_at, closed_at FROM staff_ticket ORDER BY id").raw().all() as (string | number | null)[][],
          };
      }
    },
  };
}
