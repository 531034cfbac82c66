import { afterEach, describe, expect, it } from "vitest";
import { STAFF_CONTENT_METHODS, STAFF_METHODS } from "../../api/methods/staff";
import { startTestCore, type TestCore } from "../../testing/fixtures";

const cores: TestCore[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.dispose();
});

function start(): TestCore {
  const core = startTestCore();
  cores.push(core);
  return core;
}

const http = { transport: "http" } as const;

describe("the staff area through the dispatcher", () => {
  it("serves no staff data without a valid token", async () => {
    const { core } = start();
    const open = new Set<string>(["staffStatus", "staffSetupPin", "staffLogin", ...STAFF_CONTENT_METHODS]);
    for (const method of STAFF_METHODS.filter((name) => !open.has(name))) {
      const missing = await core.dispatch(method, {}, http);
      expect(missing.ok, method).toBe(false);
      const forged = await core.dispatch(method, { token: "forged", days: 7, table: "audit", code: "A1", ticket: 1, patch: {}, currentPin: "123456", newPin: "123456", fileName: "a.csv", dataBase64: "QQ==" }, http);
      expect(forged.ok ? "ok" : forged.error.code, method).toMatch(/unauthorized|bad_request/);
    }
  });

  it("runs a pickup end to end and records an unanswered search", async () => {
    const { core } = start();
    const setup = await core.dispatch("staffSetupPin", { pin: "2468102" }, http);
    if (!setup.ok) throw new Error(setup.error.message);
    const { token } = setup.value as { token: string };
    const csv = "order_code,carrier,plan,surname,passport_last4,arrival_date\nCU-77,China Unicom,7 days,Tanaka,K9Q1,2026-12-05\n";
    const report = await core.dispatch("staffImportSimOrders", { token, fileName: "orders.csv", dataBase64: Buffer.from(csv).toString("base64") }, http);
    expect(report).toMatchObject({ ok: true, value: { imported: 1 } });

    const pickup = await core.dispatch("lookupSimOrder", { lang: "ja", code: "cu-77", factor: "TANAKA" }, http);
    expect(pickup).toMatchObject({ ok: true, value: { ticket: "S-0001", status: "arrived" } });
    const handed = await core.dispatch("staffHandOverSim", { token, code: "CU-77" }, http);
    expect(handed).toMatchObject({ ok: true, value: { status: "handed-over" } });

    await core.dispatch("searchKnowledge", { lang: "en", query: "zzqx frobnicator qqq@zzqx.zz" }, http);
    const unanswered = await core.dispatch("staffUnanswered", { token }, http);
    expect(unanswered).toMatchObject({ ok: true, value: [{ text: "zzqx frobnicator", lang: "en", count: 1 }] });

    const audit = await core.dispatch("staffExportCsv", { token, table: "audit" }, http);
    expect(audit.ok && (audit.value as { csv: string }).csv).toContain("sim.hand-over");
  });

  it("offers the walk-in carriers of the pack, with the Shanghai plan marked as an example", async () => {
    const { core } = start();
    const plans = await core.dispatch("listSimPlans", { lang: "en" }, http);
    if (!plans.ok) throw new Error(plans.error.message);
    const carriers = plans.value as { id: string; hotline: string; plans: { name: { text: string } }[] }[];
    expect(carriers.map((carrier) => carrier.id)).toEqual(["china-mobile", "china-unicom", "china-telecom", "china-broadnet"]);
    expect(carriers.find((carrier) => carrier.id === "china-mobile")?.hotline).toBe("10086");
    for (const carrier of carriers) for (const plan of carrier.plans) expect(plan.name.text).toContain("Shanghai, 2024");
  });

  it("sets exchange rates with the date they were set", async () => {
    const { core } = start();
    const setup = await core.dispatch("staffSetupPin", { pin: "135791" }, http);
    const { token } = (setup as { value: { token: string } }).value;
    await core.dispatch("staffUpdateSettings", { token, patch: { exchangeRates: [{ currency: "USD", cnyPerUnit: 7.1 }] } }, http);
    const rates = await core.dispatch("getExchangeRates", {}, http);
    expect(rates).toMatchObject({ ok: true, value: { rates: [{ currency: "USD", cnyPerUnit: 7.1 }] } });
    expect((rates as { value: { setAt: string } }).value.setAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });
});
