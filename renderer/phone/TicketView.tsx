import type { PhoneItem } from "../../main/api/handoff-payload";
import { usePhone } from "./context";

type Ticket = Extract<PhoneItem, { kind: "sim-ticket" }>;

/** The SIM pickup ticket number, large, with where to collect the card. */
export function TicketView({ item }: { item: Ticket }): React.JSX.Element {
  const { t } = usePhone();
  return (
    <article className="card" aria-labelledby="ticket-title">
      <h1 id="ticket-title">{t("sim.title")}</h1>
      <p className="kicker">{t("sim.ticket")}</p>
      <p className="ticket" dir="ltr">
        {item.ticket}
      </p>
      <p>{t("sim.hint")}</p>
      {item.counter ? (
        <section className="address">
          <h2>{t("sim.counter")}</h2>
          <p>{item.counter}</p>
        </section>
      ) : null}
    </article>
  );
}
